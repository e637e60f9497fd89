// Edge rules of metrics.md §2, §3, §3b and their §14 clarifications.
import { describe, expect, it } from 'vitest';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { normalisedMrr } from '../../../src/core/metrics/mrr.ts';
import { costsFrame, settings, subs, valueAt, type SubRow } from './frames.ts';

const run = (rows: SubRow[], over = {}, opts = {}) =>
  computeWorkspace({ subscriptions: subs(rows) }, settings(over), opts);
// A long-lived anchor customer keeps the range wide enough to look at Jan–Apr 2024.
const anchor: SubRow[] = [
  { customer_id: 'anchor', start: '2024-01-01', mrr: 1 },
  { customer_id: 'anchor', start: '2024-04-20', end: '2024-04-21', mrr: 0 },
];
const mrrOf = (rows: SubRow[], month: string, over = {}) =>
  valueAt(run([...anchor, ...rows], over), 'mrr', month)! - 1;

describe('normalised MRR (§2)', () => {
  it('applies interval factors, interval count, quantity and discount', () => {
    expect(normalisedMrr(30, 'month', { intervalCount: 3 })).toBe(10);
    expect(normalisedMrr(120, 'year')).toBe(10);
    expect(normalisedMrr(12, 'week')).toBeCloseTo((12 * 52) / 12, 12);
    expect(normalisedMrr(2, 'day')).toBeCloseTo((2 * 365) / 12, 12);
    expect(normalisedMrr(10, 'month', { quantity: 3, discountPercent: 50 })).toBe(15);
    expect(Number.isNaN(normalisedMrr(10, 'fortnight'))).toBe(true);
  });

  it('defaults quantity to 1 and discount to 0; a direct mrr wins over amount', () => {
    expect(mrrOf([{ customer_id: 'a', start: '2024-01-05', amount: 40 }], '2024-01')).toBe(40);
    expect(mrrOf([{ customer_id: 'a', start: '2024-01-05', amount: 40, mrr: 7 }], '2024-01')).toBe(7);
    expect(
      mrrOf(
        [{ customer_id: 'a', start: '2024-01-05', amount: 90, interval_unit: 'month', interval_count: 3 }],
        '2024-01',
      ),
    ).toBe(30);
  });

  it('converts by currency code with settings.fx, never the workspace currency itself', () => {
    const rows: SubRow[] = [
      { customer_id: 'a', start: '2024-01-05', amount: 10, currency: 'eur' },
      { customer_id: 'b', start: '2024-01-05', amount: 10, currency: 'USD' },
    ];
    expect(mrrOf(rows, '2024-01', { currency: 'USD', fx: { EUR: 2, USD: 5 } })).toBe(30);
    expect(mrrOf(rows, '2024-01', { currency: 'USD', fx: {} })).toBe(20);
  });
});

describe('live rule at E(M) (§2)', () => {
  it('an end exactly at E(M) is not live at E(M); an end one ms later is', () => {
    expect(
      mrrOf([{ customer_id: 'a', start: '2024-01-05', end: '2024-01-31T23:59:59.999Z', mrr: 10 }], '2024-01'),
    ).toBe(0);
    expect(
      mrrOf([{ customer_id: 'a', start: '2024-01-05', end: '2024-02-01T00:00:00.000Z', mrr: 10 }], '2024-01'),
    ).toBe(10);
  });

  it('a start exactly at E(M) counts in M', () => {
    expect(mrrOf([{ customer_id: 'a', start: '2024-01-31T23:59:59.999Z', mrr: 10 }], '2024-01')).toBe(10);
  });

  it('a trial ending exactly at E(M) counts in M, one ms later it does not', () => {
    const row = { customer_id: 'a', start: '2024-01-05', mrr: 10, status: 'trialing' };
    expect(mrrOf([{ ...row, trial_end: '2024-01-31T23:59:59.999Z' }], '2024-01')).toBe(10);
    expect(mrrOf([{ ...row, trial_end: '2024-02-01T00:00:00.000Z' }], '2024-01')).toBe(0);
    expect(mrrOf([{ ...row, trial_end: '2024-02-01T00:00:00.000Z' }], '2024-02')).toBe(10);
  });

  it('a plan change at 00:00 on the 1st is counted once on each side', () => {
    const r = run([
      ...anchor,
      { customer_id: 'a', start: '2024-01-10', end: '2024-02-01T00:00:00Z', mrr: 10 },
      { customer_id: 'a', start: '2024-02-01T00:00:00Z', mrr: 25 },
    ]);
    expect(valueAt(r, 'mrr', '2024-01')).toBe(11);
    expect(valueAt(r, 'mrr', '2024-02')).toBe(26);
    expect(valueAt(r, 'expansion_mrr', '2024-02')).toBe(15);
    expect(valueAt(r, 'new_customers', '2024-02')).toBe(0);
  });

  it('incomplete, incomplete_expired, trialing without trial_end and is_trial never count', () => {
    for (const extra of [
      { status: 'incomplete' },
      { status: 'incomplete_expired' },
      { status: 'trialing' },
      { is_trial: 1 },
    ]) {
      expect(mrrOf([{ customer_id: 'a', start: '2024-01-05', mrr: 10, ...extra }], '2024-02')).toBe(0);
    }
  });

  it('other statuses count by their dates alone (§14.8)', () => {
    for (const status of ['active', 'past_due', 'canceled', 'unpaid', 'paused', 'whatever']) {
      expect(mrrOf([{ customer_id: 'a', start: '2024-01-05', mrr: 10, status }], '2024-02')).toBe(10);
    }
  });

  it('a customer who joins and leaves inside one month never appears', () => {
    const r = run([...anchor, { customer_id: 'a', start: '2024-02-02', end: '2024-02-20', mrr: 50 }]);
    expect(r.values.new_customers).toEqual([1, 0, 0, 0]);
    expect(r.values.churned_customers).toEqual([0, 0, 0, 0]);
  });
});

