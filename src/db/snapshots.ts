// What snapshots store besides the ordinary tables, in `meta` (no schema change): the KPI values
// of a workspace saved from a shared snapshot, the mark of the snapshot a workspace was restored
// from (opening the same file twice adds nothing), and the date of the last backup. The first
// screen deletes them with a workspace; restoring (workspace-content.ts) is the worker's.
import type { KpiTables } from '../core/snapshot/document.ts';
import type { YardstickDb } from './schema.ts';

// The workspace's keys in `meta`, here beside deleteWorkspaceMeta. The saved answer's key too: the
// page deletes it with the workspace, while reading and writing it is the worker's (saved-answers.ts),
// which the first screen does not load.
export const savedAnswerKey = (workspaceId: string) => `answer:${workspaceId}`;
export const kpiKey = (workspaceId: string) => `kpi-values:${workspaceId}`;
export const hashKey = (workspaceId: string) => `snapshot:${workspaceId}`;
const backupKey = (workspaceId: string) => `backup:${workspaceId}`;

/** The KPI values a dataset-less workspace shows instead of computing, or null for an ordinary one. */
export async function kpiValuesOf(db: YardstickDb, workspaceId: string): Promise<KpiTables | null> {
  return ((await db.meta.get(kpiKey(workspaceId)))?.value as KpiTables | undefined) ?? null;
}

/** A restore mark's snapshot hash (workspace-content.ts writes the marks). */
export const markHash = (mark: unknown): string | null =>
  typeof mark === 'string' ? mark : ((mark as { hash?: string } | undefined)?.hash ?? null);

export async function snapshotHashOf(db: YardstickDb, workspaceId: string): Promise<string | null> {
  return markHash((await db.meta.get(hashKey(workspaceId)))?.value);
}

export async function lastBackupOf(db: YardstickDb, workspaceId: string): Promise<number | null> {
  return ((await db.meta.get(backupKey(workspaceId)))?.value as number | undefined) ?? null;
}

export async function rememberBackup(db: YardstickDb, workspaceId: string, at: number): Promise<void> {
  await db.meta.put({ key: backupKey(workspaceId), value: at });
}

/** The meta entries of a deleted workspace (deleteWorkspace calls this inside its transaction). */
export async function deleteWorkspaceMeta(db: YardstickDb, workspaceId: string): Promise<void> {
  await db.meta.bulkDelete([
    kpiKey(workspaceId),
    hashKey(workspaceId),
    backupKey(workspaceId),
    savedAnswerKey(workspaceId),
  ]);
}
