// metrics.md §15: quarters and years from months, never by averaging a rate.
import { describe, expect, it } from 'vitest';
import { computePeriods } from '../../../src/core/metrics/compute.ts';
import { periodKey } from '../../../src/core/metrics/periods.ts';
import { parseMonthKey } from '../../../src/core/metrics/time.ts';
import { eventsData, frame, leadsFrame, npsFrame, settings, subs } from './frames.ts';

const data = {
  subscriptions: subs([
    { customer_id: 'a', start: '2024-01-05', end: '2024-05-10', mrr: 100 },
    { customer_id: 'b', start: '2024-01-06', end: '2024-02-01', mrr: 50 },
    { customer_id: 'b', start: '2024-02-01', mrr: 80 },
    { customer_id: 'c', start: '2024-04-03', mrr: 20 },
    { customer_id: 'd', start: '2024-06-10', mrr: 10 },
  ]),
  leads: leadsFrame([
    { lead_id: 'L1', created_at: '2024-01-02', converted_at: '2024-01-09' },
    { lead_id: 'L2', created_at: '2024-01-03' },
    { lead_id: 'L3', created_at: '2024-02-03', converted_at: '2024-02-04' },
  ]),
  nps: npsFrame([
    { responded_at: '2024-01-10', score: 10 },
    { responded_at: '2024-02-10', score: 0 },
    { responded_at: '2024-02-11', score: 0 },
    { responded_at: '2024-03-10', score: 9 },
  ]),
  events: eventsData([
    { user_id: 'u1', timestamp: '2024-01-01T08:00:00Z', event: 'login' },
    { user_id: 'u1', timestamp: '2024-02-01T08:00:00Z', event: 'login' },
    { user_id: 'u2', timestamp: '2024-02-01T09:00:00Z', event: 'login' },
    { user_id: 'u2', timestamp: '2024-03-31T09:00:00Z', event: 'login' },
  ]),
  monthly_sheet: frame(
    { month: 'time', revenue: 'number', users: 'number', sales_cost: 'number', x: 'number' },
    [1, 2, 3, 4, 5, 6].map((m) => ({
      month: `2024-0${m}-01`,
      revenue: 100,
      users: m === 3 ? 10 : m === 6 ? 20 : 1,
      sales_cost: 60,
      x: m,
    })),
  ),
};

describe('quarters (§15)', () => {
  const q = computePeriods(data, settings(), 'quarter');
  const v = (id: string) => q.values[id];

  it('keys periods as YYYY-Qn', () => {
    expect(q.months).toEqual(['2024-Q1', '2024-Q2']);
    expect(periodKey(parseMonthKey('2024-12'), 'quarter')).toBe('2024-Q4');
    expect(periodKey(parseMonthKey('2024-12'), 'year')).toBe('2024');
  });

  it('stock: the value of the last month', () => {
    expect(v('mrr')).toEqual([180, 110]);
    expect(v('customers')).toEqual([2, 3]);
    expect(v('custom:x')).toEqual([3, 6]);
    expect(v('users')).toEqual([10, 20]);
  });

  it('flow: the sum over the months', () => {
    expect(v('new_mrr')).toEqual([150, 30]);
    expect(v('expansion_mrr')).toEqual([30, 0]);
    expect(v('churned_mrr')).toEqual([0, 100]);
    expect(v('revenue')).toEqual([300, 300]);
    expect(v('leads')).toEqual([3, 0]);
  });

  it('rate: recomputed from summed movements over the month before the period', () => {
    expect(v('customer_churn_rate')).toEqual([null, 50]);
    expect(v('nrr')![1]).toBeCloseTo((80 / 180) * 100, 12);
    expect(v('gross_mrr_churn_rate')![1]).toBeCloseTo((100 / 180) * 100, 12);
    expect(v('crr')).toEqual([null, 50]);
    expect(v('saas_quick_ratio')).toEqual([null, 0.3]);
    expect(v('cac')).toEqual([90, 90]);
    expect(v('cac_payback_months')).toEqual([1.2, 90 / 15]);
  });

  it('cohort rate: the monthly formula over all records of the period', () => {
    // Monthly values are 50 and 100 (mean 75); over the quarter's leads it is 2 of 3.
    expect(v('lead_conversion_rate')![0]).toBeCloseTo((2 / 3) * 100, 12);
    // Monthly NPS 100, −100, 100; over the quarter's four responses it is 0.
    expect(v('nps')).toEqual([0, null]);
  });

  it('mean of days: avg_dau over the period days in D; mau is the mean of the monthly values', () => {
    expect(v('avg_dau')).toEqual([4 / 91, null]);
    expect(v('mau')).toEqual([4 / 3, 0]);
  });

  it('ratio: arpu = Σrevenue / users(last) ÷ months', () => {
    expect(v('arpu')).toEqual([10, 5]);
  });
});

describe('years (§15)', () => {
  it('keys as YYYY and has no previous month for the first year', () => {
    const y = computePeriods(data, settings(), 'year');
    expect(y.months).toEqual(['2024']);
    expect(y.values.mrr).toEqual([110]);
    expect(y.values.customer_churn_rate).toEqual([null]);
    expect(y.values.new_customers).toEqual([4]);
  });
});
