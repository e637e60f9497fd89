// Goals in IndexedDB: the version-3 upgrade keeps what version 2 stored; goals are validated on
// read and write, changed in one transaction, and deleted with their workspace.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteGoal, listGoals, putGoal, updateGoal } from '../../../src/db/goals.ts';
import { LATEST_VERSION, YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace, deleteWorkspace } from '../../../src/db/workspaces.ts';
import { goal, reach } from '../goals/goal-fixtures.ts';

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function fresh(): YardstickDb {
  const db = new YardstickDb(`goals-${++n}`);
  opened.push(db);
  return db;
}

describe('schema step 3, "goals and alerts"', () => {
  it('keeps everything a version-2 database held', async () => {
    const name = `upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(1).stores({
      workspaces: 'id',
      datasets: 'id, workspaceId, state, hash',
      chunks: '[datasetId+index], datasetId',
      settings: 'workspaceId',
      mappings: 'signature',
      meta: 'key',
    });
    old.version(2).stores({ eventAggregates: 'datasetId' });
    await old.open();
    await old.table('workspaces').add({ id: 'w1', name: 'Main', createdAt: 1, demo: false });
    await old.table('datasets').add({ id: 'd1', workspaceId: 'w1', state: 'ready', hash: 'h', name: 'subs' });
    await old.table('chunks').add({ datasetId: 'd1', index: 0, frame: { rows: 1, columns: new Map() } });
    await old.table('settings').add({ workspaceId: 'w1', locale: 'pl', gross_margin: 0.7 });
    await old.table('eventAggregates').add({ datasetId: 'd1', aggregate: { users: ['u'] } });
    old.close();

    const db = new YardstickDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.workspaces.toArray()).toEqual([{ id: 'w1', name: 'Main', createdAt: 1, demo: false }]);
    expect((await db.datasets.get('d1'))?.name).toBe('subs');
    expect(await db.chunks.count()).toBe(1);
    expect(await db.settings.get('w1')).toMatchObject({ locale: 'pl', gross_margin: 0.7 });
    expect(await db.eventAggregates.count()).toBe(1);
    expect(await db.goals.count()).toBe(0);
    await putGoal(db, goal([reach()], { workspaceId: 'w1' }));
    expect((await listGoals(db, 'w1')).goals).toHaveLength(1);
  });
});

describe('stored goals', () => {
  it('are validated: an invalid goal is refused, a damaged record is counted, not returned', async () => {
    const db = fresh();
    await expect(putGoal(db, { ...goal([reach()]), due: '2025-13-01' })).rejects.toThrow();
    await putGoal(db, goal([reach()]));
    await db.goals.put({ ...goal([reach()]), id: 'broken', targets: [] });
    const stored = await listGoals(db, 'w');
    expect(stored.goals.map((g) => g.id)).toEqual(['g']);
    expect(stored.unreadable).toBe(1);
  });

  it('change from the stored version, and are deleted alone or with their workspace', async () => {
    const db = fresh();
    const ws = await createWorkspace(db, 'Main', 'en-US');
    await putGoal(db, goal([reach()], { workspaceId: ws.id }));
    await putGoal(db, goal([reach()], { id: 'g2', workspaceId: ws.id }));
    await updateGoal(db, 'g', (g) => ({ ...g, name: 'Renamed' }));
    expect((await db.goals.get('g'))?.name).toBe('Renamed');
    expect(await updateGoal(db, 'missing', (g) => g)).toBeNull();
    await deleteGoal(db, 'g2');
    expect(await db.goals.count()).toBe(1);
    await deleteWorkspace(db, ws.id);
    expect(await db.goals.count()).toBe(0);
  });
});
