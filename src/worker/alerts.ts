// The `alerts` request: evaluate the workspace's rules over every month of the whole workspace
// (no segment), store what is new in one transaction, answer with everything the page shows.
import type { MonthValue } from '../core/alerts/evaluate.ts';
import type { Alert, AlertRule } from '../core/alerts/model.ts';
import { planEvaluation, type MonthSeries } from '../core/alerts/plan.ts';
import { newestFirst } from '../core/alerts/words.ts';
import type { WorkspaceMetrics } from '../core/metrics/types.ts';
import { listAlerts, listRules } from '../db/alerts.ts';
import { readyDatasets } from '../db/datasets.ts';
import type { YardstickDb } from '../db/schema.ts';

export interface AlertsAnswer {
  rules: AlertRule[];
  /** Every stored alert of the workspace, newest first. */
  alerts: Alert[];
  unread: number;
  /** Alerts this evaluation raised that are not history: what a notification announces. */
  fresh: Alert[];
  /** Every KPI of every month of the whole workspace: the rule form's live preview reads it. */
  series: MonthSeries;
  /** The latest data point of the workspace (epoch ms; null when there is none). */
  latest: number | null;
  /** The kinds of the workspace's datasets, for the stale-data notice. */
  kinds: string[];
}

export interface AlertsDeps {
  db: YardstickDb;
  wholeMonths: (workspaceId: string) => Promise<{ metrics: WorkspaceMetrics }>;
  latest: (workspaceId: string) => Promise<number>;
}

export async function evaluateAlerts(
  deps: AlertsDeps,
  workspaceId: string,
  now: number,
): Promise<AlertsAnswer> {
  const { db } = deps;
  const datasets = await readyDatasets(db, workspaceId);
  // The whole workspace's months: from its datasets or, in a workspace saved from a shared
  // snapshot of KPIs (interfaces.md §3), from the values it holds. Goals read the same months.
  const { metrics } = await deps.wholeMonths(workspaceId);
  const series: MonthSeries = {
    months: metrics.months,
    values: metrics.values as Record<string, MonthValue[]>,
  };
  let latest: number | null = null;
  if (datasets.length) {
    const t = await deps.latest(workspaceId);
    latest = Number.isFinite(t) ? t : null;
  }
  const lastImport = datasets.reduce((m, d) => Math.max(m, d.importedAt), 0);
  // Read, plan and write in one transaction: two evaluations racing (two tabs) cannot both add the
  // same alert, and a rule deleted meanwhile gets none.
  const fresh = await db.transaction('rw', db.alertRules, db.alerts, async () => {
    const rules = await listRules(db, workspaceId);
    const stored = new Set(
      (await db.alerts.where('workspaceId').equals(workspaceId).primaryKeys()).map(String),
    );
    const plan = planEvaluation({ workspaceId, rules, series, stored, now, lastImport });
    if (plan.woken.length) await db.alertRules.bulkPut(plan.woken);
    if (plan.add.length) await db.alerts.bulkAdd(plan.add);
    return plan.add.filter((a) => a.state === 'raised' && !a.read);
  });
  const alerts = (await listAlerts(db, workspaceId)).sort(newestFirst);
  return {
    rules: await listRules(db, workspaceId),
    alerts,
    unread: alerts.filter((a) => !a.read).length,
    fresh,
    series,
    latest,
    kinds: [...new Set(datasets.map((d) => d.kind))],
  };
}
