// Schema step 3 ("goals and alerts") on a database a version-2 build wrote: everything stored
// before is still there, and rules and alerts can be stored, read and deleted with the workspace.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import type { Alert, AlertRule } from '../../../src/core/alerts/model.ts';
import { deleteRule, listAlerts, listRules, markAllRead, putRule } from '../../../src/db/alerts.ts';
import { LATEST_VERSION, YardstickDb } from '../../../src/db/schema.ts';
import { deleteWorkspace } from '../../../src/db/workspaces.ts';
import { stagedRecord } from './records.ts';

const NAME = 'alerts-upgrade';
afterEach(async () => {
  await Dexie.delete(NAME);
});

/** The schema exactly as version 2 declared it. */
async function writeVersion2(): Promise<void> {
  const old = new Dexie(NAME);
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
  await old.table('workspaces').add({ id: 'w', name: 'Acme', createdAt: 1, demo: false });
  await old
    .table('datasets')
    .add({ ...stagedRecord('d1', 'w', { state: 'ready', rowsStored: 3 }), importedAt: 5 });
  await old.table('chunks').add({ datasetId: 'd1', index: 0, frame: { rows: 3, columns: new Map() } });
  await old.table('settings').add({
    workspaceId: 'w',
    gross_margin: 0.8,
    activation_event: '',
    fx: {},
    currency: 'EUR',
    locale: 'pl',
  });
  await old.table('mappings').add({ signature: 's', kind: 'nps', mapping: { a: 'b' } });
  expect(old.verno).toBe(2);
  old.close();
}

const rule: AlertRule = {
  id: 'r1',
  workspaceId: 'w',
  kpi: 'nrr',
  condition: { type: 'threshold', op: '<', value: 95, recoverAt: null },
  forMonths: 1,
  paused: false,
  snoozedUntil: null,
  snoozedUntilImport: false,
  createdAt: 10,
  updatedAt: 10,
};
const alert: Alert = {
  id: 'r1|2024-03|raised',
  workspaceId: 'w',
  ruleId: 'r1',
  kpi: 'nrr',
  month: '2024-03',
  state: 'raised',
  value: 91.5,
  createdAt: 11,
  read: false,
};

it('a version-2 database with data upgrades to 3 with nothing lost', async () => {
  await writeVersion2();
  const db = new YardstickDb(NAME);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  expect(await db.workspaces.get('w')).toEqual({ id: 'w', name: 'Acme', createdAt: 1, demo: false });
  expect((await db.datasets.get('d1'))?.rowsStored).toBe(3);
  expect(await db.chunks.where('datasetId').equals('d1').count()).toBe(1);
  expect((await db.settings.get('w'))?.currency).toBe('EUR');
  expect((await db.mappings.get('s'))?.mapping).toEqual({ a: 'b' });

  await putRule(db, rule);
  await db.alerts.add(alert);
  expect(await listRules(db, 'w')).toEqual([rule]);
  await markAllRead(db, 'w');
  expect(await listAlerts(db, 'w')).toEqual([{ ...alert, read: true }]);
  await deleteRule(db, 'r1');
  expect(await db.alerts.count()).toBe(0);

  await putRule(db, rule);
  await db.alerts.add(alert);
  await deleteWorkspace(db, 'w');
  expect(await db.alertRules.count()).toBe(0);
  expect(await db.alerts.count()).toBe(0);
  db.close();
});

it('a stored rule that does not fit the schema is left out, and a bad one is never written', async () => {
  const db = new YardstickDb(NAME);
  await db.open();
  await db.alertRules.add({ ...rule, id: 'bad', forMonths: 0 });
  await db.alertRules.add(rule);
  expect((await listRules(db, 'w')).map((r) => r.id)).toEqual(['r1']);
  await expect(putRule(db, { ...rule, id: 'r2', kpi: '' })).rejects.toThrow();
  expect(await db.alertRules.get('r2')).toBeUndefined();
  db.close();
});
