import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readyDatasets, stageDataset } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { stagedRecord } from './records.ts';
import { busyStaging, holdStaging, removeAbandonedStaging } from '../../../src/db/staging-locks.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import { importFile } from '../../../src/worker/import-file.ts';
import { FakeLocks } from './fake-locks.ts';
import { storedRows } from './stored-frames.ts';

let db: YardstickDb;
let n = 0;
let ws: string;

beforeEach(async () => {
  db = new YardstickDb(`locks-${++n}`);
  await db.open();
  ws = (await createWorkspace(db, 'Test', 'en-US')).id;
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const orphan = (id: string) =>
  stagedRecord(id, ws, { kind: 'leads', name: 'crashed.csv', fileName: 'crashed.csv', hash: '' });

const leads = () =>
  new File(['lead_id,created_at\nL1,2024-01-03\nL2,2024-01-09\nL3,2024-02-11\n'], 'leads.csv');

describe('staging locks', () => {
  it('name a staged dataset as busy while its lock is held', async () => {
    const locks = new FakeLocks();
    const release = await holdStaging('abc', locks);
    expect(await busyStaging(locks)).toEqual(new Set(['abc']));
    release();
    await vi.waitFor(async () => expect(await busyStaging(locks)).toEqual(new Set()));
  });

  it('keep an import running in another tab out of the start-up clean-up', async () => {
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    await stageDataset(db, orphan('crashed'));
    let resume!: () => void;
    let reached!: (id: string) => void;
    const atCommit = new Promise<string>((r) => (reached = r));
    const importing = importFile(
      db,
      ws,
      leads(),
      { locale: 'en-US' },
      {
        cancelled: () => false,
        progress: () => undefined,
        beforeCommit: (record) => {
          reached(record.id);
          return new Promise<void>((r) => (resume = r));
        },
      },
    );
    const running = await atCommit;
    expect(await busyStaging()).toEqual(new Set([running]));

    // The other tab's worker starts: it cleans up the crashed import only.
    expect(await removeAbandonedStaging(db)).toBe(1);
    expect(await db.datasets.get('crashed')).toBeUndefined();
    expect(await db.chunks.where('datasetId').equals(running).count()).toBeGreaterThan(0);

    resume();
    const answer = await importing;
    expect(answer.dataset.rowsStored).toBe(3);
    const stored = await readyDatasets(db, ws);
    expect(stored.map((d) => d.id)).toEqual([running]);
    expect(await storedRows(db, running)).toBe(3);
    await vi.waitFor(async () => expect(await busyStaging()).toEqual(new Set()));
  });

  it('fall back to cleaning every staged import where the browser has no locks', async () => {
    vi.stubGlobal('navigator', {});
    const release = await holdStaging('x');
    expect(await busyStaging()).toEqual(new Set());
    release();
    await stageDataset(db, orphan('a'));
    await stageDataset(db, orphan('b'));
    expect(await removeAbandonedStaging(db)).toBe(2);
    expect(await db.datasets.count()).toBe(0);
  });
});
