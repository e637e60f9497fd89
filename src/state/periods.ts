// The period on screen and the one it is compared with, from the URL's `grain`, `period` and
// `compare`: pure functions of the dashboard's view state.
import type { Granularity } from '../core/metrics/compute.ts';

export type { Granularity };
export type Compare = 'previous' | 'year';

/** The index on screen: the period in the URL when the result has it, else the latest one. */
export function pickIndex(labels: readonly string[], wanted: string | undefined): number {
  if (labels.length === 0) return -1;
  const at = wanted ? labels.indexOf(wanted) : -1;
  return at >= 0 ? at : labels.length - 1;
}

/** The label a year before: `2025-06` → `2024-06`, `2025-Q2` → `2024-Q2`, `2025` → `2024`. */
export function yearBefore(label: string): string {
  const year = Number(label.slice(0, 4));
  return `${year - 1}${label.slice(4)}`;
}

export function compareIndex(labels: readonly string[], index: number, compare: Compare): number {
  if (index < 0) return -1;
  if (compare === 'previous') return index - 1;
  return labels.indexOf(yearBefore(labels[index]));
}

/** The granularity in the URL; without one, a period such as `2025-Q2` or `2025` implies it. */
export function parseGrain(value: string | undefined, period?: string): Granularity {
  if (value === 'quarter' || value === 'year' || value === 'month') return value;
  if (period && /^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (period && /^\d{4}$/.test(period)) return 'year';
  return 'month';
}

export function parseCompare(value: string | undefined): Compare {
  return value === 'year' ? 'year' : 'previous';
}

/** The period label as people read it: `2025-06` → June 2025, `2025-Q2` → Q2 2025. */
export function periodLabel(
  label: string,
  formatMonth: (m: string) => string,
  quarterWord: (p: { q: number; year: string }) => string,
): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  if (q) return quarterWord({ q: Number(q[2]), year: q[1] });
  if (/^\d{4}-\d{2}$/.test(label)) return formatMonth(label);
  return label;
}
