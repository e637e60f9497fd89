// A KPI value that sits exactly on a rule's threshold, recovery level, goal target or band edge.
//
// Workspace (every expected number below worked out by hand from metrics.md, not from the code):
// 120 customers on a $10/month plan from 2 Jan 2024; 20 of them end on 10 Feb, 7 more on 10 Mar.
//   §3: customers Jan 120, Feb 100, Mar 93; churned_customers Feb 20, Mar 7.
//   §4: customer_churn_rate = churned_customers(M) / customers(M−1) × 100
//       → Jan null (customers(M−1) = 0), Feb 20/120 × 100 = 16.67, Mar 7/100 × 100 = 7 exactly.
// Months of the range (§1, §14.1): 2024-01 … 2024-03 (the ends in March extend it).
//
// 7 % is the edge of §12's "bad" band (> 7) and the level of the suggested churn rule. A company
// of 100 customers losing 7 is an ordinary input; 7 / 100 × 100 in floating point is
// 7.000000000000001, which landed on the wrong side of every comparison made at 7.
import { describe, expect, it } from 'vitest';
import { alertsReport, parseAlertRules } from '../../../src/cli/alerts-file.ts';
import { planEvaluation } from '../../../src/core/alerts/plan.ts';
import { ingest } from '../../../src/core/datasets/ingest.ts';
import { evaluateGoal } from '../../../src/core/goals/evaluate.ts';
import { holds, reachProgress } from '../../../src/core/goals/rules.ts';
import { meetsCondition } from '../../../src/core/alerts/evaluate.ts';
import { bandFor } from '../../../src/core/metrics/catalogue.ts';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { DEFAULT_SETTINGS, workspaceDataOf } from '../../../src/core/workspace-data.ts';
import { boardCards, byColumn } from '../../../src/ui/board/board-model.ts';
import { goal, keep, reach } from '../goals/goal-fixtures.ts';
import { alertRule } from '../alerts/rule.ts';

function workspace() {
  const lines = ['customer_id,start_date,end_date,amount,interval,currency'];
  for (let i = 0; i < 120; i++) {
    const end = i < 20 ? '2024-02-10' : i < 27 ? '2024-03-10' : '';
    lines.push(`c${i},2024-01-02,${end},10,month,USD`);
  }
  const result = ingest(new TextEncoder().encode(lines.join('\n')), 'subs.csv', { locale: 'en-US' });
  return computeWorkspace(workspaceDataOf([result]), DEFAULT_SETTINGS);
}

const metrics = workspace();

