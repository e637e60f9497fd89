// metrics.md §15 "Quarters and years", every row of the table, with partial first and last
// periods and null months; values by hand. "A longer period P … is built from its months;
// first(P) is its first month, last(P) its last. Never average a rate."
import { describe, expect, it } from 'vitest';
import { csv, run } from '../../report-by-hand/run.ts';

describe('subscriptions and costs, Feb–Jul 2024: Q1 and Q3 partial (stock, flow, rate)', () => {
  // m_c (Feb…Jul): A 100 100 100 0 0 0 (ends 15 May); B 50 50 80 80 80 80 (80 from 1 Apr);
  // C 0 30 0 0 30 30 (ends 10 Apr, back 2 Jun); D 0 0 0 60 60 40 (40 from 1 Jul)
  // MRR 150 180 180 140 170 150; customers 2 3 2 2 3 3
  // Movements: Feb new 150 (2); Mar new 30 (1); Apr expansion 30, churn 30 (1);
  // May churn 100 (1), new 60 (1); Jun reactivation 30 (1); Jul contraction 20.
  const subs = csv(
    'customer_id,start_date,end_date,amount,interval',
    'A,2024-02-10,2024-05-15,100,month',
    'B,2024-02-20,2024-04-01,50,month',
    'B,2024-04-01,,80,month',
    'C,2024-03-05,2024-04-10,30,month',
    'C,2024-06-02,,30,month',
    'D,2024-05-03,2024-07-01,60,month',
    'D,2024-07-01,,40,month',
  );
  // Costs cover Feb (sales 300), Mar (marketing 150), May (sales 100); July has only an "other"
  // row: a row (cost ids 0) that covers nothing (§14.6). April and June have no row.
  const costs = csv(
    'month,category,amount',
    '2024-02,sales,300',
    '2024-03,marketing,150',
    '2024-05,sales,100',
    '2024-07,other,500',
  );
  const r = run([
    { name: 'subs.csv', text: subs },
    { name: 'costs.csv', text: costs },
  ]);
  const q = r.periods('quarter');
  const y = r.periods('year');

  it('monthly values the periods are built from', () => {
    const months = ['2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07'];
    expect(Object.keys(r.doc.months)).toEqual(months);
    expect(months.map((m) => r.v(m, 'mrr'))).toEqual([150, 180, 180, 140, 170, 150]);
    // churn: Feb null (none at E(Jan)), Mar 0/2, Apr 1/3, May 1/2, Jun 0/2, Jul 0/3
    // ltv(Jun) = (170/3) / mean(0, 1/3, 1/2) = (170/3) × 18/5 = 204
    // ltv(Jul) = 50 / mean(0, 1/3, 1/2, 0) = 50 × 24/5 = 240
    expect(r.v('2024-06', 'ltv')).toBeCloseTo(204, 9);
    expect(r.v('2024-07', 'ltv')).toBeCloseTo(240, 9);
  });

  it('keys: the partial first and last quarters keep only their months in the range', () => {
    expect(q.keys).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
    expect(y.keys).toEqual(['2024']);
  });

  it('stock: value of last(P)', () => {
    expect(q.keys.map((k) => q.v(k, 'mrr'))).toEqual([180, 170, 150]);
    expect(q.keys.map((k) => q.v(k, 'arr'))).toEqual([2160, 2040, 1800]);
    expect(q.keys.map((k) => q.v(k, 'customers'))).toEqual([3, 3, 3]);
    expect(q.v('2024-Q1', 'arpa')).toBe(60); // 180 / 3
    expect(q.v('2024-Q1', 'ltv')).toBeNull(); // ltv(Mar): Feb's churn undefined → no c̄
    expect(q.v('2024-Q2', 'ltv')).toBeCloseTo(204, 9);
    expect(y.v('2024', 'ltv')).toBeCloseTo(240, 9);
  });

  it('flow: sum over the months of P', () => {
    expect(q.keys.map((k) => q.v(k, 'new_mrr'))).toEqual([180, 60, 0]);
    expect(q.keys.map((k) => q.v(k, 'churned_mrr'))).toEqual([0, 130, 0]);
    expect(q.keys.map((k) => q.v(k, 'reactivation_mrr'))).toEqual([0, 30, 0]);
    // Q2 net new = 60 + 30 + 30 − 0 − 130 = −10 = MRR(Jun) − MRR(Mar)
    expect(q.keys.map((k) => q.v(k, 'net_new_mrr'))).toEqual([180, -10, -20]);
    expect(q.keys.map((k) => q.v(k, 'churned_customers'))).toEqual([0, 2, 0]);
    // sales: Q1 300 + 0; Q2 April and June have no row (null), May 100; Q3 the "other" row → 0
    expect(q.keys.map((k) => q.v(k, 'sales_cost'))).toEqual([300, 100, 0]);
    expect(y.v('2024', 'new_customers')).toBe(4);
  });

  it('rate: monthly formulas over Σ movements and the month before first(P)', () => {
    // Q1: first(P) = Feb, customers(Jan) = MRR(Jan) = 0 → every rate null
    for (const id of [
      'customer_churn_rate',
      'gross_mrr_churn_rate',
      'net_mrr_churn_rate',
      'nrr',
      'grr',
      'crr',
    ])
      expect([id, q.v('2024-Q1', id)]).toEqual([id, null]);
    // Q2 over customers(Mar) 3 and MRR(Mar) 180:
    expect(q.v('2024-Q2', 'customer_churn_rate')).toBeCloseTo((2 / 3) * 100, 12);
    expect(q.v('2024-Q2', 'gross_mrr_churn_rate')).toBeCloseTo((130 / 180) * 100, 12);
    expect(q.v('2024-Q2', 'net_mrr_churn_rate')).toBeCloseTo(((130 - 30 - 30) / 180) * 100, 12);
    expect(q.v('2024-Q2', 'nrr')).toBeCloseTo(((180 + 30 - 130) / 180) * 100, 12);
    expect(q.v('2024-Q2', 'grr')).toBeCloseTo(((180 - 130) / 180) * 100, 12);
    expect(q.v('2024-Q2', 'crr')).toBeCloseTo(((3 - 1 - 1) / 3) * 100, 12); // (cust(Jun) − Σnew − Σreact)
    expect(q.v('2024-Q2', 'saas_quick_ratio')).toBeCloseTo((60 + 30) / 130, 12);
    // Q3 (July only) over MRR(Jun) 170: contraction 20
    expect(q.v('2024-Q3', 'nrr')).toBeCloseTo((150 / 170) * 100, 12);
    expect(q.v('2024-Q3', 'saas_quick_ratio')).toBe(0); // 0 / 20
    // the year: first(P) = Feb → no month before → null; quick ratio (240 + 30) / (130 + 20)
    expect(y.v('2024', 'customer_churn_rate')).toBeNull();
    expect(y.v('2024', 'saas_quick_ratio')).toBeCloseTo(1.8, 12);
  });

  it('rate: cac, payback, ltv_cac from the summed parts; uncovered months add no cost', () => {
    // Q1: (300 + 150) / 3 new = 150; payback 150 / (180 / 3) = 2.5; ltv(Mar) null → ltv_cac null
    expect(q.v('2024-Q1', 'cac')).toBe(150);
    expect(q.v('2024-Q1', 'cac_payback_months')).toBeCloseTo(2.5, 12);
    expect(q.v('2024-Q1', 'ltv_cac')).toBeNull();
    // Q2: 100 / 1 new = 100; payback 100 / 60; ltv_cac 204 / 100
    expect(q.v('2024-Q2', 'cac')).toBe(100);
    expect(q.v('2024-Q2', 'cac_payback_months')).toBeCloseTo(100 / 60, 12);
    expect(q.v('2024-Q2', 'ltv_cac')).toBeCloseTo(2.04, 12);
    // Q3: July is not covered → null
    expect(q.v('2024-Q3', 'cac')).toBeNull();
    expect(q.v('2024-Q3', 'ltv_cac')).toBeNull();
    // year: 550 / 4 = 137.5; payback 137.5 / (240 / 4); ltv_cac 240 / 137.5
    expect(y.v('2024', 'cac')).toBe(137.5);
    expect(y.v('2024', 'cac_payback_months')).toBeCloseTo(137.5 / 60, 12);
    expect(y.v('2024', 'ltv_cac')).toBeCloseTo(240 / 137.5, 12);
  });
});

