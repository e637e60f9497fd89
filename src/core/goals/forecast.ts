// The forecast of a linked reach target (§11): ordinary least squares y = a + b·x over the KPI's
// non-null values of the last 6 months up to month(d), x the month number.
import { monthFromIndex, monthIndex } from './dates.ts';
import { reached, type Way } from './rules.ts';
import type { MonthValue } from './values.ts';

export const FORECAST_MONTHS = 6;
export const FORECAST_MIN_POINTS = 3;
// The last month a YYYY-MM label can name: a line slow enough to cross after it has no month to give.
const LAST_MONTH = monthIndex('9999-12');

export interface Line {
  a: number;
  b: number;
}

export interface Forecast extends Line {
  /** The line's value at the due date's month. */
  value: number;
  dueMonth: string;
  /** The first month after month(d) where the line reaches t, or null. */
  month: string | null;
  /** The months the line was fitted on. */
  points: MonthValue[];
}

/** Least squares through (x, y); null with fewer than two distinct x. */
export function fitLine(points: readonly { x: number; y: number }[]): Line | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((sum, p) => sum + p.x, 0) / n;
  const my = points.reduce((sum, p) => sum + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  if (sxx === 0) return null;
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

/**
 * The first month after `after` where a + b·x reaches t going `way`; null when `current` has
 * already reached t, the line is flat or it moves away from t.
 */
export function crossingMonth(
  line: Line,
  t: number,
  way: Way,
  after: string,
  current: number | null,
): string | null {
  if (current !== null && reached(current, t, way)) return null;
  const { a, b } = line;
  if (b === 0 || (way === 'up' ? b < 0 : b > 0)) return null;
  // a + b·x ≥ t (up, b > 0) and a + b·x ≤ t (down, b < 0) both mean x ≥ (t − a)/b.
  const edge = (t - a) / b;
  const first = monthIndex(after) + 1;
  const x = Math.max(first, Math.ceil(edge - 1e-9));
  return x > LAST_MONTH ? null : monthFromIndex(x);
}

/** The forecast from the recent months, or null with fewer than 3 values. */
export function forecast(
  recent: readonly MonthValue[],
  t: number,
  way: Way,
  dMonth: string,
  dueMonth: string,
  current: number | null,
): Forecast | null {
  if (recent.length < FORECAST_MIN_POINTS) return null;
  const line = fitLine(recent.map((p) => ({ x: monthIndex(p.month), y: p.value })));
  if (!line) return null;
  return {
    ...line,
    value: line.a + line.b * monthIndex(dueMonth),
    dueMonth,
    month: crossingMonth(line, t, way, dMonth, current),
    points: [...recent],
  };
}
