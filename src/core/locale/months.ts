// Month-only values of monthly sheets and cost tables: `2024-03`, `03/2024`, `03.2024`,
// `Mar 2024`, `Maret 2024`, `marzec 2024`, `stycznia 2024`… in English, Indonesian and Polish.

const NAMES: readonly (readonly string[])[] = [
  // English full and short, Indonesian full and short, Polish full, short, genitive.
  ['january', 'jan', 'januari', 'styczeń', 'sty', 'stycznia'],
  ['february', 'feb', 'februari', 'peb', 'luty', 'lut', 'lutego'],
  ['march', 'mar', 'maret', 'marzec', 'marca'],
  ['april', 'apr', 'kwiecień', 'kwi', 'kwietnia'],
  ['may', 'mei', 'maj', 'maja'],
  ['june', 'jun', 'juni', 'czerwiec', 'cze', 'czerwca'],
  ['july', 'jul', 'juli', 'lipiec', 'lip', 'lipca'],
  ['august', 'aug', 'agustus', 'agu', 'agt', 'ags', 'sierpień', 'sie', 'sierpnia'],
  ['september', 'sep', 'sept', 'wrzesień', 'wrz', 'września'],
  ['october', 'oct', 'oktober', 'okt', 'październik', 'paź', 'października'],
  ['november', 'nov', 'nop', 'listopad', 'lis', 'listopada'],
  ['december', 'dec', 'desember', 'des', 'grudzień', 'gru', 'grudnia'],
];

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

const MONTH_BY_NAME: Map<string, number> = (() => {
  const map = new Map<string, number>();
  NAMES.forEach((names, m) => {
    for (const n of names) {
      map.set(n, m + 1);
      // Polish typed without diacritics (`pazdziernik`, `styczen`) is common in exports.
      map.set(fold(n), m + 1);
    }
  });
  return map;
})();

/** 1–12 for a month name in any of the three languages (case-insensitive), else 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase();
  return MONTH_BY_NAME.get(key) ?? MONTH_BY_NAME.get(fold(key)) ?? 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSep(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47 || c === 44 || c === 0xa0;
}

function monthStart(year: number, month: number): number {
  if (month < 1 || month > 12 || year < 1000 || year > 9999) return NaN;
  return Date.UTC(year, month - 1, 1);
}

/**
 * Epoch ms of the first instant (UTC) of a month-only value, or NaN when the value is not
 * month-only (full dates are left to dates.ts).
 */
export function parseMonthOnly(raw: string): number {
  const s = raw.trim();
  if (s.length < 4) return NaN;
  if (!isDigit(s.charCodeAt(0))) return parseNamedMonth(s);
  let i = 0;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  const first = i;
  const sep = s.charCodeAt(i);
  if (sep !== 45 && sep !== 47 && sep !== 46) return NaN;
  const j = i + 1;
  i = j;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (i !== s.length) return NaN;
  const second = i - j;
  const a = Number(s.slice(0, first));
  const b = Number(s.slice(j));
  if (first === 4 && (second === 1 || second === 2)) return monthStart(a, b);
  if ((first === 1 || first === 2) && second === 4) return monthStart(b, a);
  return NaN;
}

function parseNamedMonth(s: string): number {
  let i = 0;
  while (i < s.length && !isDigit(s.charCodeAt(i)) && !isSep(s.charCodeAt(i))) i++;
  const month = monthNumber(s.slice(0, i));
  if (month === 0) return NaN;
  while (i < s.length && isSep(s.charCodeAt(i))) i++;
  const y = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (i !== s.length) return NaN;
  const digits = i - y;
  if (digits === 4) return monthStart(Number(s.slice(y)), month);
  if (digits === 2) return monthStart(2000 + Number(s.slice(y)), month);
  return NaN;
}

/** First instant of the month containing `t` (epoch ms UTC). */
export function truncateToMonth(t: number): number {
  if (Number.isNaN(t)) return NaN;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}
