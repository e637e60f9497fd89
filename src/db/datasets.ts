import type { Frame } from '../core/datasets/frame.ts';
import type { EventAggregate } from '../core/events/aggregate.ts';
import { workspaceDataOf, type DatasetData, type WorkspaceData } from '../core/workspace-data.ts';
import type { ChunkRecord, DatasetRecord, SettingsRecord, YardstickDb } from './schema.ts';
import { ChunkPacker } from './packed-frame.ts';
import { aggregateRecord, chunkRecord, datasetFrames, eventAggregateOf } from './chunk-records.ts';
import { getSettings } from './workspaces.ts';
import { deleteDataset, readyDatasets } from './dataset-records.ts';

// The page lists and deletes datasets without the code that reads their rows.
export { deleteDataset, readyDatasets } from './dataset-records.ts';

export { eventAggregateOf } from './chunk-records.ts';

/** A change to the workspace's settings that belongs to an import, applied to the settings as they are at its commit. */
export type SettingsChange = (current: SettingsRecord) => SettingsRecord;

/**
 * Writes the chunks of one staged import, each in its own transaction: memory stays bounded by one
 * chunk. Chunks are packed here in the order they come, each one free to use values an earlier
 * one added to the dataset's dictionary; their writes may overlap.
 */
export class ChunkStager {
  private readonly packer = new ChunkPacker();
  /** Chunks handed over so far: the next one's index. */
  count = 0;

  constructor(
    private readonly db: YardstickDb,
    readonly datasetId: string,
  ) {}

  async write(frame: Frame): Promise<void> {
    await this.put(this.pack(frame));
  }

  /** The next chunk's record (write() in two steps, so the bench can time them apart). */
  pack(frame: Frame): ChunkRecord {
    return chunkRecord(this.packer, this.datasetId, this.count++, frame);
  }

  async put(record: ChunkRecord): Promise<void> {
    await this.db.chunks.put(record);
  }

  /** The dataset codes of the frame written last (ChunkPacker.datasetCodes). */
  readonly datasetCodes = (name: string): Int32Array | undefined => this.packer.datasetCodes(name);
}

/** Writes the event aggregate of a staged events import: hidden, and removed, like its chunks. */
export async function stageEventAggregate(
  db: YardstickDb,
  datasetId: string,
  aggregate: EventAggregate,
): Promise<void> {
  await db.eventAggregates.put(aggregateRecord(datasetId, aggregate));
}

export async function stageDataset(db: YardstickDb, record: DatasetRecord): Promise<void> {
  await db.datasets.put({ ...record, state: 'staged' });
}

/** The workspace an import was going to was removed (or all data erased) while it ran. */
export class WorkspaceGone extends Error {
  constructor(readonly workspaceId: string) {
    super(`the workspace ${workspaceId} no longer exists`);
    this.name = 'WorkspaceGone';
  }
}

/**
 * Makes a staged import visible in one small transaction; a replaced dataset disappears in the
 * same transaction so the workspace never shows both or neither, and settings that came with the
 * import (conversion rates) are stored with it or not at all. A workspace removed meanwhile (in
 * this tab or another) takes nothing: the import would otherwise bring back its settings and a
 * dataset no workspace lists.
 */
export async function commitDataset(
  db: YardstickDb,
  record: DatasetRecord,
  replaceId?: string,
  settings?: SettingsChange,
  parsed?: { rows: number; chunks: number },
): Promise<void> {
  const tables = [db.workspaces, db.datasets, db.chunks, db.eventAggregates, db.settings];
  await db.transaction('rw', tables, async () => {
    if (!(await db.workspaces.get(record.workspaceId))) throw new WorkspaceGone(record.workspaceId);
    // Checked in the commit itself, before anything is replaced: a dataset whose chunks are not
    // all there never becomes visible, nor costs the dataset it would have replaced.
    if (parsed) await readBack(db, record, parsed);
    if (settings) await db.settings.put(settings(await getSettings(db, record.workspaceId)));
    // Only a dataset of the same workspace is replaced: the preview found the duplicate in the
    // workspace it checked, and the import may be confirmed into another one.
    const replaced = replaceId ? await db.datasets.get(replaceId) : undefined;
    if (replaced?.workspaceId === record.workspaceId) {
      await db.chunks.where('datasetId').equals(replaced.id).delete();
      await db.eventAggregates.delete(replaced.id);
      await db.datasets.delete(replaced.id);
    }
    await db.datasets.put({ ...record, state: 'ready' });
  });
}

/** What was read back before a commit differs from what the import parsed: nothing is committed. */
export class ReadBackError extends Error {
  constructor(
    readonly expected: { rows: number; chunks: number },
    readonly found: { rows: number; chunks: number },
  ) {
    super(
      `the stored data does not match the file: ${expected.rows} rows in ${expected.chunks} chunks were parsed, ` +
        `${found.rows} rows in ${found.chunks} chunks were read back`,
    );
    this.name = 'ReadBackError';
  }
}

/**
 * Reads back what a commit would make visible: the record's row count and the number of chunks
 * stored under it (keys only, no rows are loaded), against the counts the import parsed.
 */
async function readBack(
  db: YardstickDb,
  record: DatasetRecord,
  expected: { rows: number; chunks: number },
): Promise<void> {
  const chunks = await db.chunks.where('datasetId').equals(record.id).count();
  const found = { rows: record.rowsStored, chunks };
  if (found.rows !== expected.rows || found.chunks !== expected.chunks)
    throw new ReadBackError(expected, found);
}

/**
 * Start-up clean-up: chunks and aggregates of imports that never committed (crash, reload, closed tab).
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
  const chunkOwners = (await db.chunks.orderBy('datasetId').uniqueKeys()).map(String);
  const aggregateOwners = (await db.eventAggregates.toCollection().primaryKeys()).map(String);
  const stale = [...new Set([...staged, ...chunkOwners, ...aggregateOwners])].filter(
    (id) => !ready.has(id) && !busy.has(id),
  );
  for (const id of stale) await deleteDataset(db, id);
  return stale.length;
}

/**
 * Reads every ready dataset of a workspace as one frame per kind, for the metrics engine; events
 * datasets as their aggregates, never their rows.
 */
export async function loadWorkspaceData(db: YardstickDb, workspaceId: string): Promise<WorkspaceData> {
  const datasets = await readyDatasets(db, workspaceId);
  const loaded = await Promise.all(
    datasets.map(async (d): Promise<DatasetData> => {
      if (d.kind === 'events') return { kind: d.kind, frames: [], events: await eventAggregateOf(db, d) };
      return { kind: d.kind, frames: await datasetFrames(db, d) };
    }),
  );
  return workspaceDataOf(loaded);
}
