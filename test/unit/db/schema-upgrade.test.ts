// Databases written by earlier schemas open in this build with everything they held: version 3
// gets the table of goal bases version 4 adds, version 4's chunks are read as they were stored.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { numberColumn, textColumn, type Column, type Frame } from '../../../src/core/datasets/frame.ts';
import { frameRows } from '../../../src/core/datasets/frame-rows.ts';
import {
  ChunkStager,
  commitDataset,
  loadWorkspaceData,
  readyDatasets,
  stageDataset,
} from '../../../src/db/datasets.ts';
import { LATEST_VERSION, YardstickDb } from '../../../src/db/schema.ts';
import { getSettings, listWorkspaces } from '../../../src/db/workspaces.ts';
import { stagedRecord } from './records.ts';

let n = 0;
const opened: Dexie[] = [];

afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

/** The schema exactly as version 3 declared it. */
function version3(name: string): Dexie {
  const d = new Dexie(name);
  d.version(1).stores({
    workspaces: 'id',
    datasets: 'id, workspaceId, state, hash',
    chunks: '[datasetId+index], datasetId',
    settings: 'workspaceId',
    mappings: 'signature',
    meta: 'key',
  });
  d.version(2).stores({ eventAggregates: 'datasetId' });
  d.version(3).stores({
    goals: 'id, workspaceId',
    alertRules: 'id, workspaceId',
    alerts: 'id, workspaceId, ruleId',
  });
  return d;
}

describe('schema version 4', () => {
  it('upgrades a version 3 database, keeping its data and adding goal bases', async () => {
    const name = `upgrade-v3-${++n}`;
    const old = version3(name);
    await old.open();
    await old.table('workspaces').put({ id: 'w', name: 'Old', createdAt: 1, demo: false });
    await old.table('settings').put({
      workspaceId: 'w',
      locale: 'pl',
      gross_margin: 0.8,
      activation_event: '',
      fx: {},
      currency: null,
    });
    await old.table('datasets').put(stagedRecord('d', 'w', { state: 'ready', rowsStored: 3 }));
    await old.table('meta').put({ key: 'seen', value: true });
    old.close();

    const db = new YardstickDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await db.meta.get('seen'))?.value).toBe(true);
    expect(db.tables.map((t) => t.name)).toContain('goalBases');
    expect((await listWorkspaces(db)).map((w) => w.name)).toEqual(['Old']);
    expect((await getSettings(db, 'w')).gross_margin).toBe(0.8);
    expect((await readyDatasets(db, 'w')).map((d) => [d.id, d.rowsStored])).toEqual([['d', 3]]);
  });
});

describe('schema version 5', () => {
  it('reads the chunks a version 4 database holds, and packs what it writes next', async () => {
    const name = `upgrade-v4-${++n}`;
    const old = version3(name);
    old.version(4).stores({ goalBases: 'workspaceId' });
    await old.open();
    await old.table('workspaces').put({ id: 'w', name: 'Old', createdAt: 1, demo: false });
    await old.table('datasets').put({
      ...stagedRecord('s', 'w', { state: 'ready', rowsStored: 3, chunkCount: 2 }),
      kind: 'subscriptions',
    });
    const subs = (customers: string[], codes: number[], amounts: number[]): Frame => ({
      rows: codes.length,
      columns: new Map<string, Column>([
        ['customer_id', textColumn(Int32Array.from(codes), customers)],
        ['amount', numberColumn(Float64Array.from(amounts))],
      ]),
    });
    // As version 4 stored them: each chunk with a dictionary of its own.
    await old.table('chunks').put({ datasetId: 's', index: 0, frame: subs(['c1', 'c2'], [0, 1], [10, 20]) });
    await old.table('chunks').put({ datasetId: 's', index: 1, frame: subs(['c2'], [0], [30.5]) });
    old.close();

    const db = new YardstickDb(name);
    opened.push(db);
    const data = await loadWorkspaceData(db, 'w');
    expect(frameRows([data.subscriptions!])).toEqual([
      ['customer_id', 'amount'],
      ['c1', 10],
      ['c2', 20],
      ['c2', 30.5],
    ]);
    // Left as they were stored.
    expect((await db.chunks.get(['s', 0]))!.frame).toBeDefined();
    // A new import beside them is written packed and read with them.
    await stageDataset(db, {
      ...stagedRecord('n', 'w', { rowsStored: 1, chunkCount: 1 }),
      kind: 'subscriptions',
    });
    await new ChunkStager(db, 'n').write(subs(['c9'], [0], [5]));
    await commitDataset(db, {
      ...stagedRecord('n', 'w', { rowsStored: 1, chunkCount: 1, importedAt: 2 }),
      kind: 'subscriptions',
    });
    expect((await db.chunks.get(['n', 0]))!.packed).toBeDefined();
    const both = await loadWorkspaceData(db, 'w');
    expect(frameRows([both.subscriptions!]).slice(1)).toEqual([
      ['c1', 10],
      ['c2', 20],
      ['c2', 30.5],
      ['c9', 5],
    ]);
  });
});
