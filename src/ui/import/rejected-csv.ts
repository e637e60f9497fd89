import type { StoredRejectedRow } from '../../core/datasets/reasons.ts';
import type { Messages } from '../../i18n/index.ts';
import { rowReasonText } from './reason-text.ts';

function cell(value: string): string {
  // Quote always; a leading = + - @ would run as a formula in a spreadsheet, so it is escaped.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Every rejected row of a dataset as CSV: `line,reason` in the page's language, one row per line. */
export function rejectedCsv(t: Messages, rows: readonly StoredRejectedRow[]): string {
  const head = `${t.rejectedCsvLine},${t.rejectedCsvReason}`;
  const body = rows.map((r) => `${r.line},${cell(rowReasonText(t, r.reason))}`);
  return [head, ...body].join('\r\n') + '\r\n';
}

/** The download name: `<file>-skipped-rows.csv`. */
export function rejectedFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')}-skipped-rows.csv`;
}

/** Saves text as a file through a temporary object URL (nothing leaves the browser). */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
