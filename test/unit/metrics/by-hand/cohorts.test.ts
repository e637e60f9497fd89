// metrics.md §3b cohorts and the report's cohort shape (interfaces.md §1), values by hand.
//
// §3b: "Cohort of a customer = the first month M with m_c(M) > 0. cohort_logo_retention(c, k) =
// # customers of cohort c with m > 0 at E(c+k) / cohort size × 100; cohort_revenue_retention(c, k)
// = Σ m at E(c+k) over the cohort / Σ m at E(c) over the cohort × 100 … k = 0 is 100."
// interfaces.md §1: "one value per month from the cohort's own month to the last month of the
// workspace".
import { describe, expect, it } from 'vitest';
import { csv, run } from '../../report-by-hand/run.ts';

// F: on a free plan (MRR 0) in Jan and Feb, pays 40 from 1 Mar → cohort Mar, not Jan
// T: trialing until 10 Feb (§2: live once trial_end <= T) → first paying month Feb
// R: 20 in Jan, ends 15 Feb; back at 25 from 2 Apr (reactivation stays in cohort Jan)
// S: 60 from 20 Jan, 90 from 1 Apr (expansion)
// X: 99 from 3 Feb to 25 Feb: never live at a month end → in no cohort
// A lead on 20 May extends the workspace to May (the subscriptions' last date is 2 Apr).
const SUBS = csv(
  'customer_id,plan,start_date,end_date,trial_end,status,amount,interval',
  'F,Free,2024-01-03,2024-03-01,,active,0,month',
  'F,Pro,2024-03-01,,,active,40,month',
  'T,Pro,2024-01-10,,2024-02-10,trialing,30,month',
  'R,Pro,2024-01-05,2024-02-15,,canceled,20,month',
  'R,Pro,2024-04-02,,,active,25,month',
  'S,Pro,2024-01-20,2024-04-01,,canceled,60,month',
  'S,Pro,2024-04-01,,,active,90,month',
  'X,Pro,2024-02-03,2024-02-25,,canceled,99,month',
);
const LEADS = csv('lead_id,created_at', 'L1,2024-05-20');

describe('cohort table (§3b)', () => {
  const r = run([
    { name: 'subs.csv', text: SUBS },
    { name: 'leads.csv', text: LEADS },
  ]);

  it('the workspace runs Jan–May and MRR follows m_c', () => {
    // m_c Jan…May: F 0 0 40 40 40; T 0 30 30 30 30; R 20 0 0 25 25; S 60 60 60 90 90
    expect(Object.keys(r.doc.months)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
    expect(Object.keys(r.doc.months).map((m) => r.v(m, 'mrr'))).toEqual([80, 90, 130, 185, 185]);
  });

  it('one cohort per first paying month; a free or trial start does not make the cohort', () => {
    expect(Object.keys(r.doc.cohorts!)).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('January {R 20, S 60}: a reactivated customer counts again in its own cohort', () => {
    // logo: Feb, Mar S only = 1/2; Apr, May R and S = 2/2
    // revenue: Feb, Mar 60 / 80 = 75 %; Apr, May (25 + 90) / 80 = 143.75 %
    expect(r.doc.cohorts!['2024-01']).toEqual({
      size: 2,
      mrr: 80,
      logo: [100, 50, 50, 100, 100],
      revenue: [100, 75, 75, 143.75, 143.75],
    });
  });

  it('February {T 30} and March {F 40}: one value per month up to the workspace’s last month', () => {
    expect(r.doc.cohorts!['2024-02']).toEqual({
      size: 1,
      mrr: 30,
      logo: [100, 100, 100, 100],
      revenue: [100, 100, 100, 100],
    });
    expect(r.doc.cohorts!['2024-03']).toEqual({
      size: 1,
      mrr: 40,
      logo: [100, 100, 100],
      revenue: [100, 100, 100],
    });
  });

  it('the cohort sizes add up to the customers ever new (X never counted)', () => {
    // new_customers: Jan R, S; Feb T; Mar F → 2 + 1 + 1 = 4 = 2 + 1 + 1 cohort sizes
    const months = Object.keys(r.doc.months);
    expect(months.map((m) => r.v(m, 'new_customers'))).toEqual([2, 1, 1, 0, 0]);
    expect(r.v('2024-04', 'reactivated_customers')).toBe(1);
  });
});
