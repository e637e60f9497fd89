import { writeCsv } from '../../core/csv/write.ts';
import { download } from '../download.ts';
import type { StoredRejectedRow } from '../../core/datasets/reasons.ts';
import type { Messages } from '../../i18n/index.ts';
import { rowReasonText } from './reason-text.ts';

/** Every rejected row of a dataset as CSV: `line,reason` in the page's language, one row per line. */
export function rejectedCsv(t: Messages, rows: readonly StoredRejectedRow[]): string {
  return writeCsv([
    [t.rejectedCsvLine, t.rejectedCsvReason],
    ...rows.map((r) => [r.line, rowReasonText(t, r.reason)]),
  ]);
}

/** The download name: `<file>-skipped-rows.csv`. */
export function rejectedFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')}-skipped-rows.csv`;
}

/** Saves CSV text as a file. */
export function downloadText(text: string, fileName: string): void {
  download(fileName, text);
}
