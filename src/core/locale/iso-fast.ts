// The shapes machine exports nearly always use — `YYYY-MM-DD`, `YYYY-MM-DD HH:mm[:ss]`,
// `YYYY-MM-DDTHH:mm:ss[Z]` — read with fixed-offset char codes and calendar arithmetic. A
// million-row import reads millions of these; the general reader in dates.ts handles the rest.

/** Returned when the value is not one of the fast shapes (or not valid): use the general reader. */
export const NOT_FAST = -Infinity;

const DAY_MS = 86_400_000;

/** The two-digit number at `i`, or -1 when either char is no digit. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), the
 * calendar Date.UTC uses; exact for every year 0–9999 without a Date object.
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// The last date part seen: columns of dates repeat days, so the validation and arithmetic for
// `YYYY-MM-DD` run once per distinct day in a row of equal prefixes.
let lastKey = -1;
let lastDay = 0;

/**
 * Epoch ms of an untrimmed ISO value of a fast shape, or NOT_FAST (also for invalid values, so
 * the general reader decides and words the outcome exactly as before).
 */
export function fastIso(s: string): number {
  const n = s.length;
  if (n !== 10 && n !== 16 && n !== 19 && n !== 20) return NOT_FAST;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NOT_FAST;
  const century = two(s, 0);
  const yy = two(s, 2);
  const m = two(s, 5);
  const d = two(s, 8);
  if (century < 0 || yy < 0 || m < 1 || m > 12 || d < 1) return NOT_FAST;
  const y = century * 100 + yy;
  const key = y * 10000 + m * 100 + d;
  let day: number;
  if (key === lastKey) day = lastDay;
  else {
    if (d > daysInMonth(y, m)) return NOT_FAST;
    day = daysFromCivil(y, m, d) * DAY_MS;
    lastKey = key;
    lastDay = day;
  }
  if (n === 10) return day;
  const t = s.charCodeAt(10);
  if ((t !== 32 && t !== 84) || s.charCodeAt(13) !== 58) return NOT_FAST;
  const h = two(s, 11);
  const mi = two(s, 14);
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return NOT_FAST;
  let sec = 0;
  if (n >= 19) {
    if (s.charCodeAt(16) !== 58) return NOT_FAST;
    sec = two(s, 17);
    if (sec < 0 || sec > 59) return NOT_FAST;
    if (n === 20 && s.charCodeAt(19) !== 90) return NOT_FAST;
  }
  return day + ((h * 60 + mi) * 60 + sec) * 1000;
}
