// Storage failures explained in plain words. Browsers report the same causes under several
// names, and a full disk often arrives as the inner error of an AbortError.

/**
 * `blocked` is never a thrown error: it is this tab waiting to open or upgrade the database while
 * another tab keeps an older version open (Dexie's `blocked` event).
 */
export type StorageProblem = 'quota' | 'unavailable' | 'newer-version' | 'blocked' | 'other';

/** A storage problem as an engine error code: one table each way, no strings put together. */
const CODE_OF = {
  quota: 'storage-quota',
  unavailable: 'storage-unavailable',
  'newer-version': 'storage-newer-version',
  blocked: 'storage-blocked',
  other: 'storage-other',
} as const satisfies Record<StorageProblem, `storage-${string}`>;

export type StorageErrorCode = (typeof CODE_OF)[StorageProblem];

const PROBLEM_OF: Record<StorageErrorCode, StorageProblem> = {
  'storage-quota': 'quota',
  'storage-unavailable': 'unavailable',
  'storage-newer-version': 'newer-version',
  'storage-blocked': 'blocked',
  'storage-other': 'other',
};

export function storageErrorCode(problem: StorageProblem): StorageErrorCode {
  return CODE_OF[problem];
}

export function storageProblemOf(code: StorageErrorCode): StorageProblem {
  return PROBLEM_OF[code];
}

interface NamedError {
  name?: string;
  inner?: unknown;
  cause?: unknown;
}

function names(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 4) return [];
  const err = e as NamedError;
  return [err.name ?? '', ...names(err.inner, depth + 1), ...names(err.cause, depth + 1)];
}

export function classifyStorageError(e: unknown): StorageProblem {
  const all = names(e);
  if (all.includes('QuotaExceededError')) return 'quota';
  if (
    all.includes('VersionError') ||
    (all.includes('DatabaseClosedError') && all.includes('VersionChangeError'))
  )
    return 'newer-version';
  if (all.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'SecurityError'))
    return 'unavailable';
  return 'other';
}
