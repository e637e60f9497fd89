// Event aggregates live and die with their dataset: staged with the chunks, committed, replaced,
// cancelled and cleaned up all-or-nothing; datasets stored before aggregates get theirs on load.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textColumn, timeColumn, type Column, type Frame } from '../../../src/core/datasets/frame.ts';
import { aggregateFrames, EventAggregator } from '../../../src/core/events/build.ts';
import { ChunkPacker } from '../../../src/db/packed-frame.ts';
import {
  commitDataset,
  deleteDataset,
  loadWorkspaceData,
  removeStaleStaging,
  ChunkStager,
  stageDataset,
  stageEventAggregate,
} from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { stagedRecord } from './records.ts';
import { createWorkspace, deleteWorkspace } from '../../../src/db/workspaces.ts';
import { importFile, ImportCancelled, type ImportControl } from '../../../src/worker/import-file.ts';
import { unpackAggregate } from '../../../src/db/packed-aggregate.ts';
import { storedFrames } from './stored-frames.ts';

let db: YardstickDb;
let n = 0;

beforeEach(async () => {
  db = new YardstickDb(`aggregates-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 10);

/** Events of users named by the given ids, one per day from T0, all named `login`. */
function events(...users: string[]): Frame {
  const dict = [...new Set(users)];
  return {
    rows: users.length,
    columns: new Map<string, Column>([
      ['user_id', textColumn(Int32Array.from(users.map((u) => dict.indexOf(u))), dict)],
      ['timestamp', timeColumn(Float64Array.from(users.map((_, i) => T0 + i * DAY)))],
      ['event', textColumn(new Int32Array(users.length), ['login'])],
    ]),
  };
}

const record = (id: string, workspaceId: string) =>
  stagedRecord(id, workspaceId, { kind: 'events', hash: id, chunkCount: 1 });

async function stage(id: string, ws: string, frame: Frame): Promise<void> {
  await stageDataset(db, record(id, ws));
  await new ChunkStager(db, id).write(frame);
  await stageEventAggregate(db, id, aggregateFrames([frame]));
}

const usersOf = async (ws: string) => (await loadWorkspaceData(db, ws)).events?.users ?? [];
const owners = async () => (await db.eventAggregates.toCollection().primaryKeys()).map(String).sort();

describe('event aggregates in IndexedDB', () => {
  it('are read only once their dataset is committed', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    await stage('a', ws, events('u1', 'u2'));
    expect(await usersOf(ws)).toEqual([]);
    await commitDataset(db, record('a', ws));
    expect(await usersOf(ws)).toEqual(['u1', 'u2']);
  });

  it('are what the cold load reads: the chunks are not needed once the aggregate is stored', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    await stageDataset(db, record('a', ws));
    await new ChunkStager(db, 'a').write(events('u1'));
    // An aggregate that differs from the chunk shows which of the two was read.
    await stageEventAggregate(db, 'a', aggregateFrames([events('other')]));
    await commitDataset(db, record('a', ws));
    expect(await usersOf(ws)).toEqual(['other']);
  });

  it('go with a discarded import, a deleted dataset and a deleted workspace', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    await stage('keep', ws, events('k'));
    await commitDataset(db, record('keep', ws));
    await stage('cancelled', ws, events('c'));
    await deleteDataset(db, 'cancelled');
    expect(await owners()).toEqual(['keep']);
    expect(await usersOf(ws)).toEqual(['k']);
    await deleteDataset(db, 'keep');
    expect(await owners()).toEqual([]);
    await stage('w', ws, events('w'));
    await commitDataset(db, record('w', ws));
    await deleteWorkspace(db, ws);
    expect(await owners()).toEqual([]);
  });

  it('of a replaced dataset disappear in the commit of the new one', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    await stage('old', ws, events('o'));
    await commitDataset(db, record('old', ws));
    await stage('new', ws, events('n'));
    await commitDataset(db, record('new', ws), 'old');
    expect(await owners()).toEqual(['new']);
    expect(await usersOf(ws)).toEqual(['n']);
  });

  it('left by a crash are removed at start-up, alone or with their chunks, but not while running', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    await stage('ok', ws, events('a'));
    await commitDataset(db, record('ok', ws));
    await stage('crashed', ws, events('b'));
    await stageEventAggregate(db, 'orphan', aggregateFrames([events('c')])); // written before its record
    await stage('running', ws, events('d'));
    expect(await removeStaleStaging(db, new Set(['running']))).toBe(2);
    expect(await owners()).toEqual(['ok', 'running']);
    expect((await db.chunks.toArray()).map((c) => c.datasetId).sort()).toEqual(['ok', 'running']);
  });

  it('of several events datasets merge, users matched by id', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    await stage('a', ws, events('u1', 'u2'));
    await commitDataset(db, record('a', ws));
    await stage('b', ws, events('u2', 'u3'));
    await commitDataset(db, record('b', ws));
    const data = await loadWorkspaceData(db, ws);
    expect([...data.events!.users].sort()).toEqual(['u1', 'u2', 'u3']);
  });
});

describe('event aggregates stored before version 5', () => {
  it('are read as they were stored, unpacked', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    const frame = events('u1', 'u2', 'u1');
    await stageDataset(db, record('old', ws));
    await new ChunkStager(db, 'old').write(frame);
    await db.eventAggregates.put({ datasetId: 'old', aggregate: aggregateFrames([frame]) });
    await commitDataset(db, record('old', ws));
    const data = await loadWorkspaceData(db, ws);
    expect(data.events!.users).toEqual(['u1', 'u2']);
    expect([...data.events!.first]).toEqual([T0, T0 + DAY]);
    expect([...data.events!.last]).toEqual([T0 + 2 * DAY, T0 + DAY]);
  });
});

describe('events datasets stored before aggregates', () => {
  it('get their aggregate built from the chunks on first load, and stored', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    await stageDataset(db, record('legacy', ws));
    const chunks = new ChunkStager(db, 'legacy');
    await chunks.write(events('u1', 'u2'));
    await chunks.write(events('u3'));
    await commitDataset(db, record('legacy', ws));
    expect(await owners()).toEqual([]);
    const data = await loadWorkspaceData(db, ws);
    expect(data.events!.users).toEqual(['u1', 'u2', 'u3']);
    const stored = await db.eventAggregates.get('legacy');
    expect(unpackAggregate(stored!.packed!)).toEqual(data.events);
  });

  it('survive the schema upgrade from version 1, then load through their new aggregate', async () => {
    const name = `legacy-v1-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      workspaces: 'id',
      datasets: 'id, workspaceId, state, hash',
      chunks: '[datasetId+index], datasetId',
      settings: 'workspaceId',
      mappings: 'signature',
      meta: 'key',
    });
    await v1.open();
    await v1.table('workspaces').put({ id: 'w', name: 'Old', createdAt: 1, demo: false });
    await v1.table('datasets').put({ ...record('e', 'w'), state: 'ready' });
    await v1.table('chunks').put({ datasetId: 'e', index: 0, frame: events('x', 'y', 'x') });
    v1.close();
    const upgraded = new YardstickDb(name);
    try {
      const data = await loadWorkspaceData(upgraded, 'w');
      expect(data.events!.users).toEqual(['x', 'y']);
      expect(await upgraded.eventAggregates.count()).toBe(1);
    } finally {
      await upgraded.delete();
    }
  });
});

