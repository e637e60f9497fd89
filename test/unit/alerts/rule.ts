// An alert rule as stored, with the fields a test does not care about filled in.
import type { AlertRule } from '../../../src/core/alerts/model.ts';

export function alertRule(over: Partial<AlertRule> = {}, at = Date.UTC(2024, 4, 15)): AlertRule {
  return {
    id: 'r1',
    workspaceId: 'w',
    kpi: 'customer_churn_rate',
    condition: { type: 'threshold', op: '>', value: 5, recoverAt: null },
    forMonths: 1,
    paused: false,
    snoozedUntil: null,
    snoozedUntilImport: false,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}
