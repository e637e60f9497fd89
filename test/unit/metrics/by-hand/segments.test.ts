// metrics.md §3b "Segment filter", §14.12, values by hand.
//
// §3b: "choosing plans (or any categorical field mapped on subscriptions, such as currency or
// country) keeps only the periods whose value is in the chosen set; every subscription KPI is then
// computed on those periods alone, exactly as if the file held nothing else."
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../src/core/datasets/ingest.ts';
import { checkSegment, segmentFields } from '../../../../src/core/metrics/segments.ts';
import { DEFAULT_SETTINGS, workspaceDataOf } from '../../../../src/core/workspace-data.ts';
import { computeGrains } from '../../../../src/worker/compute.ts';
import { csv, run } from '../../report-by-hand/run.ts';

// a: Starter 10 (Jan, Feb) then Pro 50 from 1 Mar 00:00 (a plan change inside the workspace)
// b: Pro 40, Jan only (ends 20 Feb), back on Pro 40 from 3 Apr (reactivation inside Pro)
// c: Pro 30 and Starter 20 at once from 2 Feb; the Starter one ends 10 Apr
// d: Starter 15 in and out inside March (never at a month end)
// e: Pro 25 from 20 Jan, ends 15 May (not live at E(May))
const SUBS = csv(
  'customer_id,plan,start_date,end_date,amount,interval',
  'a,Starter,2024-01-10,2024-03-01,10,month',
  'a,Pro,2024-03-01,,50,month',
  'b,Pro,2024-01-15,2024-02-20,40,month',
  'b,Pro,2024-04-03,,40,month',
  'c,Pro,2024-02-02,,30,month',
  'c,Starter,2024-02-02,2024-04-10,20,month',
  'd,Starter,2024-03-05,2024-03-25,15,month',
  'e,Pro,2024-01-20,2024-05-15,25,month',
);
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'];

