import type { Messages } from '../../i18n/index.ts';
import type { Problem } from '../../state/import.svelte.ts';

/** A worker error in plain words, naming the file where the file is the problem. */
export function problemText(t: Messages, problem: Problem, fileName: string): string {
  switch (problem.code) {
    case 'unreadable':
      return t.errorUnreadable({ name: fileName });
    case 'spreadsheet':
      return t.errorSpreadsheet({ name: fileName });
    case 'no-kind':
      return t.errorNoKind({ name: fileName });
    case 'missing-column':
      return t.errorMissingColumn({ name: fileName });
    default:
      return storageText(t, problem.code);
  }
}

/** Storage problems (`storage-quota` or `quota`, …) in plain words. */
export function storageText(t: Messages, code: string): string {
  switch (code.replace(/^storage-/, '')) {
    case 'quota':
      return t.errorStorageQuota;
    case 'unavailable':
      return t.errorStorageUnavailable;
    case 'newer-version':
      return t.errorStorageNewerVersion;
    case 'blocked':
      return t.errorStorageBlocked;
    case 'other':
      return t.errorStorageOther;
    default:
      return t.errorOther;
  }
}

export function delimiterName(t: Messages, delimiter: string): string {
  if (delimiter === ',') return t.delimiterComma;
  if (delimiter === ';') return t.delimiterSemicolon;
  if (delimiter === '\t') return t.delimiterTab;
  if (delimiter === '|') return t.delimiterPipe;
  return delimiter;
}
