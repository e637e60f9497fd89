// Telling snapshot files from CSVs among chosen or dropped files, by content: the Import page's
// drop zone and file input take both. Files named like text tables stay CSVs without a read.
import { looksLikeSnapshot } from '../core/snapshot/read.ts';
import { router } from './router.svelte.ts';
import { snapshots } from './snapshot.svelte.ts';

const TABLE_NAME = /\.(csv|tsv|txt|xlsx?|xlsm|ods|numbers)$/i;

/** Files whose first bytes must be looked at before they are treated as CSVs. */
export const mayBeSnapshot = (file: File): boolean => !TABLE_NAME.test(file.name);

export async function pickSnapshots(files: readonly File[]): Promise<File[]> {
  const found: File[] = [];
  for (const file of files) {
    const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
    if (looksLikeSnapshot(head, file.name)) found.push(file);
  }
  return found;
}

/** Opens a snapshot chosen on the Import page: shared KPIs go to the viewer, a backup to its preview. */
export async function openSnapshotFile(file: File): Promise<void> {
  if (await snapshots.open(file)) router.navigate('view');
}
