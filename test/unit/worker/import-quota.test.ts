// datasets.md §6: an import is all-or-nothing; a failure leaves the workspace exactly as before.
// A full disk is the failure a user meets in practice: IndexedDB refuses a write partway through
// the file, as a QuotaExceededError or as an AbortError whose inner error is one. The failure is
// injected below Dexie (a DBCore middleware), where the browser's refusal would come from.
import 'fake-indexeddb/auto';
import { Dexie, type DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../src/db/errors.ts';
import { readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import { importFile, type ImportControl } from '../../../src/worker/import-file.ts';

/** Decides, per write, whether the disk is full for it; null lets it through. */
type Refusal = (table: string, req: DBCoreMutateRequest) => Error | null;

let db: YardstickDb;
let n = 0;
let ws: string;
let refuse: Refusal = () => null;

beforeEach(async () => {
  refuse = () => null;
  db = new YardstickDb(`import-quota-${++n}`);
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
const abortedByQuota = () => new Dexie.AbortError('Transaction aborted', quota());

/** An events file of `rows` rows: with chunkRows 10 it is staged as rows / 10 chunks. */
function eventsFile(name: string, rows: number, user = 'u'): File {
  const lines = Array.from(
    { length: rows },
    (_, i) => `${user}${i % 7},2024-01-${String((i % 28) + 1).padStart(2, '0')},login`,
  );
  return new File([['user_id,timestamp,event', ...lines].join('\n') + '\n'], name);
}

/** Chunk writes succeed until `allowed` of them have landed, then the disk is full. */
function fullAfterChunks(allowed: number, error: () => Error): Refusal {
  let written = 0;
  return (table, req) => {
    if (table !== 'chunks' || req.type !== 'put') return null;
    return ++written > allowed ? error() : null;
  };
}

async function snapshot() {
  return {
    datasets: await db.datasets.toArray(),
    chunks: await db.chunks.toArray(),
    aggregates: await db.eventAggregates.toArray(),
  };
}

const options = { locale: 'en-US' as const, chunkRows: 10 };
const tuning = { readBytes: 256 };

describe('a full disk partway through an import', () => {
  it.each([
    ['QuotaExceededError', quota],
    ['AbortError caused by QuotaExceededError', abortedByQuota],
  ])('fails with a quota problem (%s) and leaves the workspace as it was', async (_, error) => {
    const earlier = await importFile(db, ws, eventsFile('earlier.csv', 30, 'a'), options, quiet);
    const before = await snapshot();
    expect(before.chunks).toHaveLength(3);
    expect(before.aggregates).toHaveLength(1);

    let chunkPuts = 0;
    const full = fullAfterChunks(1, error);
    refuse = (table, req) => {
      if (table === 'chunks' && req.type === 'put') chunkPuts++;
      return full(table, req);
    };
    const failed = await importFile(
      db,
      ws,
      eventsFile('later.csv', 100, 'b'),
      options,
      quiet,
      undefined,
      tuning,
    ).then(
      () => null,
      (e: unknown) => e,
    );
    refuse = () => null;

    // The first chunk was written before the refusal: there was something to remove.
    expect(chunkPuts).toBeGreaterThan(1);
    expect(failed).not.toBeNull();
    expect(classifyStorageError(failed)).toBe('quota');
    expect(await snapshot()).toEqual(before);
    expect((await readyDatasets(db, ws)).map((d) => d.id)).toEqual([earlier.dataset.id]);
  });

  it('leaves nothing when the disk fills at the commit, after every chunk and the aggregate', async () => {
    const earlier = await importFile(db, ws, eventsFile('earlier.csv', 30, 'a'), options, quiet);
    const before = await snapshot();

    let staged = false;
    refuse = (table, req) => {
      if (table === 'eventAggregates' && req.type === 'put') staged = true;
      const commit =
        table === 'datasets' &&
        req.type === 'put' &&
        req.values.some((v: { state?: string }) => v.state === 'ready');
      return commit ? quota() : null;
    };
    const failed = await importFile(
      db,
      ws,
      eventsFile('later.csv', 100, 'b'),
      options,
      quiet,
      undefined,
      tuning,
    ).then(
      () => null,
      (e: unknown) => e,
    );
    refuse = () => null;

    expect(staged).toBe(true);
    expect(classifyStorageError(failed)).toBe('quota');
    expect(await snapshot()).toEqual(before);
    expect((await readyDatasets(db, ws)).map((d) => d.id)).toEqual([earlier.dataset.id]);
  });

  it('keeps the dataset a failed replacement was meant to replace', async () => {
    const old = await importFile(db, ws, eventsFile('events.csv', 30, 'a'), options, quiet);
    const before = await snapshot();

    refuse = fullAfterChunks(2, quota);
    const failed = await importFile(
      db,
      ws,
      eventsFile('events.csv', 100, 'b'),
      options,
      quiet,
      old.dataset.id,
      tuning,
    ).then(
      () => null,
      (e: unknown) => e,
    );
    refuse = () => null;

    expect(classifyStorageError(failed)).toBe('quota');
    expect(await snapshot()).toEqual(before);
    expect((await readyDatasets(db, ws)).map((d) => d.id)).toEqual([old.dataset.id]);
  });

  it('imports the same file once there is room again', async () => {
    refuse = fullAfterChunks(1, quota);
    const file = eventsFile('later.csv', 100, 'b');
    await expect(importFile(db, ws, file, options, quiet, undefined, tuning)).rejects.toBeDefined();
    refuse = () => null;
    expect(await snapshot()).toEqual({ datasets: [], chunks: [], aggregates: [] });

    const answer = await importFile(db, ws, file, options, quiet, undefined, tuning);
    expect(answer.dataset.rowsStored).toBe(100);
    expect(await db.chunks.where('datasetId').equals(answer.dataset.id).count()).toBe(10);
    expect(await db.eventAggregates.count()).toBe(1);
  });
});

describe('a full disk once the rows are committed', () => {
  // The mapping remembered for the next file of this shape is written after the commit: refusing
  // it must not report as failed an import whose rows are stored and visible.
  const mappingRefused: Refusal = (table, req) =>
    table === 'mappings' && req.type === 'put' ? quota() : null;
  const leadsFile = (rows: number) =>
    new File(
      [
        ['lead_id,created_at', ...Array.from({ length: rows }, (_, i) => `l${i},2024-01-05`)].join('\n') +
          '\n',
      ],
      'leads.csv',
    );

  it('still reports the stored import as imported', async () => {
    refuse = mappingRefused;
    const done = await importFile(db, ws, leadsFile(20), { locale: 'en-US' }, quiet);
    refuse = () => null;
    expect(done.dataset.rowsStored).toBe(20);
    expect((await readyDatasets(db, ws)).map((d) => d.id)).toEqual([done.dataset.id]);
  });

  it('reports a replacement imported once the dataset it replaced is gone', async () => {
    const old = await importFile(db, ws, leadsFile(10), { locale: 'en-US' }, quiet);
    refuse = mappingRefused;
    const done = await importFile(db, ws, leadsFile(20), { locale: 'en-US' }, quiet, old.dataset.id);
    refuse = () => null;
    expect((await readyDatasets(db, ws)).map((d) => d.id)).toEqual([done.dataset.id]);
  });
});
