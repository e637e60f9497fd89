// Where a target's values come from (§11): a linked KPI's months, or dated check-ins typed by hand.
import type { CheckIn } from './model.ts';
import { dayStart, monthIndex } from './dates.ts';

/** The KPI values of the whole workspace, month by month (a part of WorkspaceMetrics). */
export interface KpiData {
  months: readonly string[];
  values: Readonly<Record<string, readonly (number | null)[]>>;
}

export interface MonthValue {
  month: string;
  value: number;
}

const usable = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** A linked KPI's months with a value, from the start month to month(d), oldest first. */
export function linkedMonths(data: KpiData, kpi: string, from: string, to: string): MonthValue[] {
  const series = data.values[kpi];
  if (!series) return [];
  const out: MonthValue[] = [];
  data.months.forEach((month, i) => {
    const value = series[i];
    if (month >= from && month <= to && usable(value)) out.push({ month, value });
  });
  return out;
}

/** The last `count` months up to `to` with a value (any start): the forecast's points. */
export function recentMonths(data: KpiData, kpi: string, to: string, count: number): MonthValue[] {
  const first = monthIndex(to) - count + 1;
  const series = data.values[kpi];
  if (!series) return [];
  const out: MonthValue[] = [];
  data.months.forEach((month, i) => {
    const value = series[i];
    if (month <= to && monthIndex(month) >= first && usable(value)) out.push({ month, value });
  });
  return out;
}

/** Check-ins dated on or before d (a date is 00:00 UTC of its day), oldest first; entries of one day keep the order they were made in. */
export function checkInsUntil(checkIns: readonly CheckIn[], d: number): CheckIn[] {
  return checkIns
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => dayStart(c.date) <= d)
    .sort((x, y) => (x.c.date < y.c.date ? -1 : x.c.date > y.c.date ? 1 : x.order - y.order))
    .map(({ c }) => c);
}

/** The latest check-in on or before d, or null. */
export function latestCheckIn(checkIns: readonly CheckIn[], d: number): CheckIn | null {
  const until = checkInsUntil(checkIns, d);
  return until.length ? until[until.length - 1] : null;
}

/** Entered values per month (the latest check-in of each month), from the start month to month(d). */
export function enteredMonths(
  checkIns: readonly CheckIn[],
  d: number,
  from: string,
  to: string,
): MonthValue[] {
  const byMonth = new Map<string, number>();
  for (const c of checkInsUntil(checkIns, d)) {
    const month = c.date.slice(0, 7);
    if (month >= from && month <= to) byMonth.set(month, c.value);
  }
  return [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, value]) => ({ month, value }));
}