describe('movements (§3)', () => {
  it('reactivation after a gap; a trial-only customer who later pays is new', () => {
    const r = run([
      ...anchor,
      { customer_id: 'back', start: '2024-01-02', end: '2024-02-10', mrr: 10 },
      { customer_id: 'back', start: '2024-03-05', mrr: 12 },
      { customer_id: 'trial', start: '2024-01-02', status: 'trialing' },
      { customer_id: 'trial', start: '2024-03-07', mrr: 20 },
      { customer_id: 'free', start: '2024-01-02', mrr: 0 },
      { customer_id: 'free', start: '2024-03-09', mrr: 5 },
    ]);
    expect(valueAt(r, 'churned_mrr', '2024-02')).toBe(10);
    expect(valueAt(r, 'reactivation_mrr', '2024-03')).toBe(12);
    expect(valueAt(r, 'reactivated_customers', '2024-03')).toBe(1);
    expect(valueAt(r, 'new_mrr', '2024-03')).toBe(25);
    expect(valueAt(r, 'new_customers', '2024-03')).toBe(2);
    // Free-plan rows are live with MRR 0: not customers.
    expect(valueAt(r, 'customers', '2024-01')).toBe(2);
  });

  it('losing one of two concurrent subscriptions is contraction, not churn', () => {
    const r = run([
      ...anchor,
      { customer_id: 'a', start: '2024-01-02', mrr: 30 },
      { customer_id: 'a', start: '2024-01-03', end: '2024-02-14', mrr: 20 },
    ]);
    expect(valueAt(r, 'contraction_mrr', '2024-02')).toBe(20);
    expect(valueAt(r, 'churned_customers', '2024-02')).toBe(0);
  });

  it('amounts within 1e-9 are equal; 2e-9 apart they move', () => {
    const same = run([
      ...anchor,
      { customer_id: 'a', start: '2024-01-02', end: '2024-02-01', mrr: 0.1 },
      { customer_id: 'a', start: '2024-01-02', end: '2024-02-01', mrr: 0.2 },
      { customer_id: 'a', start: '2024-02-01', end: '2024-03-01', mrr: 0.3 },
      { customer_id: 'a', start: '2024-03-01', mrr: 0.3 + 5e-10 },
    ]);
    expect(same.values.expansion_mrr).toEqual([0, 0, 0, 0]);
    expect(same.values.contraction_mrr).toEqual([0, 0, 0, 0]);
    const moved = run([
      ...anchor,
      { customer_id: 'a', start: '2024-01-02', end: '2024-02-01', mrr: 100 },
      { customer_id: 'a', start: '2024-02-01', mrr: 100 + 2e-9 },
    ]);
    expect(valueAt(moved, 'expansion_mrr', '2024-02')).toBeGreaterThan(0);
  });

  it('rates are null on a zero denominator', () => {
    const r = run([{ customer_id: 'a', start: '2024-01-02', mrr: 10 }]);
    for (const id of [
      'customer_churn_rate',
      'gross_mrr_churn_rate',
      'nrr',
      'grr',
      'crr',
      'saas_quick_ratio',
      'ltv',
    ]) {
      expect(valueAt(r, id, '2024-01')).toBeNull();
    }
    expect(valueAt(r, 'arpa', '2024-01')).toBe(10);
  });

  it('MRR that is float noise is no denominator', () => {
    // Credits that cancel the charges leave 0.1 + 0.2 − 0.3 ≈ 5.6e-17 of MRR in January: no MRR.
    const r = run([
      { customer_id: 'a', start: '2024-01-02', mrr: 0.1 },
      { customer_id: 'a', start: '2024-01-02', mrr: 0.2 },
      { customer_id: 'a', start: '2024-01-02', mrr: -0.3 },
      { customer_id: 'b', start: '2024-02-03', mrr: 10 },
    ]);
    expect(r.values.customers).toEqual([0, 1]);
    for (const id of ['nrr', 'grr', 'gross_mrr_churn_rate', 'net_mrr_churn_rate'])
      expect([id, valueAt(r, id, '2024-02')]).toEqual([id, null]);
  });
});

