// Accounting exports often put line items in rows and periods in columns. Such a sheet is turned
// around before mapping so it is stored like any row-per-period balance sheet. Columns whose
// header names no period (`TTM`, a notes column) are left out and named (datasets.md §8.5).

import { isPeriod } from '../locale/periods.ts';
import { KIND_FIELDS, headerKey } from './synonyms.ts';

const LINE_ITEM_KEYS: Set<string> = new Set(
  KIND_FIELDS.balance_sheet.filter((s) => s.field !== 'period_end').flatMap((s) => s.synonyms.map(headerKey)),
);
const PERIOD_KEYS: Set<string> = new Set(
  KIND_FIELDS.balance_sheet.filter((s) => s.field === 'period_end').flatMap((s) => s.synonyms.map(headerKey)),
);

/**
 * Most header cells after the first name periods (cheap test before buffering rows): at least
 * one, and no fewer than the filled cells that do not.
 */
export function hasDateHeader(headers: readonly string[]): boolean {
  if (headers.length < 2) return false;
  let periods = 0;
  let others = 0;
  for (const h of headers.slice(1)) {
    if (h.trim() === '' || /^column_\d+$/.test(h)) continue;
    if (isPeriod(h)) periods++;
    else others++;
  }
  return periods > 0 && periods >= others;
}

/**
 * A period header row and three or more balance-sheet fields in the first column (the first
 * header cell counts when it names the period, as `Report Date` does).
 */
export function isTransposedBalanceSheet(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): boolean {
  if (!hasDateHeader(headers)) return false;
  const found = new Set<string>();
  if (PERIOD_KEYS.has(headerKey(headers[0] ?? ''))) found.add('period_end');
  for (const r of rows) {
    const key = headerKey(r[0] ?? '');
    if (LINE_ITEM_KEYS.has(key)) found.add(key);
  }
  return found.size >= 3;
}

/**
 * Rows become columns: headers `period_end, <line items…>`, one row per period column; header
 * cells that name no period are left out and returned in `skipped`.
 */
export function transpose(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): { headers: string[]; rows: string[][]; skipped: string[] } {
  const out: string[][] = [];
  const skipped: string[] = [];
  for (let c = 1; c < headers.length; c++) {
    if (!isPeriod(headers[c])) {
      if (headers[c].trim() !== '' && !/^column_\d+$/.test(headers[c])) skipped.push(headers[c]);
      continue;
    }
    out.push([headers[c], ...rows.map((r) => r[c] ?? '')]);
  }
  return { headers: ['period_end', ...rows.map((r) => (r[0] ?? '').trim())], rows: out, skipped };
}
