/**
 * UTC calendar helpers. Everything is epoch milliseconds so the generator never
 * touches the local time zone or `Date.now()`: output depends only on options.
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface MonthRange {
  /** 'YYYY-MM' labels, oldest first. */
  months: string[];
  /** Start instant of each month (same order as `months`). */
  starts: number[];
  /** First instant of the range. */
  from: number;
  /** First instant after the range: nothing in the files happens at or after it. */
  to: number;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function parseMonth(label: string): { year: number; month: number } {
  const m = MONTH_RE.exec(label);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`endMonth must be 'YYYY-MM', got '${label}'`);
  return { year: Number(m[1]), month };
}

export function monthStart(year: number, month1: number): number {
  return Date.UTC(year, month1 - 1, 1);
}

export function monthRange(endMonth: string, count: number): MonthRange {
  const { year, month } = parseMonth(endMonth);
  const starts: number[] = [];
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const t = Date.UTC(year, month - 1 - i, 1);
    starts.push(t);
    months.push(monthLabel(t));
  }
  return { months, starts, from: starts[0], to: Date.UTC(year, month, 1) };
}

/** Calendar-month addition clamped to the month's last day, as billing systems do (Jan 31 → Feb 29). */
export function addMonths(t: number, n: number): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** Index of the month of `t` inside the range, or -1 when outside. */
export function monthIndex(range: MonthRange, t: number): number {
  if (t < range.from || t >= range.to) return -1;
  let i = range.starts.length - 1;
  while (range.starts[i] > t) i--;
  return i;
}

/** Last millisecond of month i, the snapshot instant E(M) of metrics.md §1. */
export function monthEnd(range: MonthRange, i: number): number {
  return (i + 1 < range.starts.length ? range.starts[i + 1] : range.to) - 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function parts(t: number): [string, string, string, string, string, string] {
  const d = new Date(t);
  return [
    pad(d.getUTCFullYear(), 4),
    pad(d.getUTCMonth() + 1),
    pad(d.getUTCDate()),
    pad(d.getUTCHours()),
    pad(d.getUTCMinutes()),
    pad(d.getUTCSeconds()),
  ];
}

export function monthLabel(t: number): string {
  const [y, m] = parts(t);
  return `${y}-${m}`;
}

export function formatDate(t: number): string {
  const [y, m, d] = parts(t);
  return `${y}-${m}-${d}`;
}

/** Stripe Dashboard style: minutes, no zone, always UTC. */
export function formatMinute(t: number): string {
  const [y, m, d, h, min] = parts(t);
  return `${y}-${m}-${d} ${h}:${min}`;
}

export function formatSecond(t: number): string {
  const [y, m, d, h, min, s] = parts(t);
  return `${y}-${m}-${d} ${h}:${min}:${s}`;
}

export function formatIsoZ(t: number): string {
  const [y, m, d, h, min, s] = parts(t);
  return `${y}-${m}-${d}T${h}:${min}:${s}Z`;
}

export function floorToMinute(t: number): number {
  return Math.floor(t / MINUTE) * MINUTE;
}
