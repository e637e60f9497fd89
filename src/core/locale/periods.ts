// Balance-sheet periods as finance sites write them (datasets.md §8.5): a bare year is 31 December
// of that year; a month (`Mar-15`, `Mar 2015`, `2015-03`) is the last day of that month; anything
// else is read as a date.

import type { DayMonth } from './dates.ts';
import { parseInstant } from './dates.ts';
import { parseMonthOnly } from './months.ts';

const DAY = 86_400_000;

function bareYear(s: string): number {
  if (s.length !== 4) return NaN;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
  }
  const y = Number(s);
  return y >= 1900 && y <= 2999 ? y : NaN;
}

/** Epoch ms (00:00 UTC) of the day a period ends; NaN when the value names no period. */
export function parsePeriodEnd(raw: string, order: DayMonth): number {
  const s = raw.trim();
  const year = bareYear(s);
  if (!Number.isNaN(year)) return Date.UTC(year, 11, 31);
  const month = parseMonthOnly(s);
  if (!Number.isNaN(month)) {
    const d = new Date(month);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - DAY;
  }
  // A bare number other than a year would read as a Unix time: no period is written that way.
  if (/^\d+$/.test(s)) return NaN;
  return parseInstant(s, order);
}

/** Whether a header cell names a period (either day/month order). */
export function isPeriod(raw: string): boolean {
  return !Number.isNaN(parsePeriodEnd(raw, 'DMY')) || !Number.isNaN(parsePeriodEnd(raw, 'MDY'));
}