describe('the streaming import of an events file', () => {
  const file = () => {
    const bytes = readFileSync(new URL('../../fixtures/public/events.csv', import.meta.url));
    return new File([bytes], 'events.csv');
  };

  it('stores the aggregate of exactly the chunks it stores', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    const quiet: ImportControl = { cancelled: () => false, progress: () => undefined };
    const answer = await importFile(db, ws, file(), { locale: 'en-US', chunkRows: 5000 }, quiet);
    const frames = await storedFrames(db, answer.dataset.id);
    expect(frames.length).toBeGreaterThan(1);
    const stored = await db.eventAggregates.get(answer.dataset.id);
    expect(unpackAggregate(stored!.packed!)).toEqual(aggregateFrames(frames));
  });

  it('leaves no aggregate behind when cancelled after the aggregate was staged', async () => {
    const ws = (await createWorkspace(db, 'Main', 'en-US')).id;
    let staged = false;
    db.eventAggregates.hook('creating', () => {
      staged = true;
    });
    const control: ImportControl = { cancelled: () => staged, progress: () => undefined };
    await expect(importFile(db, ws, file(), { locale: 'en-US' }, control)).rejects.toBeInstanceOf(
      ImportCancelled,
    );
    expect(staged).toBe(true);
    expect(await db.eventAggregates.count()).toBe(0);
    expect(await db.chunks.count()).toBe(0);
    expect(await db.datasets.count()).toBe(0);
  });
});

describe('the aggregate built with the chunk packer’s codes', () => {
  it('is the aggregate built by looking every user up, users numbered alike', () => {
    const withTimes = (frame: Frame, missing: number[]): Frame => {
      const times = (frame.columns.get('timestamp') as { values: Float64Array }).values.slice();
      for (const r of missing) times[r] = NaN;
      return { rows: frame.rows, columns: new Map([...frame.columns, ['timestamp', timeColumn(times)]]) };
    };
    const frames = [
      // `late` has no time in the first chunk: it is a user only from the chunk where it has one.
      withTimes(events('a', 'late', 'b', 'a'), [1]),
      events('c', 'b', 'late', 'a'),
      withTimes(events('d', 'c', 'c', 'late'), [0]),
      events('d', 'e', 'b'),
    ];
    const packer = new ChunkPacker();
    const aggregator = new EventAggregator();
    for (const frame of frames) {
      packer.pack(frame);
      aggregator.add(frame, (name) => packer.datasetCodes(name));
    }
    const shared = aggregator.finish();
    expect(shared).toEqual(aggregateFrames(frames));
    expect(shared.users).toEqual(['a', 'b', 'c', 'late', 'd', 'e']);
  });

  it('counts a user once when a chunk dictionary lists its id twice (a hand-edited snapshot)', () => {
    const once = events('a', 'b', 'a', 'a');
    const twice: Frame = {
      rows: 4,
      columns: new Map([
        ...once.columns,
        ['user_id', textColumn(Int32Array.from([0, 1, 2, 0]), ['a', 'b', 'a'])],
      ]),
    };
    expect(aggregateFrames([twice])).toEqual(aggregateFrames([once]));
  });
});
