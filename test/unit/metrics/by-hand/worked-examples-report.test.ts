// metrics.md §13: every published worked example through the report pipeline (CSV text →
// ingest → buildReport), asserting every number each example names, intermediate ones included
// (test/unit/metrics/worked-examples.test.ts uses hand-made frames and checks only the results of
// examples 7 and 8). All expected values are the spec's own numbers or arithmetic on them.
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../../src/ui/dashboard/model.ts';
import { csv, run } from '../../report-by-hand/run.ts';

const SUBS = 'customer_id,start_date,end_date,amount,interval,quantity';

describe('§13 worked examples through the report', () => {
  it('1: 5 seats × $5/month → MRR 25; adding 2 seats × $30/month → MRR 85', () => {
    // §2: mrr = amount × quantity × f; Jan 5 × 5 = 25; Feb 25 + 30 × 2 = 85 (expansion 60)
    const r = run([
      {
        name: 'ex1.csv',
        text: csv(SUBS, 'a,2024-01-05,,$5,month,5', 'a,2024-02-10,,$30,month,2'),
      },
    ]);
    expect(r.v('2024-01', 'mrr')).toBe(25);
    expect(r.v('2024-02', 'mrr')).toBe(85);
    expect(r.v('2024-02', 'expansion_mrr')).toBe(60);
    expect(r.v('2024-02', 'customers')).toBe(1);
  });

  it('2: 100 customers × $100/month + 50 customers × $600/year → MRR 12,500', () => {
    // 100 × 100 = 10,000; 50 × 600 / 12 = 2,500; ARR = 12 × 12,500 = 150,000
    const lines = [SUBS];
    for (let i = 0; i < 100; i++) lines.push(`m${i},2024-01-02,,100,month,`);
    for (let i = 0; i < 50; i++) lines.push(`y${i},2024-01-03,,600,year,`);
    const r = run([{ name: 'ex2.csv', text: csv(...lines) }]);
    expect(r.v('2024-01', 'mrr')).toBeCloseTo(12_500, 9);
    expect(r.v('2024-01', 'arr')).toBeCloseTo(150_000, 8);
    expect(r.v('2024-01', 'customers')).toBe(150);
  });

  it('3: start MRR 100; churned 10, contraction 10, expansion 10 → gross 20, net 10', () => {
    // Jan a 10 + b 20 + c 70 = 100. Feb: a leaves (churn 10), b 20 → 10 (contraction 10),
    // c 70 → 80 (expansion 10). gross = (10 + 10) / 100 = 20 %; net = (10 + 10 − 10) / 100 = 10 %.
    const r = run([
      {
        name: 'ex3.csv',
        text: csv(
          SUBS,
          'a,2024-01-01,2024-02-15,10,month,',
          'b,2024-01-01,2024-02-01,20,month,',
          'b,2024-02-01,,10,month,',
          'c,2024-01-01,2024-02-01,70,month,',
          'c,2024-02-01,,80,month,',
        ),
      },
    ]);
    expect(r.v('2024-01', 'mrr')).toBe(100);
    expect(r.v('2024-02', 'churned_mrr')).toBe(10);
    expect(r.v('2024-02', 'contraction_mrr')).toBe(10);
    expect(r.v('2024-02', 'expansion_mrr')).toBe(10);
    expect(r.v('2024-02', 'gross_mrr_churn_rate')).toBe(20);
    expect(r.v('2024-02', 'net_mrr_churn_rate')).toBe(10);
  });

  it('4: ARPA 100, churn 5 % every month → ltv 2,000', () => {
    // 20 customers at 100 from January; in each month Feb…Aug one leaves and one joins, so
    // customers stay 20, churn is 1/20 = 5 % each month and ARPA is 2000 / 20 = 100.
    // ltv(Aug) = 100 × 1 / mean(5 %, Feb…Jul) = 100 / 0.05 = 2,000 (§5, current month excluded).
    const lines = [SUBS];
    for (let i = 0; i < 20; i++) {
      const leaves = i >= 1 && i <= 7 ? `2024-0${i + 1}-10` : '';
      lines.push(`c${i},2024-01-01,${leaves},100,month,`);
    }
    for (let k = 2; k <= 8; k++) lines.push(`n${k},2024-0${k}-12,,100,month,`);
    const r = run([{ name: 'ex4.csv', text: csv(...lines) }]);
    for (const m of ['02', '03', '04', '05', '06', '07']) {
      expect(r.v(`2024-${m}`, 'customer_churn_rate')).toBe(5);
      expect(r.v(`2024-${m}`, 'arpa')).toBe(100);
    }
    expect(r.v('2024-08', 'arpa')).toBe(100);
    expect(r.v('2024-08', 'ltv')).toBeCloseTo(2000, 9);
  });

  it('5: $120/year at 10 % discount → MRR 9; $10/month at 10 % → 9', () => {
    // 120 × (1 − 0.1) / 12 = 9; 10 × (1 − 0.1) = 9; a `%` value in a percent column is the number.
    const head = 'customer_id,start_date,amount,interval,discount';
    const yearly = run([{ name: 'ex5a.csv', text: csv(head, 'a,2024-01-05,120,year,10%') }]);
    const monthly = run([{ name: 'ex5b.csv', text: csv(head, 'b,2024-01-05,10,month,10%') }]);
    expect(yearly.v('2024-01', 'mrr')).toBeCloseTo(9, 12);
    expect(monthly.v('2024-01', 'mrr')).toBeCloseTo(9, 12);
  });

  it('6: A 40, 75, 0 and B 20, 80, 120 → MRR, ARR, expansion, churn', () => {
    // MRR 60, 155, 120; ARR 720, 1,860, 1,440; expansion Feb (75 − 40) + (80 − 20) = 95,
    // Mar 120 − 80 = 40; churned Mar 75 (A). Date-only ends are exclusive (datasets.md §4).
    const r = run([
      {
        name: 'ex6.csv',
        text: csv(
          SUBS,
          'A,2024-01-01,2024-02-01,40,month,',
          'A,2024-02-01,2024-03-01,75,month,',
          'B,2024-01-01,2024-02-01,20,month,',
          'B,2024-02-01,2024-03-01,80,month,',
          'B,2024-03-01,,120,month,',
        ),
      },
    ]);
    const months = ['2024-01', '2024-02', '2024-03'];
    expect(Object.keys(r.doc.months)).toEqual(months);
    expect(months.map((m) => r.v(m, 'mrr'))).toEqual([60, 155, 120]);
    expect(months.map((m) => r.v(m, 'arr'))).toEqual([720, 1860, 1440]);
    expect(months.map((m) => r.v(m, 'expansion_mrr'))).toEqual([0, 95, 40]);
    expect(months.map((m) => r.v(m, 'churned_mrr'))).toEqual([0, 0, 75]);
    expect(months.map((m) => r.v(m, 'contraction_mrr'))).toEqual([0, 0, 0]);
  });

  it('7: new 20k + expansion 8k vs churn 5k + contraction 3k → quick ratio 3.5', () => {
    // x 5000 leaves (churn 5k); y 10000 → 7000 (contraction 3k); z 2000 → 10000 (expansion 8k);
    // w joins at 20000 (new 20k). (20k + 8k) / (5k + 3k) = 3.5.
    const r = run([
      {
        name: 'ex7.csv',
        text: csv(
          SUBS,
          'x,2024-01-01,2024-02-01,5000,month,',
          'y,2024-01-01,2024-02-01,10000,month,',
          'y,2024-02-01,,7000,month,',
          'z,2024-01-01,2024-02-01,2000,month,',
          'z,2024-02-01,,10000,month,',
          'w,2024-02-03,,20000,month,',
        ),
      },
    ]);
    expect(r.v('2024-02', 'new_mrr')).toBe(20_000);
    expect(r.v('2024-02', 'expansion_mrr')).toBe(8_000);
    expect(r.v('2024-02', 'churned_mrr')).toBe(5_000);
    expect(r.v('2024-02', 'contraction_mrr')).toBe(3_000);
    expect(r.v('2024-02', 'saas_quick_ratio')).toBe(3.5);
  });

  it('8: cac 1,200, new MRR per new customer 120, gross margin 0.8 → payback 12.5', () => {
    // costs 1400 sales + 1000 marketing = 2400 over 2 new customers → cac 1200;
    // new_mrr 240 / 2 = 120 per new customer; 1200 / (120 × 0.8) = 12.5 months.
    const r = run(
      [
        { name: 'ex8.csv', text: csv(SUBS, 'a,2024-01-04,,120,month,', 'b,2024-01-09,,120,month,') },
        {
          name: 'costs.csv',
          text: csv('month,category,amount', '2024-01,sales,1400', '2024-01,marketing,1000'),
        },
      ],
      { settings: { gross_margin: 0.8 } },
    );
    expect(r.v('2024-01', 'cac')).toBe(1200);
    expect(r.v('2024-01', 'new_mrr')! / r.v('2024-01', 'new_customers')!).toBe(120);
    expect(r.v('2024-01', 'cac_payback_months')).toBeCloseTo(12.5, 12);
  });

  it('9: 50 % promoters, 10 % detractors → nps 40', () => {
    // 10 responses: 5 promoters (9–10), 4 passives, 1 detractor → (5 − 1) / 10 × 100 = 40
    const scores = [9, 10, 9, 10, 9, 7, 8, 7, 8, 6];
    const r = run([
      { name: 'nps.csv', text: csv('responded_at,score', ...scores.map((s, i) => `2024-01-${10 + i},${s}`)) },
    ]);
    expect(r.v('2024-01', 'nps_responses')).toBe(10);
    expect(r.v('2024-01', 'nps')).toBe(40);
  });

  it('10: 4 yearly plans billed 2,000 together → MRR 166.67 (rounded to cents for display)', () => {
    // 500 × 4 / 12 = 166.666…; the KPI card shows money to the cent: $166.67
    const r = run([{ name: 'ex10.csv', text: csv(SUBS, 'a,2024-01-01,,500,year,4') }]);
    expect(r.v('2024-01', 'mrr')).toBeCloseTo(2000 / 12, 12);
    expect(formatValue('mrr', r.v('2024-01', 'mrr'), 'USD', 'en')).toBe('$166.67');
  });
});
