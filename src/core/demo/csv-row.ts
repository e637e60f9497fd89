/**
 * Minimal RFC 4180 writer. The demo files must survive the same importer as a
 * user's files, so names with commas, quotes or line breaks are quoted exactly
 * as Excel and Stripe do.
 */
export type CsvValue = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  // Leading/trailing spaces are quoted too so no reader is tempted to trim them.
  if (NEEDS_QUOTES.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** Header plus rows, CRLF-free (LF) with a trailing newline like most exporters. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [csvRow(header)];
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new RangeError(`csv row has ${row.length} fields, header has ${header.length}`);
    }
    lines.push(csvRow(row));
  }
  return lines.join('\n') + '\n';
}

/** Money with two decimals; negatives in parentheses when an accounting style is asked for. */
export function money(value: number, accounting = false): string {
  const rounded = Math.round(value * 100) / 100;
  const text = Math.abs(rounded).toFixed(2);
  if (rounded < 0) return accounting ? `(${text})` : `-${text}`;
  return text;
}
