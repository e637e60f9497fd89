// Workbooks are refused, never half-read: by name on the page before a byte is read, and by their
// magic bytes in the worker for one renamed to .csv.

const SPREADSHEET_EXT = /\.(xlsx|xlsm|xls|ods)$/i;

export function isSpreadsheetName(fileName: string): boolean {
  return SPREADSHEET_EXT.test(fileName);
}
