// A stored workspace of the public fixtures, imported through the real streaming import, with a
// goal, an alert rule and a raised alert beside it: what the snapshot tests export and restore.
import { readFileSync } from 'node:fs';
import type { Alert, AlertRule } from '../../../src/core/alerts/model.ts';
import type { Goal } from '../../../src/core/goals/model.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace, getSettings, putSettings } from '../../../src/db/workspaces.ts';
import { importFile } from '../../../src/worker/import-file.ts';
import { alertRule } from '../alerts/rule.ts';

const FIXTURES = new URL('../../fixtures/public/', import.meta.url);

export const FIXTURE_FILES = [
  'subscriptions_stripe.csv',
  'leads.csv',
  'nps.csv',
  'events.csv',
  'costs.csv',
  'balance_sheet.csv',
  'monthly_sheet.csv',
];

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function goalOf(workspaceId: string): Goal {
  return {
    id: 'goal-1',
    workspaceId,
    name: 'Grow MRR',
    owner: 'Ana',
    description: '',
    start: '2025-01-01',
    due: '2025-12-31',
    archived: false,
    createdAt: 1,
    updatedAt: 1,
    targets: [
      {
        id: 't1',
        name: 'MRR',
        override: null,
        kind: 'reach',
        kpi: 'mrr',
        from: 1000,
        to: 5000,
        checkIns: [],
      },
    ],
    history: [],
  };
}

export function ruleOf(workspaceId: string): AlertRule {
  return alertRule({ id: 'rule-1', workspaceId }, 1);
}

export function alertOf(workspaceId: string): Alert {
  return {
    id: 'rule-1|2025-03|raised',
    workspaceId,
    ruleId: 'rule-1',
    kpi: 'customer_churn_rate',
    month: '2025-03',
    state: 'raised',
    value: 6,
    createdAt: 1,
    read: false,
  };
}

let n = 0;

/** A fresh database holding the fixtures' workspace; small chunks so every dataset has several. */
export async function fixturesWorkspace(): Promise<{ db: YardstickDb; workspaceId: string }> {
  const db = new YardstickDb(`snapshot-${++n}-${Math.random()}`);
  await db.open();
  const ws = await createWorkspace(db, 'Acme — KPIs', 'en-US');
  const quiet = { cancelled: () => false, progress: () => undefined };
  for (const name of FIXTURE_FILES) {
    const file = new File([readFileSync(new URL(name, FIXTURES))], name);
    await importFile(db, ws.id, file, { locale: 'en-US', chunkRows: 200 }, quiet);
  }
  await putSettings(db, {
    ...(await getSettings(db, ws.id)),
    activation_event: 'activated',
    currency: 'USD',
  });
  await db.goals.put(goalOf(ws.id));
  await db.alertRules.put(ruleOf(ws.id));
  await db.alerts.put(alertOf(ws.id));
  return { db, workspaceId: ws.id };
}
