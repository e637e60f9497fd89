// Alert rules in a workspace of KPI values: a `kpis` snapshot saved as a workspace (interfaces.md
// §3) carries alert rules and every KPI id × month of the whole workspace, and no rows. The rules
// watch those months as they would a workspace's own (metrics.md §16), through the real engine.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { KpiTables } from '../../../src/core/snapshot/document.ts';
import type { WorkspaceMetrics } from '../../../src/core/metrics/types.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { writeContent } from '../../../src/db/workspace-content.ts';
import { createWorkspace, getSettings } from '../../../src/db/workspaces.ts';
import { createEngine, type Engine } from '../../../src/worker/engine.ts';
import type { EngineResponse } from '../../../src/worker/protocol.ts';
import { alertRule } from '../alerts/rule.ts';

let db: YardstickDb;
let engine: Engine;
let posted: EngineResponse[];
let n = 0;

beforeEach(async () => {
  posted = [];
  db = new YardstickDb(`alerts-kpi-values-${++n}`);
  await db.open();
  engine = createEngine({ db, post: (msg) => posted.push(msg) });
});
afterEach(async () => {
  await db.delete();
});

const table = (months: string[], values: Record<string, (number | null)[]>): WorkspaceMetrics => ({
  months,
  values,
  sources: {},
  inputs: {},
  cohorts: null,
  inProgress: false,
});

it('a rule of a workspace of KPI values is evaluated over its months (metrics.md §16)', async () => {
  const ws = (await createWorkspace(db, 'Shared KPIs', 'en-US')).id;
  const kpis: KpiTables = {
    month: table(['2024-01', '2024-02', '2024-03'], { nrr: [99, 93, 97] }),
    quarter: table(['2024-Q1'], { nrr: [97] }),
    year: table(['2024'], { nrr: [97] }),
  };
  const made = Date.UTC(2024, 0, 15);
  const rule = alertRule(
    {
      id: 'nrr-low',
      workspaceId: ws,
      kpi: 'nrr',
      condition: { type: 'threshold', op: '<', value: 95, recoverAt: null },
    },
    made,
  );
  // What "Save as workspace" stores for a kpis snapshot: settings, rules and the KPI tables, no rows.
  await writeContent(db, ws, {
    settings: await getSettings(db, ws),
    datasets: [],
    chunks: [],
    eventAggregates: [],
    goals: [],
    alertRules: [rule],
    alerts: [],
    kpis,
    hash: null,
  });

  await engine.handle({ type: 'alerts', id: 1, workspaceId: ws, now: Date.UTC(2024, 5, 1) });
  const answer = posted.find((m) => m.id === 1);
  expect(answer?.type).toBe('alerts');
  if (answer?.type !== 'alerts') return;
  // §16: "A rule watches one KPI id of the whole workspace (no segment) month by month".
  // nrr 99, 93, 97 with `nrr < 95`: Jan 99 does not meet it; Feb 93 < 95 → "An alert is raised in
  // each month k where the rule fires and did not fire in k − 1" → raised 2024-02; Mar 97 does not
  // meet it → "resolved in each month where it stops firing" → resolved 2024-03.
  expect(answer.answer.alerts.map((a) => [a.month, a.state]).sort()).toEqual([
    ['2024-02', 'raised'],
    ['2024-03', 'resolved'],
  ]);
});

it('a workspace with neither data nor values evaluates its rules over no months', async () => {
  const ws = (await createWorkspace(db, 'Empty', 'en-US')).id;
  await engine.handle({ type: 'alerts', id: 2, workspaceId: ws, now: Date.UTC(2024, 5, 1) });
  const answer = posted.find((m) => m.id === 2);
  expect(answer?.type).toBe('alerts');
  if (answer?.type !== 'alerts') return;
  expect(answer.answer).toMatchObject({ alerts: [], latest: null, series: { months: [] } });
});
