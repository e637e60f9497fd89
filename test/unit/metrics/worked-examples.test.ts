// metrics.md §13: the ten published worked examples, each from hand-made frames.
import { describe, expect, it } from 'vitest';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { costsFrame, npsFrame, settings, subs, valueAt, type SubRow } from './frames.ts';

const run = (rows: SubRow[], extra = {}, over = {}) =>
  computeWorkspace({ subscriptions: subs(rows), ...extra }, settings(over));

describe('§13 worked examples', () => {
  it('1: 5 seats × $5/month → 25; adding 2 seats × $30/month → 85', () => {
    const r = run([
      { customer_id: 'a', start: '2024-01-05', amount: 5, quantity: 5 },
      { customer_id: 'a', start: '2024-02-10', amount: 30, quantity: 2 },
    ]);
    expect(valueAt(r, 'mrr', '2024-01')).toBe(25);
    expect(valueAt(r, 'mrr', '2024-02')).toBe(85);
  });

  it('2: 100 customers × $100/month + 50 customers × $600/year → 12,500', () => {
    const rows: SubRow[] = [];
    for (let i = 0; i < 100; i++) rows.push({ customer_id: `m${i}`, start: '2024-01-02', amount: 100 });
    for (let i = 0; i < 50; i++) {
      rows.push({ customer_id: `y${i}`, start: '2024-01-03', amount: 600, interval_unit: 'year' });
    }
    const r = run(rows);
    expect(valueAt(r, 'mrr', '2024-01')).toBeCloseTo(12_500, 9);
    expect(valueAt(r, 'customers', '2024-01')).toBe(150);
  });

  it('3: start MRR 100; churn 10, contraction 10, expansion 10 → gross 20, net 10', () => {
    const r = run([
      { customer_id: 'a', start: '2024-01-01', end: '2024-02-15', mrr: 10 },
      { customer_id: 'b', start: '2024-01-01', end: '2024-02-01', mrr: 20 },
      { customer_id: 'b', start: '2024-02-01', mrr: 10 },
      { customer_id: 'c', start: '2024-01-01', end: '2024-02-01', mrr: 70 },
      { customer_id: 'c', start: '2024-02-01', mrr: 80 },
    ]);
    expect(valueAt(r, 'mrr', '2024-01')).toBe(100);
    expect(valueAt(r, 'churned_mrr', '2024-02')).toBe(10);
    expect(valueAt(r, 'contraction_mrr', '2024-02')).toBe(10);
    expect(valueAt(r, 'expansion_mrr', '2024-02')).toBe(10);
    expect(valueAt(r, 'gross_mrr_churn_rate', '2024-02')).toBe(20);
    expect(valueAt(r, 'net_mrr_churn_rate', '2024-02')).toBe(10);
  });

  it('4: ARPA 100 and 5 % churn every month → ltv 2,000', () => {
    // 20 customers at $100; each month from February one leaves and one joins, so the base stays 20.
    const rows: SubRow[] = [];
    for (let i = 0; i < 20; i++) {
      const leaves = i >= 1 && i <= 7 ? `2024-${String(i + 1).padStart(2, '0')}-10` : null;
      rows.push({ customer_id: `c${i}`, start: '2024-01-01', end: leaves, mrr: 100 });
    }
    for (let k = 2; k <= 8; k++) rows.push({ customer_id: `n${k}`, start: `2024-0${k}-12`, mrr: 100 });
    const r = run(rows);
    for (const m of ['2024-02', '2024-03', '2024-07']) expect(valueAt(r, 'customer_churn_rate', m)).toBe(5);
    expect(valueAt(r, 'arpa', '2024-08')).toBe(100);
    expect(valueAt(r, 'ltv', '2024-08')).toBeCloseTo(2000, 9);
  });

  it('5: $120/year at 10 % discount → 9; $10/month at 10 % → 9', () => {
    const yearly = run([
      { customer_id: 'a', start: '2024-01-01', amount: 120, interval_unit: 'year', discount_percent: 10 },
    ]);
    const monthly = run([{ customer_id: 'a', start: '2024-01-01', amount: 10, discount_percent: 10 }]);
    expect(valueAt(yearly, 'mrr', '2024-01')).toBeCloseTo(9, 12);
    expect(valueAt(monthly, 'mrr', '2024-01')).toBeCloseTo(9, 12);
  });

  it('6: A 40, 75, 0 and B 20, 80, 120 → MRR 60, 155, 120; ARR; expansion 95, 40; churn 75', () => {
    const r = run([
      { customer_id: 'a', start: '2024-01-01', end: '2024-02-01', amount: 40 },
      { customer_id: 'a', start: '2024-02-01', end: '2024-03-01', amount: 75 },
      { customer_id: 'b', start: '2024-01-01', end: '2024-02-01', amount: 20 },
      { customer_id: 'b', start: '2024-02-01', end: '2024-03-01', amount: 80 },
      { customer_id: 'b', start: '2024-03-01', amount: 120 },
    ]);
    expect(r.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.values.mrr).toEqual([60, 155, 120]);
    expect(r.values.arr).toEqual([720, 1860, 1440]);
    expect(r.values.expansion_mrr).toEqual([0, 95, 40]);
    expect(r.values.churned_mrr).toEqual([0, 0, 75]);
  });

  it('7: new 20k + expansion 8k vs churn 5k + contraction 3k → quick ratio 3.5', () => {
    const r = run([
      { customer_id: 'x', start: '2024-01-01', end: '2024-02-01', mrr: 5000 },
      { customer_id: 'y', start: '2024-01-01', end: '2024-02-01', mrr: 10_000 },
      { customer_id: 'y', start: '2024-02-01', mrr: 7000 },
      { customer_id: 'z', start: '2024-01-01', end: '2024-02-01', mrr: 2000 },
      { customer_id: 'z', start: '2024-02-01', mrr: 10_000 },
      { customer_id: 'w', start: '2024-02-03', mrr: 20_000 },
    ]);
    expect(valueAt(r, 'saas_quick_ratio', '2024-02')).toBe(3.5);
  });

  it('8: cac 1,200, new MRR per new customer 120, gross margin 0.8 → payback 12.5', () => {
    const costs = costsFrame([
      { month: '2024-01-01', category: 'sales', amount: 1400 },
      { month: '2024-01-01', category: 'marketing', amount: 1000 },
    ]);
    const r = run(
      [
        { customer_id: 'a', start: '2024-01-04', amount: 120 },
        { customer_id: 'b', start: '2024-01-09', amount: 120 },
      ],
      { costs },
      { gross_margin: 0.8 },
    );
    expect(valueAt(r, 'cac', '2024-01')).toBe(1200);
    expect(valueAt(r, 'cac_payback_months', '2024-01')).toBeCloseTo(12.5, 12);
  });

  it('9: 50 % promoters, 10 % detractors → nps 40', () => {
    const scores = [9, 10, 9, 10, 9, 7, 8, 7, 8, 6];
    const nps = npsFrame(scores.map((score, i) => ({ responded_at: `2024-01-${10 + i}`, score })));
    const r = computeWorkspace({ nps }, settings());
    expect(valueAt(r, 'nps', '2024-01')).toBe(40);
    expect(valueAt(r, 'nps_responses', '2024-01')).toBe(10);
  });

  it('10: 4 yearly plans billed 2,000 together → MRR 166.67', () => {
    const r = run([
      { customer_id: 'a', start: '2024-01-01', amount: 500, quantity: 4, interval_unit: 'year' },
    ]);
    expect(valueAt(r, 'mrr', '2024-01')).toBeCloseTo(2000 / 12, 12);
    expect(Math.round(valueAt(r, 'mrr', '2024-01')! * 100) / 100).toBe(166.67);
  });
});
