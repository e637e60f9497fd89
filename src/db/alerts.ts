// Alert rules and the alerts they raised, per workspace. Records are validated on read: a record
// that does not fit the schema (a damaged or foreign write) is left out rather than shown wrong.
import * as v from 'valibot';
import { AlertRuleSchema, AlertSchema, type Alert, type AlertRule } from '../core/alerts/model.ts';
import type { YardstickDb } from './schema.ts';

const valid = <T>(schema: v.GenericSchema<T>, rows: unknown[]): T[] =>
  rows.flatMap((r) => {
    const parsed = v.safeParse(schema, r);
    return parsed.success ? [parsed.output] : [];
  });

export async function listRules(db: YardstickDb, workspaceId: string): Promise<AlertRule[]> {
  const rows = await db.alertRules.where('workspaceId').equals(workspaceId).toArray();
  return valid(AlertRuleSchema, rows).sort((a, b) => a.createdAt - b.createdAt);
}

export async function listAlerts(db: YardstickDb, workspaceId: string): Promise<Alert[]> {
  return valid(AlertSchema, await db.alerts.where('workspaceId').equals(workspaceId).toArray());
}

/** Adds or replaces a rule; the schema is checked before anything is written. */
export async function putRule(db: YardstickDb, rule: AlertRule): Promise<void> {
  await db.alertRules.put(v.parse(AlertRuleSchema, rule));
}

/** Adds several rules in one transaction (the suggested rules). */
export async function addRules(db: YardstickDb, rules: readonly AlertRule[]): Promise<void> {
  const checked = rules.map((r) => v.parse(AlertRuleSchema, r));
  await db.alertRules.bulkAdd(checked);
}

/** Deletes a rule with its alerts: they could no longer say what they watched. */
export async function deleteRule(db: YardstickDb, ruleId: string): Promise<void> {
  await db.transaction('rw', db.alertRules, db.alerts, async () => {
    await db.alerts.where('ruleId').equals(ruleId).delete();
    await db.alertRules.delete(ruleId);
  });
}

export async function markRead(db: YardstickDb, ids: readonly string[]): Promise<void> {
  await db.alerts.where('id').anyOf(ids).modify({ read: true });
}

export async function markAllRead(db: YardstickDb, workspaceId: string): Promise<void> {
  await db.alerts.where('workspaceId').equals(workspaceId).modify({ read: true });
}
