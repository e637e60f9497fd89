// Reads stored datasets straight from IndexedDB, at whatever version they are, without Dexie and
// without any upgrade: the way out when the app cannot open its data after an update.
import type { Frame } from '../core/datasets/frame.ts';
import { ChunkUnpacker } from './packed-frame.ts';
import type { ChunkRecord } from './schema.ts';

export interface RawDataset {
  name: string;
  fileName: string;
  frames: Frame[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openAsItIs(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // No version: the database opens at the version it has, and no upgrade runs.
    const req = factory.open(name);
    req.onupgradeneeded = () => {
      // It did not exist: nothing to read, and nothing is created.
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('the stored data could not be opened'));
  });
}

interface StoredDataset {
  id: string;
  name?: string;
  fileName?: string;
  state?: string;
}

/** Every dataset whose import completed, with its stored frames in order. */
export async function readRawDatasets(factory: IDBFactory, name = 'yardstick'): Promise<RawDataset[]> {
  const db = await openAsItIs(factory, name);
  try {
    const stores = [...db.objectStoreNames];
    if (!stores.includes('datasets') || !stores.includes('chunks')) return [];
    const tx = db.transaction(['datasets', 'chunks'], 'readonly');
    const datasets = (await request(tx.objectStore('datasets').getAll())) as StoredDataset[];
    const chunks = (await request(tx.objectStore('chunks').getAll())) as ChunkRecord[];
    return datasets
      .filter((d) => d.state === undefined || d.state === 'ready')
      .map((d) => {
        const unpacker = new ChunkUnpacker();
        return {
          name: d.name ?? d.id,
          fileName: d.fileName ?? `${d.id}.csv`,
          frames: chunks
            .filter((c) => c.datasetId === d.id)
            .sort((a, b) => a.index - b.index)
            .map((c) => (c.packed ? unpacker.unpack(c.packed) : c.frame!)),
        };
      });
  } finally {
    db.close();
  }
}