describe('a customer changing plan, or paying for two plans, inside and outside a segment (§3b)', () => {
  const series = (segment: Record<string, string[]> | undefined, id: string) => {
    const r = run([{ name: 'subs.csv', text: SUBS }], { segment });
    return MONTHS.map((m) => r.v(m, id));
  };

  it('the whole workspace: the plan change is an expansion, the dropped plan a contraction', () => {
    // m_c by month (Jan…May): a 10 10 50 50 50; b 40 0 0 40 40; c 0 50 50 30 30; e 25 25 25 25 0
    expect(series(undefined, 'mrr')).toEqual([75, 85, 125, 145, 120]);
    expect(series(undefined, 'expansion_mrr')).toEqual([0, 0, 40, 0, 0]); // a 10 → 50
    expect(series(undefined, 'contraction_mrr')).toEqual([0, 0, 0, 20, 0]); // c 50 → 30
    expect(series(undefined, 'new_mrr')).toEqual([75, 50, 0, 0, 0]);
  });

  it('Pro: a is new in March (first Pro month), b reactivates in April, c is new at 30', () => {
    // Pro m_c: a 0 0 50 50 50; b 40 0 0 40 40; c 0 30 30 30 30; e 25 25 25 25 0
    expect(series({ plan: ['Pro'] }, 'mrr')).toEqual([65, 55, 105, 145, 120]);
    expect(series({ plan: ['Pro'] }, 'new_mrr')).toEqual([65, 30, 50, 0, 0]);
    expect(series({ plan: ['Pro'] }, 'new_customers')).toEqual([2, 1, 1, 0, 0]);
    expect(series({ plan: ['Pro'] }, 'expansion_mrr')).toEqual([0, 0, 0, 0, 0]);
    expect(series({ plan: ['Pro'] }, 'reactivation_mrr')).toEqual([0, 0, 0, 40, 0]);
    expect(series({ plan: ['Pro'] }, 'churned_mrr')).toEqual([0, 40, 0, 0, 25]);
    // churn rate: Feb 1 / 2 = 50 %; May 1 / 4 = 25 %
    expect(series({ plan: ['Pro'] }, 'customer_churn_rate')).toEqual([null, 50, 0, 0, 25]);
  });

  it('Starter: a churns out of the segment in March, c in April (contraction in the whole)', () => {
    // Starter m_c: a 10 10 0 0 0; c 0 20 20 0 0; d never at a month end
    expect(series({ plan: ['Starter'] }, 'mrr')).toEqual([10, 30, 20, 0, 0]);
    expect(series({ plan: ['Starter'] }, 'churned_mrr')).toEqual([0, 0, 10, 20, 0]);
    expect(series({ plan: ['Starter'] }, 'churned_customers')).toEqual([0, 0, 1, 1, 0]);
    // Mar 1 of 2 = 50 %; Apr 1 of 1 = 100 %; May no customer at E(Apr) → null
    expect(series({ plan: ['Starter'] }, 'customer_churn_rate')).toEqual([null, 0, 50, 100, null]);
  });

  it('cohorts of a segment: the first month with segment MRR > 0', () => {
    const r = run([{ name: 'subs.csv', text: SUBS }], { segment: { plan: ['Pro'] } });
    // Jan {b 40, e 25}: 65; logo Feb e only 1/2, Apr b+e, May b only; revenue 25/65, 65/65, 40/65
    const jan = r.doc.cohorts!['2024-01'];
    expect(Object.keys(r.doc.cohorts!)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(jan.size).toBe(2);
    expect(jan.mrr).toBe(65);
    expect(jan.logo).toEqual([100, 50, 50, 100, 50]);
    expect(jan.revenue.map((x) => Math.round(x * 1e9) / 1e9)).toEqual(
      [100, (25 / 65) * 100, (25 / 65) * 100, 100, (40 / 65) * 100].map((x) => Math.round(x * 1e9) / 1e9),
    );
    expect(r.doc.cohorts!['2024-03']).toEqual({
      size: 1,
      mrr: 50,
      logo: [100, 100, 100],
      revenue: [100, 100, 100],
    });
  });

  it('a quarter of a segment: rates from the segment’s summed movements (§15)', () => {
    const q = run([{ name: 'subs.csv', text: SUBS }], { segment: { plan: ['Pro'] } }).periods('quarter');
    // Q2 (Apr–May): churned 1 (e) / customers(Mar) 3; nrr (105 + 0 − 0 − 25) / 105
    expect(q.v('2024-Q2', 'customer_churn_rate')).toBeCloseTo((1 / 3) * 100, 12);
    expect(q.v('2024-Q2', 'nrr')).toBeCloseTo((80 / 105) * 100, 12);
    // net: (25 − 40 reactivation) / 105
    expect(q.v('2024-Q2', 'net_mrr_churn_rate')).toBeCloseTo((-15 / 105) * 100, 12);
  });
});

describe('§14.12 under a segment in quarters and years', () => {
  it('cac, ltv_cac and cac_payback_months are null for a period too; ltv is not', () => {
    // Pro only: p 100 from Jan; q 100 from Feb, leaves in March; churn Mar 1/2 = 50 %, Apr 0.
    // ltv(Apr) = arpa 100 / mean(0 (Feb), 0.5 (Mar)) = 400 — a segment keeps ltv.
    const subs = csv(
      'customer_id,plan,start_date,end_date,amount,interval',
      'p,Pro,2024-01-05,,100,month',
      'q,Pro,2024-02-05,2024-03-20,100,month',
      's,Starter,2024-01-06,,10,month',
      's2,Starter,2024-04-06,,10,month',
    );
    const costs = csv(
      'month,category,amount',
      '2024-01,sales,300',
      '2024-02,marketing,300',
      '2024-04,sales,50',
    );
    const files = [
      { name: 'subs.csv', text: subs },
      { name: 'costs.csv', text: costs },
    ];
    const whole = run(files).periods('quarter');
    // whole Q1: (300 + 300) / 3 new (p, s, q) = 200 — costs are there to be nulled
    expect(whole.v('2024-Q1', 'cac')).toBe(200);
    const pro = run(files, { segment: { plan: ['Pro'] } });
    for (const grain of ['quarter', 'year'] as const) {
      const p = pro.periods(grain);
      for (const key of p.keys)
        for (const id of ['cac', 'ltv_cac', 'cac_payback_months'])
          expect([grain, key, id, p.v(key, id)]).toEqual([grain, key, id, null]);
    }
    expect(pro.v('2024-04', 'ltv')).toBeCloseTo(400, 9);
    expect(pro.periods('quarter').v('2024-Q2', 'ltv')).toBeCloseTo(400, 9); // stock: ltv(Apr)
  });
});

describe('segment fields: any categorical field mapped on subscriptions (§3b)', () => {
  // a yearly 120 (10 a month), b monthly 20, c monthly 30 canceled (counts by its dates, §14.8)
  const text = csv(
    'customer_id,plan,start_date,amount,interval,status',
    'a,Pro,2024-01-05,120,year,active',
    'b,Pro,2024-01-06,20,month,active',
    'c,Pro,2024-01-07,30,month,canceled',
  );
  const data = workspaceDataOf([ingest(new TextEncoder().encode(text), 'subs.csv', { locale: 'en-US' })]);
  const settings = { ...DEFAULT_SETTINGS, fx: {} };
  const appMrr = (segment: Record<string, string[]>) =>
    computeGrains(data, settings, segment, ['month']).grains.month!.values.mrr;

  it('the billing interval (monthly vs annual) is a segment: annual MRR is 120 / 12 = 10', () => {
    // Not "unknown" to the app (computeGrains, the worker's compute) nor to the report command.
    expect(appMrr({ interval_unit: ['year'] })).toEqual([10]);
    expect(appMrr({ interval_unit: ['month'] })).toEqual([50]); // b 20 + c 30
    expect(
      checkSegment({ interval_unit: ['year'] }, segmentFields(data.subscriptions)).unknownFields,
    ).toEqual([]);
  });

  it('the status is a categorical field too: active rows a + b = 10 + 20 = 30', () => {
    // A reading of "any categorical field": status is mapped and categorical, like currency.
    expect(appMrr({ status: ['active'] })).toEqual([30]);
    expect(checkSegment({ status: ['active'] }, segmentFields(data.subscriptions)).unknownFields).toEqual([]);
  });
});

describe('a country column is a segment (§3b names it), also with more than 50 countries', () => {
  it('--segment country=PL keeps the two PL customers: 10 + 5 = 15', () => {
    // 60 countries (PL and 59 two-letter codes), two customers each: 10 and 5 a month. The import
    // keeps the column, and the segment keeps PL's rows alone.
    const codes = Array.from({ length: 60 }, (_, i) =>
      i === 0 ? 'PL' : String.fromCharCode(65 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)),
    );
    const lines = ['customer_id,plan,start_date,amount,interval,country'];
    codes.forEach((c, i) =>
      lines.push(`x${i},Pro,2024-01-05,10,month,${c}`, `y${i},Pro,2024-01-05,5,month,${c}`),
    );
    const r = run([{ name: 'subs.csv', text: csv(...lines) }], { segment: { country: ['PL'] } });
    expect(r.v('2024-01', 'mrr')).toBe(15);
    expect(r.v('2024-01', 'customers')).toBe(2);
    expect(Object.keys(segmentFields(workspaceDataOf(r.results).subscriptions))).toContain('country');
  });
});
