// The worker's alerts request on a real (fake-indexeddb) database: new alerts stored once, history
// read, unread counted, snoozes kept and ended by an import.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertRule } from '../../../src/core/alerts/model.ts';
import type { WorkspaceMetrics } from '../../../src/core/metrics/types.ts';
import { putRule } from '../../../src/db/alerts.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { evaluateAlerts } from '../../../src/worker/alerts.ts';
import { stagedRecord } from '../db/records.ts';

let db: YardstickDb;
let n = 0;
beforeEach(async () => {
  db = new YardstickDb(`worker-alerts-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const metrics: WorkspaceMetrics = {
  months: ['2024-01', '2024-02', '2024-03', '2024-04'],
  values: { nrr: [99, 93, 92, 97] },
  sources: {},
  inputs: {},
  cohorts: null,
  inProgress: false,
};
/** What the engine answers for a workspace with neither datasets nor stored KPI values. */
const nothing: WorkspaceMetrics = { ...metrics, months: [], values: {} };
const deps = (months = metrics) => ({
  db,
  wholeMonths: async () => ({ metrics: months }),
  latest: async () => Date.UTC(2024, 3, 20),
});
// Made on 10 March 2024: January and February have ended, they are history.
const MADE = Date.UTC(2024, 2, 10);
const rule: AlertRule = {
  id: 'r',
  workspaceId: 'w',
  kpi: 'nrr',
  condition: { type: 'threshold', op: '<', value: 95, recoverAt: null },
  forMonths: 1,
  paused: false,
  snoozedUntil: null,
  snoozedUntilImport: false,
  createdAt: MADE,
  updatedAt: MADE,
};

async function addDataset(importedAt: number): Promise<void> {
  await db.datasets.put({ ...stagedRecord(`d${importedAt}`, 'w', { state: 'ready' }), importedAt });
}

describe('alerts request', () => {
  it('stores raised and resolved alerts once, history already read', async () => {
    await addDataset(1);
    await putRule(db, rule);
    const first = await evaluateAlerts(deps(), 'w', MADE + 1);
    // 93 < 95 raised in Feb (history), 97 resolves it in Apr (after the rule was made).
    expect(first.alerts.map((a) => [a.month, a.state, a.value, a.read])).toEqual([
      ['2024-04', 'resolved', 97, false],
      ['2024-02', 'raised', 93, true],
    ]);
    expect(first.unread).toBe(1);
    expect(first.fresh).toEqual([]);
    expect(first.latest).toBe(Date.UTC(2024, 3, 20));
    expect(first.kinds).toEqual(['nps']);
    expect(first.series.months).toEqual(metrics.months);
    const again = await evaluateAlerts(deps(), 'w', MADE + 2);
    expect(again.alerts).toEqual(first.alerts);
    expect(await db.alerts.count()).toBe(2);
  });

  it('a rule snoozed until the next import stays quiet until an import comes after it', async () => {
    await addDataset(1);
    await putRule(db, { ...rule, snoozedUntilImport: true, updatedAt: MADE });
    expect((await evaluateAlerts(deps(), 'w', MADE + 1)).alerts).toEqual([]);
    await addDataset(MADE + 5);
    const after = await evaluateAlerts(deps(), 'w', MADE + 6);
    expect(after.alerts).toHaveLength(2);
    expect(after.rules[0]).toMatchObject({ snoozedUntilImport: false, updatedAt: MADE + 6 });
  });

  it('answers the newly raised alerts that are not history, for notifications', async () => {
    await addDataset(1);
    await putRule(db, { ...rule, createdAt: Date.UTC(2024, 0, 1) });
    const answer = await evaluateAlerts(deps(), 'w', MADE);
    expect(answer.fresh.map((a) => a.id)).toEqual(['r|2024-02|raised']);
    expect(answer.unread).toBe(2);
    expect((await evaluateAlerts(deps(), 'w', MADE + 1)).fresh).toEqual([]);
  });

  it('a workspace without data evaluates nothing and says so', async () => {
    await putRule(db, rule);
    const answer = await evaluateAlerts(deps(nothing), 'w', MADE);
    expect(answer).toMatchObject({ alerts: [], unread: 0, latest: null, kinds: [], series: { months: [] } });
    expect(answer.rules).toHaveLength(1);
  });
});
