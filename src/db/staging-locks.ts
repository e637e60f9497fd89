// Web Locks around staged imports, so that another tab's start-up clean-up (removeStaleStaging)
// leaves an import that is still running alone. Locks are released when their tab or worker
// goes away, so a held lock always means a live import. Without navigator.locks (Node, older
// browsers) nothing is locked and the clean-up removes every staged import, as it always did.

import { removeStaleStaging } from './datasets.ts';
import type { YardstickDb } from './schema.ts';

const PREFIX = 'yardstick-staging:';

/** What is used of navigator.locks (a LockManager). */
export interface Locks {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[]; pending?: { name?: string }[] }>;
}

function lockManager(): Locks | undefined {
  return (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
}

export function stagingLockName(datasetId: string): string {
  return PREFIX + datasetId;
}

/**
 * Takes the lock of a staged dataset and resolves once it is held; the returned function
 * releases it. Call before the first staged write, release after the commit or the clean-up.
 */
export async function holdStaging(datasetId: string, locks = lockManager()): Promise<() => void> {
  if (!locks) return () => undefined;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  try {
    await new Promise<void>((acquired, failed) => {
      locks
        .request(stagingLockName(datasetId), () => {
          acquired();
          return held;
        })
        .catch(failed);
    });
  } catch {
    // A browser that refuses locks (an opaque origin) imports as it did before locks existed.
    return () => undefined;
  }
  return release;
}

/** Ids of staged datasets whose import holds its lock somewhere (another tab, another worker). */
export async function busyStaging(locks = lockManager()): Promise<Set<string>> {
  if (!locks) return new Set();
  const { held = [], pending = [] } = await locks.query();
  return new Set(
    [...held, ...pending]
      .map((l) => l.name ?? '')
      .filter((name) => name.startsWith(PREFIX))
      .map((name) => name.slice(PREFIX.length)),
  );
}

/** The start-up clean-up: staged imports nobody holds a lock on (crashed, reloaded, closed). */
export async function removeAbandonedStaging(db: YardstickDb, locks = lockManager()): Promise<number> {
  const busy = await busyStaging(locks).catch(() => new Set<string>());
  return removeStaleStaging(db, busy);
}
