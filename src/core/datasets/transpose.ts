// Accounting exports often put line items in rows and periods in columns. Such a sheet is turned
// around before mapping so it is stored like any row-per-period balance sheet.

import { parseInstant } from '../locale/dates.ts';
import { KIND_FIELDS, headerKey } from './synonyms.ts';

const LINE_ITEM_KEYS: Set<string> = new Set(
  KIND_FIELDS.balance_sheet.filter((s) => s.field !== 'period_end').flatMap((s) => s.synonyms.map(headerKey)),
);

function isDate(s: string): boolean {
  return !Number.isNaN(parseInstant(s, 'DMY')) || !Number.isNaN(parseInstant(s, 'MDY'));
}

/** Every header cell after the first is a date (cheap test before buffering rows). */
export function hasDateHeader(headers: readonly string[]): boolean {
  return headers.length >= 2 && headers.slice(1).every(isDate);
}

/** A date header row and three or more balance-sheet line items in the first column. */
export function isTransposedBalanceSheet(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): boolean {
  if (!hasDateHeader(headers)) return false;
  const found = new Set<string>();
  for (const r of rows) {
    const key = headerKey(r[0] ?? '');
    if (LINE_ITEM_KEYS.has(key)) found.add(key);
  }
  return found.size >= 3;
}

/** Rows become columns: headers `period_end, <line items…>`, one row per period. */
export function transpose(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): { headers: string[]; rows: string[][] } {
  const out: string[][] = [];
  for (let c = 1; c < headers.length; c++) out.push([headers[c], ...rows.map((r) => r[c] ?? '')]);
  return { headers: ['period_end', ...rows.map((r) => (r[0] ?? '').trim())], rows: out };
}
