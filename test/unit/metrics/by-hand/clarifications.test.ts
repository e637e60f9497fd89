// metrics.md §14 clarifications, each with a minimal file; values by hand. Items already tested
// elsewhere (§14.3–§14.5, §14.7–§14.10, §14.13) are not repeated; §14.12 is in segments.test.ts.
import { describe, expect, it } from 'vitest';
import { csv, run } from '../../report-by-hand/run.ts';

describe('§14.1 month range', () => {
  it('rejected rows do not extend it', () => {
    // "Unmapped columns … and rejected rows do not extend it." The June subscription has an
    // unreadable required amount, the February lead an impossible date: both rows are rejected,
    // so the range is January alone.
    const r = run([
      {
        name: 'subs.csv',
        text: csv(
          'customer_id,start_date,amount,interval',
          'a,2024-01-05,10,month',
          'b,2024-06-05,ten,month',
        ),
      },
      { name: 'leads.csv', text: csv('lead_id,created_at', 'L1,2024-01-03', 'L2,2024-02-30') },
    ]);
    expect(r.doc.files.map((f) => [f.kind, f.rows_stored, f.rows_rejected])).toEqual([
      ['subscriptions', 1, 1],
      ['leads', 1, 1],
    ]);
    expect(Object.keys(r.doc.months)).toEqual(['2024-01']);
  });
});

describe('§14.2 precedence: raw NPS responses win over the sheet’s nps for every month', () => {
  // "a KPI that raw records can produce comes from them for every month of the range — including
  // months where the raw dataset has no rows and months where the raw value is null. There is no
  // fallback to the sheet for that KPI."
  const r = run([
    { name: 'nps.csv', text: csv('responded_at,score', '2024-01-10,10', '2024-01-11,0', '2024-03-02,9') },
    {
      name: 'kpis.csv',
      text: csv(
        'month,revenue,nps',
        'Jan 2024,100,55',
        'Feb 2024,100,66',
        'Mar 2024,100,77',
        'Apr 2024,100,88',
      ),
    },
  ]);

  it('months with responses take them; months without are null, not the sheet’s value', () => {
    // Jan (1 promoter − 1 detractor) / 2 = 0; Feb no response → null (not 66); Mar 1 promoter → 100;
    // Apr: the NPS file has no row (the sheet makes April a month) → null (not 88)
    const months = ['2024-01', '2024-02', '2024-03', '2024-04'];
    expect(months.map((m) => r.v(m, 'nps'))).toEqual([0, null, 100, null]);
    expect(months.map((m) => r.v(m, 'nps_responses'))).toEqual([2, 0, 1, 0]);
  });

  it('a quarter recomputes over the responses (§15 cohort rate), never the sheet', () => {
    // Q1: 3 responses, 2 promoters, 1 detractor → 100 / 3; Q2: no response → null
    const q = r.periods('quarter');
    expect(q.v('2024-Q1', 'nps')).toBeCloseTo(100 / 3, 12);
    expect(q.v('2024-Q2', 'nps')).toBeNull();
    expect(q.v('2024-Q2', 'nps_responses')).toBe(0);
  });
});

describe('§14.6 coverage and §14.11 pass-through with the wide costs form', () => {
  // Wide costs file (datasets.md §4: `month, sales_cost, marketing_cost` is costs).
  // January: only a sales cell → covered, marketing counts 0 → cac 100 / 1 new.
  // February: a row of empty cells → no non-empty cost cell → not covered → cac null.
  // March: 0 + 50 → covered → 50 / 1 new. April: no row → not covered, cost ids null (§14.11).
  const r = run([
    {
      name: 'subs.csv',
      text: csv(
        'customer_id,start_date,amount,interval',
        'a,2024-01-05,10,month',
        'b,2024-02-05,10,month',
        'c,2024-03-05,10,month',
        'd,2024-04-05,10,month',
      ),
    },
    {
      name: 'costs.csv',
      text: csv('month,sales_cost,marketing_cost', 'Jan 2024,100,', 'Feb 2024,,', 'Mar 2024,0,50'),
    },
  ]);
  const months = ['2024-01', '2024-02', '2024-03', '2024-04'];

  it('monthly cac', () => {
    expect(r.doc.files[1].kind).toBe('costs');
    expect(months.map((m) => r.v(m, 'cac'))).toEqual([100, null, 50, null]);
    expect(r.v('2024-04', 'sales_cost')).toBeNull();
    expect(r.v('2024-04', 'marketing_cost')).toBeNull();
  });

  it('quarters: cac from the summed parts; a cost flow with no row in the period is null', () => {
    // Q1 (100 + 0 + 50) / (1 + 1 + 1) = 50; Q2 (April): no cost row → cac, sales_cost null
    const q = r.periods('quarter');
    expect(q.v('2024-Q1', 'cac')).toBe(50);
    expect(q.v('2024-Q1', 'sales_cost')).toBe(100);
    expect(q.v('2024-Q1', 'marketing_cost')).toBe(50);
    expect(q.v('2024-Q2', 'cac')).toBeNull();
    expect(q.v('2024-Q2', 'sales_cost')).toBeNull();
  });
});
