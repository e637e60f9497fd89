// What an evaluation stores: never the same alert twice, history read, quiet rules silent.
import { describe, expect, it } from 'vitest';
import type { AlertRule } from '../../../src/core/alerts/model.ts';
import { planEvaluation, quiet } from '../../../src/core/alerts/plan.ts';
import { suggestedRules } from '../../../src/core/alerts/suggest.ts';
import { alertRule } from './rule.ts';

const MAY_15 = Date.UTC(2024, 4, 15);
const rule = (over: Partial<AlertRule> = {}): AlertRule => alertRule(over, MAY_15);
const series = {
  months: ['2024-02', '2024-03', '2024-04', '2024-05', '2024-06'],
  values: { customer_churn_rate: [6, 4, 7, 8, 2] },
};
const base = { workspaceId: 'w', series, stored: new Set<string>(), now: MAY_15 + 1, lastImport: 0 };

describe('planEvaluation', () => {
  it('stores raised and resolved months; months that ended before the rule existed are read', () => {
    const { add } = planEvaluation({ ...base, rules: [rule()] });
    expect(add.map((a) => [a.month, a.state, a.value, a.read])).toEqual([
      ['2024-02', 'raised', 6, true],
      ['2024-03', 'resolved', 4, true],
      ['2024-04', 'raised', 7, true],
      // May had not ended when the rule was made on 15 May: it rings.
      ['2024-06', 'resolved', 2, false],
    ]);
    expect(add[0].id).toBe('r1|2024-02|raised');
  });
  it('never stores an alert already stored', () => {
    const stored = new Set(['r1|2024-02|raised', 'r1|2024-04|raised']);
    const { add } = planEvaluation({ ...base, stored, rules: [rule()] });
    expect(add.map((a) => a.id)).toEqual(['r1|2024-03|resolved', 'r1|2024-06|resolved']);
  });
  it('a paused rule and a rule snoozed through today store nothing', () => {
    expect(planEvaluation({ ...base, rules: [rule({ paused: true })] }).add).toEqual([]);
    expect(planEvaluation({ ...base, rules: [rule({ snoozedUntil: '2024-05-15' })] }).add).toEqual([]);
    // The day after the snooze, the rule is awake again.
    const later = { ...base, now: Date.UTC(2024, 4, 16) };
    expect(planEvaluation({ ...later, rules: [rule({ snoozedUntil: '2024-05-15' })] }).add).toHaveLength(4);
  });
  it('"until the next import" ends with an import after the snooze was set', () => {
    const snoozed = rule({ snoozedUntilImport: true, updatedAt: MAY_15 });
    expect(quiet(snoozed, MAY_15 + 5, MAY_15 - 1)).toBe(true);
    const before = planEvaluation({ ...base, lastImport: MAY_15 - 1, rules: [snoozed] });
    expect(before).toEqual({ add: [], woken: [] });
    const after = planEvaluation({ ...base, now: MAY_15 + 9, lastImport: MAY_15 + 5, rules: [snoozed] });
    expect(after.add).toHaveLength(4);
    expect(after.woken).toEqual([{ ...snoozed, snoozedUntilImport: false, updatedAt: MAY_15 + 9 }]);
  });
  it('a rule on a KPI without values stores nothing', () => {
    expect(planEvaluation({ ...base, rules: [rule({ kpi: 'nps' })] }).add).toEqual([]);
  });
});

describe('suggestedRules', () => {
  it('the bad side of each band the workspace has, and MRR falling by 10 %', () => {
    const got = suggestedRules(['customer_churn_rate', 'nrr', 'quick_ratio', 'mrr', 'arr'], []);
    expect(got).toEqual([
      {
        kpi: 'customer_churn_rate',
        forMonths: 2,
        condition: { type: 'threshold', op: '>', value: 7, recoverAt: null },
      },
      { kpi: 'nrr', forMonths: 1, condition: { type: 'threshold', op: '<', value: 95, recoverAt: null } },
      {
        kpi: 'quick_ratio',
        forMonths: 1,
        condition: { type: 'threshold', op: '<', value: 0.5, recoverAt: null },
      },
      {
        kpi: 'mrr',
        forMonths: 1,
        condition: { type: 'change', direction: 'falls_by', by: 10, percent: true, minValue: null },
      },
    ]);
  });
  it('skips a rule that is already there', () => {
    const existing = [
      { kpi: 'nrr', condition: { type: 'threshold', op: '<', value: 95, recoverAt: null } as const },
    ];
    expect(suggestedRules(['nrr'], existing)).toEqual([]);
  });
});
