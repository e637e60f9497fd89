// Date and time cells → epoch ms UTC, computed from parsed parts with Date.UTC and validated,
// never by `new Date(string)` (which guesses formats and rolls 30 February over to March).

import { NOT_FAST, fastIso } from './iso-fast.ts';

export type DayMonth = 'DMY' | 'MDY';
export type DateOrder = 'YMD' | DayMonth;
export type DateEvidence = 'ymd' | 'dmy' | 'mdy' | 'slash' | 'dotted' | 'unix' | 'invalid';

let pos = 0;
let digitsRead = 0;

/** Digits consumed by the last readInt (a call, so TypeScript does not narrow a stale value). */
function digits(): number {
  return digitsRead;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads an unsigned integer at `pos` (advancing it); digits() says how many digits. */
function readInt(s: string, end: number): number {
  let v = 0;
  const start = pos;
  while (pos < end) {
    const c = s.charCodeAt(pos);
    if (!isDigit(c)) break;
    v = v * 10 + (c - 48);
    pos++;
  }
  digitsRead = pos - start;
  return v;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function utc(y: number, mo: number, d: number, h: number, mi: number, sec: number, ms: number): number {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  if (h > 23 || mi > 59 || sec > 59) return NaN;
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  // Date.UTC maps years 0–99 to 19xx; only ISO values like `0099-01-01` get here.
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, sec, ms);
  return t.getTime();
}

// Bounds of the trimmed value, in module scope so parsing a cell allocates nothing.
let tStart = 0;
let tEnd = 0;

function trim(s: string): void {
  let i = 0;
  let j = s.length;
  while (i < j && s.charCodeAt(i) <= 32) i++;
  while (j > i && s.charCodeAt(j - 1) <= 32) j--;
  tStart = i;
  tEnd = j;
}

/** Unix seconds (9–10 digits, optional fraction) or milliseconds (12–13 digits). */
function unix(s: string, start: number, end: number): number {
  pos = start;
  readInt(s, end);
  const n = digits();
  if (pos < end) {
    if (s.charCodeAt(pos) !== 46 || n < 9 || n > 10) return NaN;
    pos++;
    readInt(s, end);
    if (digits() === 0 || pos !== end) return NaN;
  }
  const v = Number(s.slice(start, end));
  if (n >= 9 && n <= 10) return Math.round(v * 1000);
  if (n >= 12 && n <= 13) return v;
  return NaN;
}

/**
 * Parses the time-of-day and zone after a date (at `pos`); returns ms to add, or NaN.
 * Accepts ` HH:mm`, ` HH:mm:ss(.fff)`, `T…`, `Z`, `UTC`, `+hh:mm`, `+hhmm`, `+hh`.
 */
function timePart(s: string, end: number): number {
  if (pos === end) return 0;
  const c = s.charCodeAt(pos);
  if (c !== 32 && c !== 84 && c !== 116) return NaN;
  while (pos < end && (s.charCodeAt(pos) === 32 || s.charCodeAt(pos) === 84 || s.charCodeAt(pos) === 116))
    pos++;
  const h = readInt(s, end);
  if (digits() < 1 || digits() > 2 || s.charCodeAt(pos) !== 58) return NaN;
  pos++;
  const mi = readInt(s, end);
  if (digits() !== 2) return NaN;
  let sec = 0;
  let ms = 0;
  if (s.charCodeAt(pos) === 58) {
    pos++;
    sec = readInt(s, end);
    if (digits() !== 2) return NaN;
    if (s.charCodeAt(pos) === 46 || s.charCodeAt(pos) === 44) {
      pos++;
      const start = pos;
      readInt(s, end);
      if (digits() === 0) return NaN;
      ms = Math.round(Number(`0.${s.slice(start, pos)}`) * 1000);
    }
  }
  if (h > 23 || mi > 59 || sec > 59) return NaN;
  while (pos < end && s.charCodeAt(pos) === 32) pos++;
  const offset = zone(s, end);
  if (Number.isNaN(offset)) return NaN;
  return ((h * 60 + mi) * 60 + sec) * 1000 + ms - offset;
}

/** Zone offset in ms (east positive) at `pos` through `end`; NaN when malformed. */
function zone(s: string, end: number): number {
  if (pos === end) return 0;
  if (end - pos === 1 && (s.charCodeAt(pos) | 32) === 122) return 0; // Z or z
  const rest = s.slice(pos, end).toUpperCase();
  if (rest === 'UTC' || rest === 'GMT') return 0;
  const sign = rest.charCodeAt(0);
  if (sign !== 43 && sign !== 45 && sign !== 0x2212) return NaN;
  pos++;
  const hh = readInt(s, end);
  let mm = 0;
  if (digits() === 4) {
    mm = hh % 100;
    return finish(Math.floor(hh / 100), mm, sign, end);
  }
  if (digits() !== 2) return NaN;
  if (s.charCodeAt(pos) === 58) {
    pos++;
    mm = readInt(s, end);
    if (digits() !== 2) return NaN;
  }
  return finish(hh, mm, sign, end);
}

function finish(hh: number, mm: number, sign: number, end: number): number {
  if (pos !== end || hh > 18 || mm > 59) return NaN;
  return (sign === 43 ? 1 : -1) * (hh * 60 + mm) * 60000;
}

/**
 * Epoch ms of a date or date-time value; `order` settles `a/b/yyyy`. Dotted and dashed
 * day-first forms are always DMY. NaN when the value is not a valid date.
 */
export function parseInstant(s: string, order: DayMonth): number {
  calendarMiss = false;
  const fast = fastIso(s);
  if (fast !== NOT_FAST) return fast;
  trim(s);
  const start = tStart;
  const end = tEnd;
  if (start === end) return NaN;
  pos = start;
  const a = readInt(s, end);
  const na = digits();
  if (na === 0) return NaN;
  if (pos === end || na >= 9) return unix(s, start, end);
  const sep = s.charCodeAt(pos);
  if (sep !== 45 && sep !== 47 && sep !== 46) return NaN;
  pos++;
  const b = readInt(s, end);
  if (digits() < 1 || digits() > 2 || s.charCodeAt(pos) !== sep) return NaN;
  pos++;
  const c = readInt(s, end);
  const nc = digits();
  let y: number;
  let m: number;
  let d: number;
  if (na === 4) {
    if (nc < 1 || nc > 2) return NaN;
    y = a;
    m = b;
    d = c;
  } else if (na <= 2 && (nc === 4 || nc === 2)) {
    y = nc === 2 ? 2000 + c : c;
    const monthFirst = sep === 47 && order === 'MDY';
    m = monthFirst ? a : b;
    d = monthFirst ? b : a;
  } else return NaN;
  const day = utc(y, m, d, 0, 0, 0, 0);
  if (Number.isNaN(day)) {
    calendarMiss = true;
    return NaN;
  }
  const time = timePart(s, end);
  return Number.isNaN(time) ? NaN : day + time;
}

// Set by parseInstant when a value had a date's shape but named no real day.
let calendarMiss = false;

/**
 * Whether a value has the shape of a date but names a day that does not exist (`30.02.2024`,
 * `2024-02-30`, month 13). datasets.md §3 rejects such a row even where the date is optional.
 */
export function isImpossibleDate(s: string, order: DayMonth): boolean {
  return Number.isNaN(parseInstant(s, order)) && calendarMiss;
}

/** What one value says about its column's day/month order. */
export function dateEvidence(s: string): DateEvidence {
  // `YYYY` then a mark (no blank): what the general reading below concludes, without reading it.
  if (
    s.length > 4 &&
    isDigit(s.charCodeAt(0)) &&
    isDigit(s.charCodeAt(1)) &&
    isDigit(s.charCodeAt(2)) &&
    isDigit(s.charCodeAt(3)) &&
    s.charCodeAt(4) > 32 &&
    !isDigit(s.charCodeAt(4))
  )
    return 'ymd';
  trim(s);
  const start = tStart;
  const end = tEnd;
  pos = start;
  const a = readInt(s, end);
  const na = digits();
  if (na === 0) return 'invalid';
  if (pos === end || na >= 9) return Number.isNaN(unix(s, start, end)) ? 'invalid' : 'unix';
  const sep = s.charCodeAt(pos);
  if (na === 4) return 'ymd';
  if (sep !== 47) return sep === 46 || sep === 45 ? 'dotted' : 'invalid';
  pos++;
  const b = readInt(s, end);
  // `03/2024` is a month, not a day/month pair: only a third part makes it a date.
  if (s.charCodeAt(pos) !== 47) return 'invalid';
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return 'slash';
}

export interface DateTally {
  ymd: number;
  dmy: number;
  mdy: number;
  slash: number;
  dotted: number;
  unix: number;
  invalid: number;
}

export function emptyDateTally(): DateTally {
  return { ymd: 0, dmy: 0, mdy: 0, slash: 0, dotted: 0, unix: 0, invalid: 0 };
}

export function tallyDate(t: DateTally, s: string): void {
  t[dateEvidence(s)]++;
}

/**
 * The column's order for `a/b/yyyy` values (a day > 12 in either place decides; otherwise the
 * locale) and the order to report: YMD when the column has no day/month values at all.
 */
export function decideDateOrder(
  t: DateTally | null,
  localeOrder: DayMonth,
): { parse: DayMonth; report: DateOrder } {
  if (!t) return { parse: localeOrder, report: 'YMD' };
  let parse: DayMonth = localeOrder;
  if (t.dmy !== t.mdy) parse = t.dmy > t.mdy ? 'DMY' : 'MDY';
  if (t.dmy + t.mdy + t.slash > 0) return { parse, report: parse };
  if (t.dotted > 0) return { parse, report: 'DMY' };
  return { parse, report: 'YMD' };
}

/** ISO 8601 text of an instant, for previews. */
export function isoOf(t: number): string | null {
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