describe('alert rules at exactly the threshold (metrics.md §16)', () => {
  it('report --alerts: "churn > 7" does not hold in a month of exactly 7 % churn', () => {
    // §16: "threshold: `v op h`". Mar: v = 7, and 7 > 7 is false, so the rule (raised in Feb,
    // 16.67 > 7) stops firing in Mar: "if it was firing, it stays firing unless month k has a value
    // that ... does not meet the condition (without r)" → resolved in 2024-03.
    const rule = { kpi: 'customer_churn_rate', type: 'threshold', op: '>', value: 7 };
    // The workspace is the one worked out above (these lines hold; the deviation is below).
    expect(metrics.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(metrics.values.customers).toEqual([120, 100, 93]);
    expect(metrics.values.churned_customers).toEqual([0, 20, 7]);
    expect(alertsReport(parseAlertRules([rule]), metrics)).toEqual([
      { rule, raised: ['2024-02'], resolved: ['2024-03'] },
    ]);
  });

  it('report --alerts: recovery exactly at recover_at resolves the alert', () => {
    // §16: "once firing, the rule stays firing until a month whose value is on the good side of r
    // (for > / >=: v ≤ r ...)". Feb 16.67 > 10 → raised; Mar v = 7 ≤ r = 7 → resolved in 2024-03.
    const rule = { kpi: 'customer_churn_rate', type: 'threshold', op: '>', value: 10, recover_at: 7 };
    expect(alertsReport(parseAlertRules([rule]), metrics)).toEqual([
      { rule, raised: ['2024-02'], resolved: ['2024-03'] },
    ]);
  });

  it('app (planEvaluation): the suggested rule "churn > 7" is resolved in the 7 % month', () => {
    // Same rule as the first test, through what the worker stores (src/core/alerts/plan.ts):
    // §16 "An alert is raised in each month k where the rule fires and did not fire in k − 1, and
    // resolved in each month where it stops firing" → raised 2024-02, resolved 2024-03.
    const at = Date.UTC(2024, 5, 1);
    const rule = alertRule(
      {
        id: 'churn',
        condition: { type: 'threshold', op: '>', value: 7, recoverAt: null },
      },
      at,
    );
    const { add } = planEvaluation({
      workspaceId: 'w',
      rules: [rule],
      series: { months: metrics.months, values: metrics.values },
      stored: new Set(),
      now: at,
      lastImport: 0,
    });
    expect(add.map((a) => [a.month, a.state])).toEqual([
      ['2024-02', 'raised'],
      ['2024-03', 'resolved'],
    ]);
  });
});

describe('goals on the board at exactly their target (metrics.md §11)', () => {
  const today = Date.UTC(2024, 5, 1);

  it('a reach target "bring churn down from 10 to 7" is complete when churn is 7', () => {
    // §11 reach: "progress = (v − s)/(t − s), clamped to [0, 1]; it works both ways (t < s: 'bring
    // churn down to 3')". Every target linked → d = E(2024-03); v = Mar's value 7 →
    // progress = (7 − 10)/(7 − 10) = 1. Rule 2: "`complete` when progress = 1".
    // Board (interfaces.md §2): the card sits in the column of its status → `complete`.
    const g = goal([reach({ id: 't', kpi: 'customer_churn_rate', from: 10, to: 7 })], {
      start: '2024-01-01',
      due: '2024-12-31',
    });
    const evaluation = evaluateGoal(g, metrics, today);
    const columns = byColumn(boardCards([{ goal: g, evaluation }], { goal: '', owner: '', due: '' }));
    expect(columns.complete.map((c) => c.e.id)).toEqual(['t']);
    expect(evaluation.targets[0].progress).toBe(1);
  });

  it('a keep target "churn at most 7" holds in a month of 7 % churn', () => {
    // §11 keep: 'A month "holds" when its value v_m ... ≤ h (at_most)'. Months with a value from
    // the start month to month(d) = 2024-03: Feb 16.67 (fails), Mar 7 (holds: 7 ≤ 7).
    // Rule 3: the latest month with a value (Mar) holds and d = E(2024-03) is before the due date,
    // so neither complete, off_track nor at_risk applies → "else `on_track`"; progress = 1/2.
    const g = goal([keep({ id: 'k', kpi: 'customer_churn_rate', direction: 'at_most', threshold: 7 })], {
      start: '2024-01-01',
      due: '2024-12-31',
    });
    const evaluation = evaluateGoal(g, metrics, today);
    const columns = byColumn(boardCards([{ goal: g, evaluation }], { goal: '', owner: '', due: '' }));
    expect(columns.on_track.map((c) => c.e.id)).toEqual(['k']);
    expect(evaluation.targets[0].progress).toBe(0.5);
  });
});

describe('a level reached but for float noise (sums of cents)', () => {
  // 100 × 99.99 + 1.00 added up in floating point is 9,999.999999999984: a level of 10,000 is met.
  let mrr = 0;
  for (let i = 0; i < 100; i++) mrr += 99.99;
  mrr += 1;

  it('meets a rule, a target and a keep level set at the round number', () => {
    expect(mrr).not.toBe(10_000);
    const atLeast = { type: 'threshold' as const, op: '>=' as const, value: 10_000, recoverAt: null };
    expect(meetsCondition(atLeast, [mrr], 0)).toBe(true);
    expect(meetsCondition({ ...atLeast, op: '<' }, [mrr], 0)).toBe(false);
    expect(reachProgress(5_000, 10_000, mrr)).toBe(1);
    expect(holds(mrr, 'at_least', 10_000)).toBe(true);
    // A change rule watching MRR of at least 10,000 (min_value) sees this month's fall of 10 %.
    const fall = {
      type: 'change' as const,
      direction: 'falls_by' as const,
      by: 10,
      percent: true,
      minValue: 10_000,
    };
    expect(meetsCondition(fall, [mrr / 0.9, mrr], 1)).toBe(true);
  });

  it('puts a rate on a band edge in the band the edge belongs to (§12, edges inclusive)', () => {
    expect(bandFor('customer_churn_rate', 7.000000000000001)).toBe('watch');
    expect(bandFor('nrr', 94.99999999999999)).toBe('watch');
    expect(bandFor('nrr', 99.99999999999999)).toBe('good');
    // A real difference is not noise.
    expect(bandFor('customer_churn_rate', 7.001)).toBe('bad');
  });
});
