// metrics.md §12 bands on quarters: a monthly band judges monthly values only. Each expectation is
// derived by hand from the spec text quoted in the test.
import { describe, expect, it } from 'vitest';
import { computePeriods, computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { badBandIds } from '../../../src/ui/dashboard/attention.ts';
import { settings, subs, type SubRow } from '../metrics/frames.ts';

describe('§12 "customer_churn_rate (monthly)": a monthly band judges monthly values only', () => {
  // 120 customers at E(Dec 2023), 10 a month each. In each of Jan, Feb, Mar 2024 three leave
  // (mid-month) and three new ones join, so customers stay 120.
  const rows: SubRow[] = [];
  for (let c = 0; c < 120; c++) {
    const leaves = c < 9 ? `2024-0${1 + Math.floor(c / 3)}-15` : null;
    rows.push({ customer_id: `c${c}`, start: '2023-12-05', end: leaves, amount: 10 });
  }
  for (let n = 0; n < 9; n++)
    rows.push({ customer_id: `n${n}`, start: `2024-0${1 + Math.floor(n / 3)}-10`, amount: 10 });
  const data = { subscriptions: subs(rows) };
  const monthly = computeWorkspace(data, settings());
  const quarters = computePeriods(data, settings(), 'quarter');

  it('the numbers themselves follow §4 and §15', () => {
    // monthly: 3 / 120 = 2.5 % (good: < 3); nrr (1200 − 30) / 1200 = 97.5 (watch: 95–100)
    const mar = monthly.months.indexOf('2024-03');
    expect(monthly.values.customer_churn_rate[mar]).toBeCloseTo(2.5, 9);
    expect(monthly.values.nrr[mar]).toBeCloseTo(97.5, 9);
    // quarter (§15): Σchurned 9 / customers(Dec) 120 = 7.5 %; nrr (1200 − 90) / 1200 = 92.5
    const q1 = quarters.months.indexOf('2024-Q1');
    expect(quarters.values.customer_churn_rate[q1]).toBeCloseTo(7.5, 9);
    expect(quarters.values.nrr[q1]).toBeCloseTo(92.5, 9);
  });

  it('no month of Q1 is in a bad band', () => {
    for (const m of ['2024-01', '2024-02', '2024-03'])
      expect(badBandIds(monthly, monthly, ['customer_churn_rate', 'nrr'], monthly.months.indexOf(m))).toEqual(
        [],
      );
  });

  it('does not flag a quarter of good months against the monthly bands (7.5 > 7)', () => {
    // §12 gives customer_churn_rate's band for the *monthly* rate (ChartMogul's 3–7 % is per
    // month) and §4 defines nrr as *monthly* net revenue retention. A quarter's rate (§15) is a
    // three-month rate: comparing it with the monthly thresholds turns a quarter of good months
    // (2.5 % churn each) into "needs attention: bad". Expected: no bad band for Q1.
    const q1 = quarters.months.indexOf('2024-Q1');
    expect(badBandIds(quarters, monthly, ['customer_churn_rate', 'nrr'], q1)).toEqual([]);
  });
});
