// The dashboard's last compute of each whole workspace, kept in `meta` (no schema change), so that
// opening the app shows the KPIs before the rows are read again. The key names everything the
// numbers depend on (the code that computed them, the ready datasets, the settings); the worker
// computes again behind it all the same (engine.ts).
import type { YardstickDb } from './schema.ts';
import { savedAnswerKey } from './snapshots.ts';

export interface SavedAnswer<T> {
  key: string;
  answer: T;
}

export { savedAnswerKey };

export async function savedAnswerOf<T>(db: YardstickDb, workspaceId: string): Promise<SavedAnswer<T> | null> {
  return ((await db.meta.get(savedAnswerKey(workspaceId)))?.value as SavedAnswer<T> | undefined) ?? null;
}

/** Kept only while the workspace exists: a compute answered just before an erase writes nothing after it. */
export async function saveAnswer<T>(
  db: YardstickDb,
  workspaceId: string,
  saved: SavedAnswer<T>,
): Promise<void> {
  await db.transaction('rw', db.workspaces, db.meta, async () => {
    if (await db.workspaces.get(workspaceId))
      await db.meta.put({ key: savedAnswerKey(workspaceId), value: saved });
  });
}
