// Why the database did not open, in the four cases the page tells apart (interfaces.md §2):
// the browser gives no storage at all, an upgrade of the stored data failed, the data was made by
// a newer version, or anything else. Stored data that exists is never taken for "no storage".
import { classifyStorageError } from './errors.ts';
import { LATEST_VERSION } from './schema.ts';

export type OpenProblem = 'unavailable' | 'upgrade-failed' | 'newer' | 'unknown';

/** IndexedDB's own version number for a Dexie version (Dexie multiplies by ten). */
const NATIVE_VERSION = LATEST_VERSION * 10;

export async function diagnoseOpenFailure(
  error: unknown,
  factory: IDBFactory | undefined,
  name = 'yardstick',
): Promise<OpenProblem> {
  const kind = classifyStorageError(error);
  if (kind === 'newer-version') return 'newer';
  let version: number | null = null;
  try {
    const all = factory?.databases ? await factory.databases() : null;
    if (all) version = all.find((d) => d.name === name)?.version ?? null;
  } catch {
    // A browser that refuses storage refuses to list it too.
  }
  if (version !== null) {
    if (version > NATIVE_VERSION) return 'newer';
    if (version < NATIVE_VERSION) return 'upgrade-failed';
    return 'unknown';
  }
  return kind === 'unavailable' ? 'unavailable' : 'unknown';
}
