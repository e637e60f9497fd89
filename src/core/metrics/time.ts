// UTC calendar arithmetic (metrics.md §1). Months are handled as serial numbers
// (year × 12 + month − 1) so hot loops never build Date objects.

export const DAY_MS = 86_400_000;

/** Month serial (year × 12 + zero-based month) of a civil day number (days since 1970-01-01). */
export function monthSerialOfDay(day: number): number {
  // Howard Hinnant's civil_from_days: exact for every proleptic Gregorian date, no Date allocation.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 12 + m - 1;
}

/** Month serial of the UTC month holding instant t (epoch ms). */
export function monthSerialOf(t: number): number {
  return monthSerialOfDay(Math.floor(t / DAY_MS));
}

/** start(M): first millisecond of the month. */
export function monthStart(serial: number): number {
  return Date.UTC(Math.floor(serial / 12), ((serial % 12) + 12) % 12, 1);
}

/** E(M): last millisecond of the month. */
export function monthEnd(serial: number): number {
  return monthStart(serial + 1) - 1;
}

export function monthKey(serial: number): string {
  const y = Math.floor(serial / 12);
  const m = serial - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/** Serial of a `YYYY-MM` key, or NaN when the key is malformed. */
export function parseMonthKey(key: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return NaN;
  const m = Number(match[2]);
  return m >= 1 && m <= 12 ? Number(match[1]) * 12 + m - 1 : NaN;
}

/** A contiguous run of months: `count` months from serial `first`. */
export interface MonthRange {
  first: number;
  count: number;
}

export function rangeKeys(range: MonthRange): string[] {
  return Array.from({ length: range.count }, (_, i) => monthKey(range.first + i));
}

/**
 * Reporting buckets as half-open instant intervals [bounds[i], bounds[i + 1]). Months, quarters and
 * years are all day-aligned, so a per-day lookup table maps an instant to its bucket in O(1).
 */
export interface Spans {
  bounds: Float64Array;
}

export function spansOf(bounds: readonly number[]): Spans {
  return { bounds: Float64Array.from(bounds) };
}

/** One span per month of the range. */
export function monthSpans(range: MonthRange): Spans {
  const bounds: number[] = [];
  for (let i = 0; i <= range.count; i++) bounds.push(monthStart(range.first + i));
  return spansOf(bounds);
}

export function spanCount(spans: Spans): number {
  return Math.max(0, spans.bounds.length - 1);
}

/** Returns a function from instant to span index (−1 outside every span or for NaN). */
export function spanLocator(spans: Spans): (t: number) => number {
  const n = spanCount(spans);
  if (n === 0) return () => -1;
  const b = spans.bounds;
  const day0 = Math.floor(b[0] / DAY_MS);
  const days = Math.ceil(b[n] / DAY_MS) - day0;
  const table = new Int32Array(days);
  for (let i = 0; i < n; i++) {
    const from = Math.floor(b[i] / DAY_MS) - day0;
    const to = Math.ceil(b[i + 1] / DAY_MS) - day0;
    table.fill(i, from, to);
  }
  return (t: number) => {
    const d = Math.floor(t / DAY_MS) - day0;
    return d >= 0 && d < days ? table[d] : -1; // NaN fails both comparisons
  };
}

/**
 * Month index within `range` of an instant: −1 before the range, `range.count` after it. A
 * per-day table instead of the calendar arithmetic of monthSerialOf: it runs twice per period.
 */
export function monthIndexer(range: MonthRange): (t: number) => number {
  const day0 = Math.floor(monthStart(range.first) / DAY_MS);
  const days = Math.floor(monthStart(range.first + range.count) / DAY_MS) - day0;
  const table = new Int32Array(days);
  for (let i = 0; i < range.count; i++) {
    const from = Math.floor(monthStart(range.first + i) / DAY_MS) - day0;
    table.fill(i, from, Math.floor(monthStart(range.first + i + 1) / DAY_MS) - day0);
  }
  const count = range.count;
  return (t: number) => {
    const d = Math.floor(t / DAY_MS) - day0;
    return d < 0 ? -1 : d >= days ? count : table[d];
  };
}
