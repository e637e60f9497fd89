import type { Frame } from '../core/datasets/frame.ts';
import { computePeriods, computeWorkspace } from '../core/metrics/compute.ts';
import type { MetricSettings, WorkspaceData } from '../core/workspace-data.ts';
import type { ComputeAnswer } from './protocol.ts';

// Subscription columns that identify or describe billing mechanics rather than a segment.
const NOT_SEGMENTS = new Set(['customer_id', 'subscription_id', 'status', 'interval_unit']);

/** Distinct values of the categorical subscription fields a user can filter by. */
export function segmentFields(subscriptions: Frame | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = Object.create(null);
  if (!subscriptions) return out;
  for (const [name, col] of subscriptions.columns) {
    if (col.type !== 'text' || NOT_SEGMENTS.has(name)) continue;
    const used = new Set<number>();
    for (let i = 0; i < subscriptions.rows; i++) if (col.codes[i] >= 0) used.add(col.codes[i]);
    // A column with a value per row (free text, e-mails) is no segment.
    if (used.size === 0 || used.size > 200) continue;
    out[name] = [...used].map((c) => col.dict[c]).sort((a, b) => a.localeCompare(b));
  }
  return out;
}

/** Keeps only filters on fields the subscriptions carry: a stale link must not empty the dashboard. */
function knownSegment(
  segment: Record<string, string[]> | undefined,
  fields: Record<string, string[]>,
): Record<string, string[]> | undefined {
  if (!segment) return undefined;
  const kept = Object.entries(segment).filter(([field]) => field in fields);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

export function eventNames(events: Frame | undefined): string[] {
  const col = events?.columns.get('event');
  if (!col || col.type !== 'text') return [];
  return [...col.dict].sort((a, b) => a.localeCompare(b));
}

export function computeAll(
  data: WorkspaceData,
  settings: MetricSettings,
  segment?: Record<string, string[]>,
): ComputeAnswer {
  const fields = segmentFields(data.subscriptions);
  const opts = { segment: knownSegment(segment, fields) };
  return {
    month: computeWorkspace(data, settings, opts),
    quarter: computePeriods(data, settings, 'quarter', opts),
    year: computePeriods(data, settings, 'year', opts),
    segmentFields: fields,
    eventNames: eventNames(data.events),
  };
}
