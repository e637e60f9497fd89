import { writeCsv } from '../csv/write.ts';

/**
 * The demo files must survive the same importer as a user's files, so names with commas, quotes
 * or line breaks are quoted exactly as Excel and Stripe do (the app's one CSV writer).
 */
export type CsvValue = string | number | null | undefined;

/** Header plus rows, LF line ends with a trailing newline like most exporters (core/csv/write.ts). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new RangeError(`csv row has ${row.length} fields, header has ${header.length}`);
    }
  }
  return writeCsv([header, ...rows], { newline: '\n', numericText: true });
}

/** Money with two decimals; negatives in parentheses when an accounting style is asked for. */
export function money(value: number, accounting = false): string {
  const rounded = Math.round(value * 100) / 100;
  const text = Math.abs(rounded).toFixed(2);
  if (rounded < 0) return accounting ? `(${text})` : `-${text}`;
  return text;
}
