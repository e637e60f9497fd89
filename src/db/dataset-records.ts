// Dataset records as the page reads and removes them: a module apart from the rows' reading
// (datasets.ts), so the first screen loads without the events code that reading needs.
import type { DatasetRecord, YardstickDb } from './schema.ts';
import { readDataset } from './stored-formats.ts';

/** Removes a dataset, its chunks and its aggregate (a cancelled import, or a user's delete). */
export async function deleteDataset(db: YardstickDb, datasetId: string): Promise<void> {
  await db.transaction('rw', db.datasets, db.chunks, db.eventAggregates, async () => {
    await db.chunks.where('datasetId').equals(datasetId).delete();
    await db.eventAggregates.delete(datasetId);
    await db.datasets.delete(datasetId);
  });
}

export async function readyDatasets(db: YardstickDb, workspaceId: string): Promise<DatasetRecord[]> {
  const all = await db.datasets.where('workspaceId').equals(workspaceId).toArray();
  return all
    .filter((d) => d.state === 'ready')
    .map(readDataset)
    .sort((a, b) => a.importedAt - b.importedAt);
}
