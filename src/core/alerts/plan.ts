// What one evaluation of a workspace's rules stores (metrics.md §16, issue rules on history and
// snoozing): new alerts only (an id is never stored twice), history already read, nothing from a
// rule that is paused or snoozed. Pure, so the worker only reads and writes.
import { monthEnd, parseMonthKey } from '../metrics/time.ts';
import { evaluateRule, type MonthValue } from './evaluate.ts';
import { alertId, type Alert, type AlertRule } from './model.ts';

export interface MonthSeries {
  months: readonly string[];
  values: Readonly<Record<string, readonly MonthValue[]>>;
}

export interface PlanInput {
  workspaceId: string;
  rules: readonly AlertRule[];
  series: MonthSeries;
  /** Ids of the alerts already stored for these rules. */
  stored: ReadonlySet<string>;
  /** The moment of this evaluation (epoch ms). */
  now: number;
  /** The latest `importedAt` of the workspace's datasets (0 when none). */
  lastImport: number;
}

export interface Plan {
  /** Alerts to add, in month order. */
  add: Alert[];
  /** Rules whose "until the next import" snooze an import has ended. */
  woken: AlertRule[];
}

/** `YYYY-MM-DD` of an instant, in UTC. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** A rule raises nothing while paused, up to and including its snooze day, or until an import. */
export function quiet(rule: AlertRule, now: number, lastImport: number): boolean {
  if (rule.paused) return true;
  if (rule.snoozedUntil !== null && isoDay(now) <= rule.snoozedUntil) return true;
  return rule.snoozedUntilImport && lastImport <= rule.updatedAt;
}

/** A month that ended before the rule was created is history: its alert is stored already read. */
export function isHistory(rule: AlertRule, month: string): boolean {
  const serial = parseMonthKey(month);
  return Number.isFinite(serial) && monthEnd(serial) < rule.createdAt;
}

export function planEvaluation(input: PlanInput): Plan {
  const { series, stored, now } = input;
  const add: Alert[] = [];
  const woken: AlertRule[] = [];
  for (const rule of input.rules) {
    // An import after the snooze was set ends an "until the next import" snooze: that import is
    // evaluated with the rule awake.
    if (rule.snoozedUntilImport && input.lastImport > rule.updatedAt && !rule.paused)
      woken.push({ ...rule, snoozedUntilImport: false, updatedAt: now });
    if (quiet(rule, now, input.lastImport)) continue;
    const values = series.values[rule.kpi];
    if (!values) continue;
    const e = evaluateRule(rule, values);
    const events = [
      ...e.raised.map((k) => [k, 'raised'] as const),
      ...e.resolved.map((k) => [k, 'resolved'] as const),
    ].sort((a, b) => a[0] - b[0]);
    for (const [k, state] of events) {
      const month = series.months[k];
      const id = alertId(rule.id, month, state);
      if (stored.has(id)) continue;
      add.push({
        id,
        workspaceId: input.workspaceId,
        ruleId: rule.id,
        kpi: rule.kpi,
        month,
        state,
        value: values[k] ?? null,
        createdAt: now,
        read: isHistory(rule, month),
      });
    }
  }
  return { add, woken };
}
