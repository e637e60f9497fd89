// Failed requests in plain words. Each switch covers its whole union: a new code fails to compile
// until it is worded here.
import type { FileProblem } from '../core/datasets/reasons.ts';
import { storageProblemOf, type StorageProblem } from '../db/errors.ts';
import type { EngineErrorCode } from '../worker/protocol.ts';
import type { Messages } from './index.ts';

/** A worker error in plain words, naming the file where the file is the problem. */
export function problemText(
  t: Messages,
  problem: { code: EngineErrorCode; detail?: FileProblem },
  fileName = '',
): string {
  const code = problem.code;
  switch (code) {
    case 'unreadable':
      return t.errorUnreadable({ name: fileName });
    case 'spreadsheet':
      return t.errorSpreadsheet({ name: fileName });
    case 'no-kind':
      return t.errorNoKind({ name: fileName });
    case 'missing-column':
      return t.errorMissingColumn({ name: fileName });
    // A refused snapshot is worded from its own problem (ui/snapshots/failure-text.ts) where it shows.
    case 'snapshot':
    case 'crash':
      return t.errorOther;
    case 'storage-quota':
    case 'storage-unavailable':
    case 'storage-newer-version':
    case 'storage-blocked':
    case 'storage-other':
      return storageText(t, storageProblemOf(code));
    default:
      return unworded(t, code);
  }
}

/** Storage problems in plain words. */
export function storageText(t: Messages, problem: StorageProblem): string {
  switch (problem) {
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
      return unworded(t, problem);
  }
}

/** Unreachable by type; a code from a newer worker still gets words. */
function unworded(t: Messages, code: never): string {
  void code;
  return t.errorOther;
}
