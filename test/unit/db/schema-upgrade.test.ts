// A database written by the previous schema (version 3) opens in this build with everything it
// held, and with the table of goal bases version 4 adds.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
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
    expect(db.verno).toBe(4);
    expect((await db.meta.get('seen'))?.value).toBe(true);
    expect(db.tables.map((t) => t.name)).toContain('goalBases');
    expect((await listWorkspaces(db)).map((w) => w.name)).toEqual(['Old']);
    expect((await getSettings(db, 'w')).gross_margin).toBe(0.8);
    expect((await readyDatasets(db, 'w')).map((d) => [d.id, d.rowsStored])).toEqual([['d', 3]]);
  });
});
