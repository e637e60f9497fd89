// Failed requests in plain words. Each table covers its whole union: a new code fails to compile
// until it is worded here.
import type { IngestErrorCode } from '../core/datasets/errors.ts';
import type { FileProblem } from '../core/datasets/reasons.ts';
import { storageProblemOf, type StorageProblem } from '../db/errors.ts';
import type { EngineErrorCode } from '../worker/protocol.ts';
import type { Messages } from './index.ts';

/** A file the import refused, by its name. */
const FILE_KEYS = {
  unreadable: 'errorUnreadable',
  spreadsheet: 'errorSpreadsheet',
  'no-kind': 'errorNoKind',
  'missing-column': 'errorMissingColumn',
} as const satisfies Record<IngestErrorCode, keyof Messages>;

const STORAGE_KEYS = {
  quota: 'errorStorageQuota',
  unavailable: 'errorStorageUnavailable',
  'newer-version': 'errorStorageNewerVersion',
  blocked: 'errorStorageBlocked',
  other: 'errorStorageOther',
} as const satisfies Record<StorageProblem, keyof Messages>;

const isFileCode = (code: EngineErrorCode): code is IngestErrorCode => Object.hasOwn(FILE_KEYS, code);

/** A worker error in plain words, naming the file where the file is the problem. */
export function problemText(
  t: Messages,
  problem: { code: EngineErrorCode; detail?: FileProblem },
  fileName = '',
): string {
  const code = problem.code;
  if (isFileCode(code)) return t[FILE_KEYS[code]]({ name: fileName });
  // A refused snapshot is worded from its own problem (ui/snapshots/failure-text.ts) where it shows.
  if (code === 'snapshot' || code === 'crash') return t.errorOther;
  return storageText(t, storageProblemOf(code));
}

/** Storage problems in plain words; a code from a newer worker still gets words. */
export function storageText(t: Messages, problem: StorageProblem): string {
  return Object.hasOwn(STORAGE_KEYS, problem) ? t[STORAGE_KEYS[problem]] : t.errorOther;
}
