// What IndexedDB holds, read straight from it in the page (not through the app): each dataset's
// state, the chunk count its record claims and the chunks stored under its id, and all chunks.
import type { Page } from '@playwright/test';

export interface Stored {
  datasets: { state: string; chunkCount: number; chunks: number }[];
  /** Every stored chunk, whichever dataset (if any) it belongs to. */
  chunks: number;
}

export function stored(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('yardstick');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['datasets', 'chunks']);
          const chunkStore = tx.objectStore('chunks');
          const all = chunkStore.count();
          const records = tx.objectStore('datasets').getAll();
          const perDataset: IDBRequest<number>[] = [];
          records.onsuccess = () => {
            for (const d of records.result as { id: string }[])
              perDataset.push(chunkStore.index('datasetId').count(d.id));
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve({
              datasets: (records.result as { state: string; chunkCount: number }[]).map((d, i) => ({
                state: d.state,
                chunkCount: d.chunkCount,
                chunks: perDataset[i].result,
              })),
              chunks: all.result,
            });
          };
        };
      }),
  );
}