describe('cohorts and segments (§3b, §14.12)', () => {
  const rows: SubRow[] = [
    { customer_id: 'a', start: '2024-01-02', end: '2024-02-01', mrr: 10, plan: 'Pro' },
    { customer_id: 'a', start: '2024-02-01', mrr: 30, plan: 'Pro' },
    { customer_id: 'b', start: '2024-01-03', end: '2024-02-10', mrr: 10, plan: 'Starter' },
    { customer_id: 'c', start: '2024-02-04', mrr: 5, plan: 'Starter' },
    { customer_id: 'd', start: '2024-03-04', mrr: 7, plan: 'Pro' },
  ];
  it('logo and revenue retention per cohort, revenue may exceed 100', () => {
    const r = run(rows);
    expect(r.cohorts).toEqual({
      '2024-01': { size: 2, mrr: 20, logo: [100, 50, 50], revenue: [100, 150, 150] },
      '2024-02': { size: 1, mrr: 5, logo: [100, 100], revenue: [100, 100] },
      '2024-03': { size: 1, mrr: 7, logo: [100], revenue: [100] },
    });
  });

  it('a segment computes on the chosen periods alone and nulls CAC ratios', () => {
    const costs = costsFrame([{ month: '2024-01-01', category: 'sales', amount: 100 }]);
    const r = computeWorkspace({ subscriptions: subs(rows), costs }, settings(), {
      segment: { plan: ['Starter'] },
    });
    expect(r.values.mrr).toEqual([10, 5, 5]);
    expect(r.values.churned_customers).toEqual([0, 1, 0]);
    expect(r.cohorts!['2024-01']).toEqual({ size: 1, mrr: 10, logo: [100, 0, 0], revenue: [100, 0, 0] });
    expect(r.values.cac).toEqual([null, null, null]);
    expect(r.values.ltv_cac).toEqual([null, null, null]);
    expect(r.values.cac_payback_months).toEqual([null, null, null]);
    const all = computeWorkspace({ subscriptions: subs(rows), costs }, settings());
    expect(valueAt(all, 'cac', '2024-01')).toBe(50);
  });

  it('a segment gives what the same rows alone give, over the workspace’s months', () => {
    // A fixed pseudo-random mix of plans, customers moving between plans, ends and reactivations;
    // whole-number MRR so that sums are exact in any order.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const day = (m: number, d: number) =>
      `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const plans = ['Pro', 'Starter', 'Team', null];
    const mixed: SubRow[] = Array.from({ length: 300 }, () => {
      const from = 1 + next(20);
      const to = from + next(6);
      return {
        customer_id: `c${next(40)}`,
        start: day(from, 1 + next(28)),
        end: next(3) === 0 ? null : day(Math.min(to, 22), 1 + next(28)),
        mrr: 1 + next(90),
        plan: plans[next(4)],
      };
    });
    // The same first and last month either way (the segment keeps the workspace range, §3b).
    const edges: SubRow[] = [
      { customer_id: 'edge', start: '2023-01-01', mrr: 1, plan: 'Pro' },
      { customer_id: 'edge', start: '2024-12-10', end: '2024-12-11', mrr: 0, plan: 'Pro' },
    ];
    const pro = computeWorkspace({ subscriptions: subs([...edges, ...mixed]) }, settings(), {
      segment: { plan: ['Pro'] },
    });
    const alone = run([...edges, ...mixed.filter((r) => r.plan === 'Pro')]);
    expect(pro.months).toEqual(alone.months);
    expect(pro.values.customers.some((v) => v! > 5)).toBe(true);
    for (const id of [
      'mrr',
      'customers',
      'new_mrr',
      'expansion_mrr',
      'contraction_mrr',
      'churned_mrr',
      'reactivation_mrr',
      'churned_customers',
      'customer_churn_rate',
      'nrr',
      'arpa',
    ])
      expect(pro.values[id], id).toEqual(alone.values[id]);
    expect(pro.cohorts).toEqual(alone.cohorts);
    expect(pro.inputs.mrr).toEqual(alone.inputs.mrr);
  });

  it('cohorts are null without subscriptions', () => {
    const r = computeWorkspace(
      { costs: costsFrame([{ month: '2024-01-01', category: 'sales', amount: 1 }]) },
      settings(),
    );
    expect(r.cohorts).toBeNull();
  });
});