describe('partial years Nov 2023–Feb 2024 with a missing month (cohort rate, mean of days, ratio)', () => {
  // The sheet has no December row and a blank Tickets cell in February.
  const sheet = csv(
    'Month,Revenue,Users,Customers,New Customers,Churned Customers,Tickets',
    'Nov 2023,100,10,10,10,0,1',
    'Jan 2024,300,15,12,4,2,3',
    'Feb 2024,400,20,14,3,1,',
  );
  const balance = csv(
    'period_end,current_assets,current_liabilities',
    '2023-12-31,200,100',
    '2024-01-31,300,100',
  );
  const events = csv(
    'user_id,timestamp,event',
    'u1,2023-11-10T09:00:00Z,login',
    'u2,2023-11-10T10:00:00Z,login',
    'u2,2023-11-11T10:00:00Z,login',
  );
  const leads = csv(
    'lead_id,created_at,converted_at',
    'L1,2023-11-01,2023-11-11',
    'L2,2023-11-20,2024-01-09',
    'L3,2024-01-01,2024-01-04',
    'L5,2024-01-15,',
    'L4,2024-02-10,',
  );
  const r = run([
    { name: 'kpis.csv', text: sheet },
    { name: 'balance.csv', text: balance },
    { name: 'events.csv', text: events },
    { name: 'leads.csv', text: leads },
  ]);
  const y = r.periods('year');

  it('reads four files over Nov 2023–Feb 2024', () => {
    expect(r.doc.files.map((f) => f.kind)).toEqual(['monthly_sheet', 'balance_sheet', 'events', 'leads']);
    expect(Object.keys(r.doc.months)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(y.keys).toEqual(['2023', '2024']);
  });

  it('stock: the value of last(P), null when last(P) has none', () => {
    expect(y.v('2023', 'users')).toBeNull(); // no December row (§14.11)
    expect(y.v('2024', 'users')).toBe(20);
    expect(y.v('2024', 'customers')).toBe(14);
    expect(y.v('2024', 'custom:Tickets')).toBeNull(); // February's cell is blank
    expect(y.v('2023', 'current_ratio')).toBe(2); // 200 / 100 at 31 Dec
    expect(y.v('2024', 'current_ratio')).toBeNull(); // February has no balance-sheet row
  });

  it('flow and rate', () => {
    expect(y.v('2023', 'revenue')).toBe(100);
    expect(y.v('2024', 'revenue')).toBe(700);
    expect(y.v('2024', 'new_customers')).toBe(7);
    // Σchurned 3 / customers(Dec 2023), which is null → null
    expect(y.v('2024', 'customer_churn_rate')).toBeNull();
    expect(r.v('2024-02', 'customer_churn_rate')).toBeCloseTo((1 / 12) * 100, 12);
  });

  it('ratio: arpu = Σrevenue / users(last(P)) ÷ number of months', () => {
    expect(y.v('2023', 'arpu')).toBeNull(); // users(Dec) null
    expect(y.v('2024', 'arpu')).toBe(17.5); // 700 / 20 / 2
  });

  it('cohort rate: the monthly formula over all records of P', () => {
    // 2023 leads L1, L2 both converted → 100; 2024 L3 of L3, L5, L4 → 33.3 (monthly 50 and 0)
    expect(y.v('2023', 'lead_conversion_rate')).toBe(100);
    expect(y.v('2024', 'lead_conversion_rate')).toBeCloseTo(100 / 3, 12);
    // converted in 2023: L1 (10 days); in 2024: L2 (20 Nov → 9 Jan = 50 days) and L3 (3 days)
    expect(y.v('2023', 'sales_cycle_days')).toBe(10);
    expect(y.v('2024', 'sales_cycle_days')).toBe(26.5);
  });

  it('mean of days: avg_dau over P’s days in D; mau and stickiness are means of monthly values', () => {
    // D = 10–11 Nov 2023; user-days 2 + 1 = 3 over 2 days → 1.5; no day of 2024 lies in D
    expect(y.v('2023', 'avg_dau')).toBe(1.5);
    expect(y.v('2024', 'avg_dau')).toBeNull();
    // mau: Nov 2, Dec 0 → 1; Jan 0, Feb 0 → 0
    expect(y.v('2023', 'mau')).toBe(1);
    expect(y.v('2024', 'mau')).toBe(0);
    // stickiness: Nov 1.5 / 2 = 75 %, Dec undefined (no day in D) → 75; 2024 none defined → null
    expect(y.v('2023', 'stickiness')).toBe(75);
    expect(y.v('2024', 'stickiness')).toBeNull();
    expect(y.v('2023', 'new_users')).toBe(2);
  });
});
