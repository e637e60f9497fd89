// A hand-entered balance sheet period becomes a one-row CSV file that goes through the same
// import as any file: stored as a dataset, so undo is deleting that dataset.
import { writeCsv } from '../../core/csv/write.ts';

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
 * A typed amount: digits with an optional sign and one decimal point or comma; spaces, apostrophes
 * and underscores as group separators are ignored. Returns undefined for text that is no number.
 */
export function parseAmount(text: string): number | null | undefined {
  const s = text.trim().replace(/[\s\u00a0'_]/g, '');
  if (s === '') return null;
  const m = /^([-+\u2212]?)(\d+)(?:[.,](\d+))?$/.exec(s);
  if (!m) return undefined;
  const value = Number(`${m[2]}.${m[3] ?? '0'}`);
  return m[1] === '-' || m[1] === '−' ? -value : value;
}

/** `YYYY-MM-DD` of a real calendar date, else null. */
export function validDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1 ? text : null;
}

/** One-row CSV with only the filled fields: plain numbers with a decimal point, ISO date. */
export function balanceSheetCsv(
  periodEnd: string,
  values: Partial<Record<BalanceField, number | null>>,
): string {
  const fields = BALANCE_FIELDS.filter((f) => values[f] !== null && values[f] !== undefined);
  return writeCsv([
    ['period_end', ...fields],
    [periodEnd, ...fields.map((f) => values[f])],
  ]);
}
