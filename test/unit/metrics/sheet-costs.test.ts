// metrics.md §5 costs, §9 monthly sheet and precedence, §14.2–§14.7, §14.11.
import { describe, expect, it } from 'vitest';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { costsFrame, frame, settings, subs } from './frames.ts';

const SHEET = {
  month: 'time',
  mrr: 'number',
  customers: 'number',
  new_customers: 'number',
  churned_customers: 'number',
  revenue: 'number',
  users: 'number',
  visitors: 'number',
  conversions: 'number',
  sales_cost: 'number',
  marketing_cost: 'number',
  'Support Tickets (#)': 'number',
  note: 'text',
} as const;
// February has no row at all; March's sales cell is empty.
const sheet = frame(SHEET, [
  {
    month: '2024-01-01',
    mrr: 999,
    customers: 10,
    new_customers: 10,
    churned_customers: 0,
    revenue: 500,
    users: 20,
    visitors: 1000,
    conversions: 10,
    sales_cost: 100,
    marketing_cost: 50,
    'Support Tickets (#)': 3,
    note: 'x',
  },
  {
    month: '2024-03-01',
    mrr: 888,
    customers: 12,
    new_customers: 3,
    churned_customers: 1,
    revenue: 700,
    users: 25,
    visitors: 2000,
    conversions: 30,
    sales_cost: null,
    marketing_cost: 60,
    'Support Tickets (#)': 4,
  },
]);

describe('monthly sheet alone (§9)', () => {
  const r = computeWorkspace({ monthly_sheet: sheet }, settings());

  it('passes columns through, null in months without a row (§14.4, §14.11)', () => {
    expect(r.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.values.mrr).toEqual([999, null, 888]);
    expect(r.values.arr).toEqual([11_988, null, 10_656]);
    expect(r.values.revenue).toEqual([500, null, 700]);
    expect(r.values.users).toEqual([20, null, 25]);
    expect(r.values.sales_cost).toEqual([100, null, null]);
    expect(r.values.marketing_cost).toEqual([50, null, 60]);
    expect(r.sources.mrr).toBe('monthly_sheet');
  });

  it('custom:<header> keeps the header text exactly; text columns are no KPI (§14.5)', () => {
    expect(r.values['custom:Support Tickets (#)']).toEqual([3, null, 4]);
    expect('custom:note' in r.values).toBe(false);
  });

  it('derives arpu, visitor conversion, churn and crr; a missing previous month gives null', () => {
    expect(r.values.arpu).toEqual([25, null, 28]);
    expect(r.values.visitor_conversion_rate).toEqual([1, null, 1.5]);
    expect(r.values.customer_churn_rate).toEqual([null, null, null]);
    expect(r.values.crr).toEqual([null, null, null]);
  });

  it('CAC: a non-empty cost cell covers the month and a missing category counts as 0 (§14.6)', () => {
    expect(r.values.cac).toEqual([15, null, 20]);
  });

  it('arpu falls back to customers when there is no users column', () => {
    const noUsers = frame({ month: 'time', revenue: 'number', customers: 'number' }, [
      { month: '2024-01-01', revenue: 300, customers: 4 },
    ]);
    expect(computeWorkspace({ monthly_sheet: noUsers }, settings()).values.arpu).toEqual([75]);
  });

  it('sheet ltv uses arpu and the sheet churn of the six previous months', () => {
    const rows = ['01', '02', '03'].map((m, i) => ({
      month: `2024-${m}-01`,
      customers: 100,
      churned_customers: [0, 4, 2][i],
      revenue: 1000,
      users: 10,
    }));
    const s = frame(
      { month: 'time', customers: 'number', churned_customers: 'number', revenue: 'number', users: 'number' },
      rows,
    );
    // March: arpu 100; c̄ is February's 4 % alone (January has no previous month, March is excluded).
    expect(computeWorkspace({ monthly_sheet: s }, settings()).values.ltv).toEqual([null, null, 100 / 0.04]);
  });
});

describe('precedence (§9, §14.2, §14.3)', () => {
  const subscriptions = subs([{ customer_id: 'a', start: '2024-01-02', end: '2024-02-10', mrr: 10 }]);

  it('raw subscriptions win for every month, also where they have no rows or a null value', () => {
    const r = computeWorkspace({ subscriptions, monthly_sheet: sheet }, settings());
    expect(r.values.mrr).toEqual([10, 0, 0]);
    expect(r.values.customers).toEqual([1, 0, 0]);
    expect(r.values.customer_churn_rate).toEqual([null, 100, null]);
    expect(r.sources.mrr).toBe('subscriptions');
    expect(r.sources.customer_churn_rate).toBe('subscriptions');
    // Sheet-only KPIs stay with the sheet; CAC takes raw new customers and the sheet's costs.
    expect(r.sources.arpu).toBe('monthly_sheet');
    expect(r.values.cac).toEqual([150, null, null]);
    expect(r.sources.cac).toBe('subscriptions');
    expect(r.sources.sales_cost).toBe('monthly_sheet');
  });

  it('the costs dataset wins over the sheet cost columns; only sales/marketing rows cover a month', () => {
    const costs = costsFrame([
      { month: '2024-01-01', category: 'sales', amount: 40 },
      { month: '2024-02-01', category: 'other', amount: 999 },
    ]);
    const r = computeWorkspace({ subscriptions, costs, monthly_sheet: sheet }, settings());
    expect(r.sources.sales_cost).toBe('costs');
    expect(r.values.sales_cost).toEqual([40, 0, null]);
    expect(r.values.marketing_cost).toEqual([0, 0, null]);
    expect(r.values.cac).toEqual([40, null, null]);
  });

  it('ltv_cac and cac_payback_months are null when an input is null or the divisor is 0 (§14.7)', () => {
    const costs = costsFrame([
      { month: '2024-01-01', category: 'marketing', amount: 0 },
      { month: '2024-02-01', category: 'sales', amount: 10 },
    ]);
    const r = computeWorkspace({ subscriptions, costs }, settings());
    expect(r.values.cac).toEqual([0, null]);
    expect(r.values.ltv_cac).toEqual([null, null]);
    expect(r.values.cac_payback_months).toEqual([0, null]);
  });

  it('ids fed only by absent datasets are absent', () => {
    const r = computeWorkspace({ subscriptions }, settings());
    expect('cac' in r.values).toBe(false);
    expect('nps' in r.values).toBe(false);
    expect('arpu' in r.values).toBe(false);
  });
});
