// A hand-entered balance sheet period becomes a one-row CSV file that goes through the same
// import as any file: stored as a dataset, so undo is deleting that dataset.
import { writeCsv } from '../../core/csv/write.ts';
import type { IngestOptions } from '../../core/datasets/ingest.ts';

import { parseTypedNumber, type TypedLanguage } from '../../core/locale/typed.ts';

/** The form's fields in the order of a balance sheet; period_end comes first in the file. */
export const BALANCE_FIELDS = [
  'current_assets',
  'cash',
  'marketable_securities',
  'accounts_receivable',
  'inventory',
  'current_liabilities',
  'total_assets',
  'total_liabilities',
  'total_equity',
  'ebit',
  'interest_expense',
] as const;

export type BalanceField = (typeof BALANCE_FIELDS)[number];

/**
 * A typed amount, read as the UI language writes numbers (`1.234.567` and `1 234,56` in
 * Indonesian and Polish, `1,234,567.5` in English) by the import's own parser. Null for an empty
 * field, undefined for text that is no number.
 */
export function parseAmount(text: string, lang: TypedLanguage): number | null | undefined {
  if (text.trim() === '') return null;
  const value = parseTypedNumber(text, lang);
  return Number.isFinite(value) ? value : undefined;
}

/** `YYYY-MM-DD` of a real calendar date, else null. */
export function validDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1 ? text : null;
}

const filled = (values: Partial<Record<BalanceField, number | null>>): BalanceField[] =>
  BALANCE_FIELDS.filter((f) => values[f] !== null && values[f] !== undefined);

/** One-row CSV with only the filled fields: plain numbers with a decimal point, ISO date. */
export function balanceSheetCsv(
  periodEnd: string,
  values: Partial<Record<BalanceField, number | null>>,
): string {
  const fields = filled(values);
  return writeCsv([
    ['period_end', ...fields],
    [periodEnd, ...fields.map((f) => values[f])],
  ]);
}

/**
 * How that file is read: as a balance sheet whose numbers have a decimal point. Left to the import,
 * `1.234` alone is ambiguous (datasets.md §2) and an Indonesian or Polish workspace would read
 * the 1.234 typed as 1,234.
 */
export function balanceSheetOptions(
  values: Partial<Record<BalanceField, number | null>>,
  locale: IngestOptions['locale'],
): IngestOptions {
  const decimal = Object.fromEntries(filled(values).map((f) => [f, '.' as const]));
  return { locale, kind: 'balance_sheet', decimal };
}
