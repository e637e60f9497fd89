import type { Frame } from '../core/datasets/frame.ts';
import type { DatasetKind } from '../core/datasets/kinds.ts';
import { workspaceDataOf, type WorkspaceData } from '../core/workspace-data.ts';
import type { DatasetRecord, YardstickDb } from './schema.ts';

/** Writes one chunk of a staged import in its own transaction: memory stays bounded by one chunk. */
export async function stageChunk(
  db: YardstickDb,
  datasetId: string,
  index: number,
  frame: Frame,
): Promise<void> {
  await db.chunks.put({ datasetId, index, frame });
}

export async function stageDataset(db: YardstickDb, record: DatasetRecord): Promise<void> {
  await db.datasets.put({ ...record, state: 'staged' });
}

/**
 * Makes a staged import visible in one small transaction; a replaced dataset disappears in the
 * same transaction so the workspace never shows both or neither.
 */
export async function commitDataset(
  db: YardstickDb,
  record: DatasetRecord,
  replaceId?: string,
): Promise<void> {
  await db.transaction('rw', db.datasets, db.chunks, async () => {
    if (replaceId) {
      await db.chunks.where('datasetId').equals(replaceId).delete();
      await db.datasets.delete(replaceId);
    }
    await db.datasets.put({ ...record, state: 'ready' });
  });
}

/** Removes a dataset and its chunks (a cancelled import, or a user's delete). */
export async function deleteDataset(db: YardstickDb, datasetId: string): Promise<void> {
  await db.transaction('rw', db.datasets, db.chunks, async () => {
    await db.chunks.where('datasetId').equals(datasetId).delete();
    await db.datasets.delete(datasetId);
  });
}

/**
 * Start-up clean-up: chunks of imports that never committed (crash, reload, closed tab).
 * `busy` names imports still running in another tab, which must be left alone.
 */
export async function removeStaleStaging(
  db: YardstickDb,
  busy: ReadonlySet<string> = new Set(),
): Promise<number> {
  const ready = new Set(
    (await db.datasets.where('state').equals('ready').primaryKeys()).map((k) => String(k)),
  );
  const staged = (await db.datasets.where('state').equals('staged').primaryKeys()).map(String);
  const chunkOwners = new Set((await db.chunks.orderBy('datasetId').uniqueKeys()).map(String));
  const stale = [...new Set([...staged, ...chunkOwners])].filter((id) => !ready.has(id) && !busy.has(id));
  for (const id of stale) await deleteDataset(db, id);
  return stale.length;
}

export async function readyDatasets(db: YardstickDb, workspaceId: string): Promise<DatasetRecord[]> {
  const all = await db.datasets.where('workspaceId').equals(workspaceId).toArray();
  return all.filter((d) => d.state === 'ready').sort((a, b) => a.importedAt - b.importedAt);
}

/**
 * Stored columns that no KPI, segment filter or event list reads (segment filters skip
 * `subscription_id`: see NOT_SEGMENTS in worker/compute.ts). Joining them is the costliest part of a
 * read — one distinct value per row — so they stay in IndexedDB and out of the loaded frames.
 */
const UNREAD_COLUMNS: Partial<Record<DatasetKind, readonly string[]>> = {
  subscriptions: ['subscription_id'],
};

function withoutUnread(kind: DatasetKind, frame: Frame): Frame {
  const unread = UNREAD_COLUMNS[kind];
  if (!unread?.some((name) => frame.columns.has(name))) return frame;
  const columns = new Map(frame.columns);
  for (const name of unread) columns.delete(name);
  return { rows: frame.rows, columns };
}

/** Reads every ready dataset of a workspace as one frame per kind, for the metrics engine. */
export async function loadWorkspaceData(db: YardstickDb, workspaceId: string): Promise<WorkspaceData> {
  const datasets = await readyDatasets(db, workspaceId);
  const loaded = await Promise.all(
    datasets.map(async (d) => ({
      kind: d.kind,
      frames: (await db.chunks.where('datasetId').equals(d.id).sortBy('index')).map((c) =>
        withoutUnread(d.kind, c.frame),
      ),
    })),
  );
  return workspaceDataOf(loaded);
}
