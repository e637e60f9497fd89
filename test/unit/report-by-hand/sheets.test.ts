// By hand: monthly KPI sheets (metrics.md §9, §14.2–§14.11, §15) in Polish and English, with
// blank cells, values by hand.
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';

describe('Polish monthly sheet with blanks (locale pl)', () => {
  const text =
    [
      'miesiąc;mrr;przychód;klienci;new_customers;churned_customers;users;odwiedzający;konwersje;sales_cost;marketing_cost;nps;zgłoszenia',
      'styczeń 2024;1 000,00 zł;1 200,50 zł;10;10;0;20;1.000;10;500,00;1 500,00;40;3',
      'lut 2024;1 100,00 zł;;11;2;1;;1.200;12;;800,00;;5',
      'marca 2024;1 210,00 zł;1 500,00 zł;12;2;1;30;1.500;15;300,00;300,00;50;7',
      'kwiecień 2024;;;12;0;0;;;;;;;',
    ].join('\r\n') + '\r\n';
  const r = run([{ name: 'arkusz.csv', text }], { locale: 'pl' });
  const v = r.v;

  it('reads month names (nominative, short, genitive) and `1.000` as a thousand', () => {
    expect(Object.keys(r.doc.months)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(v('2024-01', 'visitors')).toBe(1000); // `;` file: a lone `1.000` groups thousands
    expect(v('2024-01', 'revenue')).toBe(1200.5);
    expect(v('2024-03', 'custom:zgłoszenia')).toBe(7);
  });

  it('January', () => {
    expect(v('2024-01', 'arr')).toBe(12000);
    expect(v('2024-01', 'customer_churn_rate')).toBeNull(); // no month before
    expect(v('2024-01', 'arpu')).toBeCloseTo(1200.5 / 20, 12);
    expect(v('2024-01', 'visitor_conversion_rate')).toBe(1); // 10 / 1000
    expect(v('2024-01', 'cac')).toBe(200); // (500 + 1500) / 10
  });

  it('February: blanks stay null; a blank sales cell counts as 0 when marketing covers the month', () => {
    expect(v('2024-02', 'customer_churn_rate')).toBe(10); // 1 / 10
    expect(v('2024-02', 'crr')).toBe(90); // (11 − 2) / 10
    expect(v('2024-02', 'arpu')).toBeNull(); // revenue and users blank
    expect(v('2024-02', 'revenue')).toBeNull();
    expect(v('2024-02', 'sales_cost')).toBeNull();
    expect(v('2024-02', 'cac')).toBe(400); // (0 + 800) / 2 (§14.6)
    expect(v('2024-02', 'nps')).toBeNull();
  });

  it('March: LTV from ARPU and the earlier churn (§9)', () => {
    expect(v('2024-03', 'customer_churn_rate')).toBeCloseTo(100 / 11, 12);
    expect(v('2024-03', 'crr')).toBeCloseTo((10 / 11) * 100, 12);
    expect(v('2024-03', 'arpu')).toBe(50); // 1500 / 30
    // c̄ over Jan (null), Feb 10 % → 0.1; ltv = 50 / 0.1 = 500; cac (300 + 300) / 2 = 300
    expect(v('2024-03', 'ltv')).toBeCloseTo(500, 9);
    expect(v('2024-03', 'ltv_cac')).toBeCloseTo(500 / 300, 12);
  });

  it('April: a row of blanks (§14.11)', () => {
    expect(v('2024-04', 'mrr')).toBeNull();
    expect(v('2024-04', 'arr')).toBeNull();
    expect(v('2024-04', 'customer_churn_rate')).toBe(0);
    expect(v('2024-04', 'crr')).toBe(100);
    expect(v('2024-04', 'cac')).toBeNull(); // no cost cell: not covered
    expect(v('2024-04', 'custom:zgłoszenia')).toBeNull();
  });
});

describe('English monthly sheet: quarters and a year (§15)', () => {
  const text = [
    'Month,Revenue,Users,Customers,New Customers,Churned Customers,Visitors,Conversions,Sales Cost,Marketing Cost,NPS,Tickets',
    'Jan 2024,1000,10,10,10,0,1000,10,100,400,20,5',
    'Feb 2024,1200,12,12,3,1,1100,22,100,200,30,6',
    'Mar 2024,1500,15,14,4,2,1200,24,,300,40,7',
    'Apr 2024,1600,16,15,2,1,1300,13,50,50,10,8',
    'May 2024,1800,18,15,1,1,1400,14,,,,9',
  ].join('\n');
  const r = run([{ name: 'kpis.csv', text }], { locale: 'en-GB' });
  const q = r.periods('quarter');

  it('monthly LTV in April and May', () => {
    // churn: Feb 10 %, Mar 2/12, Apr 1/14; arpu 100 every month
    // Apr: c̄ = mean(0.1, 1/6) = 2/15 → 100 / (2/15) = 750
    expect(r.v('2024-04', 'ltv')).toBeCloseTo(750, 9);
    // May: c̄ = mean(0.1, 1/6, 1/14) → 100 / c̄
    expect(r.v('2024-05', 'ltv')).toBeCloseTo(100 / ((0.1 + 1 / 6 + 1 / 14) / 3), 9);
  });

  it('Q1', () => {
    expect(q.v('2024-Q1', 'revenue')).toBe(3700); // flow
    expect(q.v('2024-Q1', 'users')).toBe(15); // stock: last month
    expect(q.v('2024-Q1', 'custom:Tickets')).toBe(7);
    expect(q.v('2024-Q1', 'arpu')).toBeCloseTo(3700 / 15 / 3, 9); // Σrevenue / users(Mar) ÷ 3
    expect(q.v('2024-Q1', 'visitor_conversion_rate')).toBeCloseTo((56 / 3300) * 100, 9);
    expect(q.v('2024-Q1', 'cac')).toBeCloseTo(1100 / 17, 9); // (500 + 300 + 300) / (10 + 3 + 4)
    expect(q.v('2024-Q1', 'ltv')).toBeCloseTo(1000, 9); // ltv(Mar) = 100 / 0.1
    expect(q.v('2024-Q1', 'ltv_cac')).toBeCloseTo(1000 / (1100 / 17), 9);
    expect(q.v('2024-Q1', 'customer_churn_rate')).toBeNull(); // customers(Dec 2023) unknown
    expect(q.v('2024-Q1', 'sales_cost')).toBe(200);
    expect(q.v('2024-Q1', 'marketing_cost')).toBe(900);
  });

  it('Q2 (Apr–May)', () => {
    expect(q.v('2024-Q2', 'customer_churn_rate')).toBeCloseTo((2 / 14) * 100, 9); // Σ2 / customers(Mar)
    expect(q.v('2024-Q2', 'crr')).toBeCloseTo(((15 - 3) / 14) * 100, 9); // (cust(May) − Σnew) / 14
    expect(q.v('2024-Q2', 'visitor_conversion_rate')).toBeCloseTo((27 / 2700) * 100, 9);
    expect(q.v('2024-Q2', 'cac')).toBeCloseTo(100 / 3, 9); // (50 + 50) / (2 + 1)
  });

  it('the year', () => {
    const y = r.periods('year');
    expect(y.keys).toEqual(['2024']);
    expect(y.v('2024', 'revenue')).toBe(7100);
    expect(y.v('2024', 'cac')).toBeCloseTo(1200 / 20, 9); // (100+400+100+200+300+50+50) / 20
  });
});
