// Small vocabularies inside cells: billing intervals and yes/no flags, in the three UI languages.

/** Interval codes: the stored unit, and `QUARTER` for month × 3. */
export const Interval = { NONE: 0, DAY: 1, WEEK: 2, MONTH: 3, YEAR: 4, QUARTER: 5 } as const;
export type Interval = (typeof Interval)[keyof typeof Interval];

export const INTERVAL_UNIT: readonly string[] = ['', 'day', 'week', 'month', 'year', 'month'];

const INTERVALS: Map<string, Interval> = new Map([
  ['day', Interval.DAY],
  ['days', Interval.DAY],
  ['daily', Interval.DAY],
  ['week', Interval.WEEK],
  ['weeks', Interval.WEEK],
  ['weekly', Interval.WEEK],
  ['month', Interval.MONTH],
  ['months', Interval.MONTH],
  ['monthly', Interval.MONTH],
  ['bulanan', Interval.MONTH],
  ['miesięcznie', Interval.MONTH],
  ['miesiecznie', Interval.MONTH],
  ['year', Interval.YEAR],
  ['years', Interval.YEAR],
  ['annual', Interval.YEAR],
  ['annually', Interval.YEAR],
  ['yearly', Interval.YEAR],
  ['tahunan', Interval.YEAR],
  ['rocznie', Interval.YEAR],
  ['quarter', Interval.QUARTER],
  ['quarterly', Interval.QUARTER],
]);

export function parseInterval(raw: string): Interval {
  return INTERVALS.get(raw) ?? INTERVALS.get(raw.trim().toLowerCase()) ?? Interval.NONE;
}

const TRUE = new Set(['true', 'yes', 'y', 't', '1', 'ya', 'tak']);
const FALSE = new Set(['false', 'no', 'n', 'f', '0', 'tidak', 'nie']);

/** 1, 0, or NaN when the cell is not a yes/no value. */
export function parseBool(raw: string): number {
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return 1;
  if (FALSE.has(s)) return 0;
  return NaN;
}
