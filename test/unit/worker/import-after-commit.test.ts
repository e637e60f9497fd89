// Rule (datasets.md §6): an import is all-or-nothing; a failure leaves the workspace
// exactly as before. The mapping remembered for the next file is written after the commit: a
// refused write there (a full disk) must not report as failed an import whose rows are stored
// and visible. A failure must not leave new data behind, or the data must count as imported.
import 'fake-indexeddb/auto';
import { type DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import { importFile, type ImportControl } from '../../../src/worker/import-file.ts';

type Refusal = (table: string, req: DBCoreMutateRequest) => Error | null;

let db: YardstickDb;
let n = 0;
let ws: string;
let refuse: Refusal = () => null;

beforeEach(async () => {
  refuse = () => null;
  db = new YardstickDb(`import-after-commit-${++n}`);
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            const e = refuse(name, req);
            return e ? Promise.reject(e) : table.mutate(req);
          },
        };
      },
    }),
  });
  await db.open();
  ws = (await createWorkspace(db, 'Test', 'en-US')).id;
});
afterEach(async () => {
  await db.delete();
});

const quiet: ImportControl = { cancelled: () => false, progress: () => undefined };
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function leadsFile(rows: number): File {
  const lines = Array.from(
    { length: rows },
    (_, i) => `l${i},2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
  );
  return new File([['lead_id,created_at', ...lines].join('\n') + '\n'], 'leads.csv');
}

async function snapshot() {
  return { datasets: await db.datasets.toArray(), chunks: await db.chunks.toArray() };
}

describe('a write refused after the commit', () => {
  it('either imports the file or leaves the workspace as it was, never fails with its rows stored', async () => {
    const before = await snapshot();
    refuse = (table, req) => (table === 'mappings' && req.type === 'put' ? quota() : null);
    const outcome = await importFile(db, ws, leadsFile(20), { locale: 'en-US' }, quiet).then(
      () => 'imported' as const,
      () => 'failed' as const,
    );
    refuse = () => null;
    const visible = (await readyDatasets(db, ws)).map((d) => d.fileName);
    if (outcome === 'failed') {
      // The page says the import failed: nothing of it may be stored.
      expect(visible).toEqual([]);
      expect(await snapshot()).toEqual(before);
    } else {
      expect(visible).toEqual(['leads.csv']);
    }
  });

  it('keeps the dataset a replacement was meant to replace when the replacement is reported failed', async () => {
    const old = await importFile(db, ws, leadsFile(10), { locale: 'en-US' }, quiet);
    const before = await snapshot();
    refuse = (table, req) => (table === 'mappings' && req.type === 'put' ? quota() : null);
    const outcome = await importFile(db, ws, leadsFile(20), { locale: 'en-US' }, quiet, old.dataset.id).then(
      () => 'imported' as const,
      () => 'failed' as const,
    );
    refuse = () => null;
    const visible = (await readyDatasets(db, ws)).map((d) => d.id);
    if (outcome === 'failed') {
      expect(visible).toEqual([old.dataset.id]);
      expect(await snapshot()).toEqual(before);
    } else {
      expect(visible).not.toContain(old.dataset.id);
    }
  });
});
