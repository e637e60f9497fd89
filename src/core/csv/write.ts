// The one CSV writer of the app: every file it writes (KPI and chart exports, skipped rows, the
// balance-sheet form, the demo, raw exports of stored rows) goes through Papa.unparse here, so
// every text cell a spreadsheet would run as a formula is escaped the same way.
import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

/**
 * Text starting with = + - @, a tab or a CR is a formula to a spreadsheet: papaparse prefixes it
 * with `'`. Its own default pattern (`^[=+\-@\t\r].*$`) misses a cell whose formula is followed
 * by a line break, since `.` stops there; this one looks at the first character only.
 */
const FORMULA = /^[=+\-@\t\r]/;
/** The same, except text that is a plain decimal number (`-12.50`), for generated number columns. */
const FORMULA_NOT_NUMBER = /^(?![-+]?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

export interface CsvOptions {
  /** Line end; CRLF (RFC 4180) unless told. */
  newline?: '\r\n' | '\n';
  /**
   * Text cells that are plain decimal numbers stay as they are (the demo writes amounts as text
   * with two decimals). Never for text that a person typed.
   */
  numericText?: boolean;
}

/** Rows (the first one the header) as CSV text ending in a line end; numbers are written as numbers. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const newline = options.newline ?? '\r\n';
  if (rows.length === 0) return '';
  const text = Papa.unparse(rows as unknown[][], {
    newline,
    escapeFormulae: options.numericText ? FORMULA_NOT_NUMBER : FORMULA,
  });
  return text + newline;
}
