// By hand: a Stripe-shaped subscriptions export written with Polish conventions (`;`, CRLF,
// decimal comma, `1 234,50 zł`, day-first `DD.MM.YYYY HH:mm`). Expected values are worked out by
// hand from metrics.md §2–§5, §3b and §14.1; the arithmetic is in the comments.
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';

const STRIPE_PL =
  [
    'id;Customer ID;Plan;Quantity;Currency;Interval;Amount;Status;Created (UTC);Start (UTC);Trial End (UTC);Canceled At (UTC);Cancel At Period End;Ended At (UTC)',
    // A: 2 seats × 1 234,50 until an upgrade to 3 seats at 10.04 00:00 (same instant)
    'sub_1;cus_A;pro;2;pln;month;1 234,50 zł;canceled;15.01.2024 10:00;15.01.2024 10:00;;10.04.2024 00:00;false;10.04.2024 00:00',
    // B: 99 a month, ends mid-March; comes back in May on another plan (reactivation)
    'sub_2;cus_B;basic;1;pln;month;99,00 zł;canceled;20.01.2024 08:30;20.01.2024 08:30;;14.03.2024 12:00;false;14.03.2024 12:00',
    // C: yearly 1 200,00 with a pending cancel-at-period-end (Canceled At set, Ended At empty): live
    'sub_3;cus_C;pro_annual;1;pln;year;1 200,00 zł;active;03.02.2024 09:00;03.02.2024 09:00;;20.05.2024 11:00;true;',
    // D: trialing with a trial end in March: counts from 09.03
    'sub_4;cus_D;lite;1;pln;month;49,00 zł;trialing;24.02.2024 16:00;24.02.2024 16:00;09.03.2024 16:00;;false;',
    // B again; Created (unmapped when Start exists) in June must not add June (§14.1)
    'sub_5;cus_B;plus;1;pln;month;149,00 zł;active;18.06.2024 07:00;05.05.2024 07:00;;;false;',
    'sub_6;cus_A;pro;3;pln;month;1 234,50 zł;active;10.04.2024 00:00;10.04.2024 00:00;;;false;',
    // never counts (incomplete_expired)
    'sub_7;cus_E;pro;1;pln;month;500,00 zł;incomplete_expired;12.03.2024 13:00;12.03.2024 13:00;;;false;13.03.2024 13:00',
  ].join('\r\n') + '\r\n';

describe('Stripe export, Polish conventions (locale pl)', () => {
  const r = run([{ name: 'stripe_pl.csv', text: STRIPE_PL }], { locale: 'pl' });
  const v = r.v;

  it('reads the file as subscriptions with ; , and day-first dates', () => {
    expect(r.doc.files).toEqual([
      expect.objectContaining({
        kind: 'subscriptions',
        rows_stored: 7,
        rows_rejected: 0,
        delimiter: ';',
        decimal: ',',
        dateOrder: 'DMY',
      }),
    ]);
  });

  it('spans Jan–May 2024: unmapped Created (June) and a pending Canceled At add no month (§14.1)', () => {
    expect(Object.keys(r.doc.months)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']);
  });

  it('MRR month by month (§2)', () => {
    // Jan: A 2 × 1234.50 = 2469 + B 99 = 2568
    // Feb: + C 1200 / 12 = 100 → 2668
    // Mar: − B (ended 14.03) + D 49 (trial ended 09.03) → 2618
    // Apr: A 3 × 1234.50 = 3703.50 instead of 2469 → 2618 + 1234.50 = 3852.50
    // May: + B 149 → 4001.50
    expect([1, 2, 3, 4, 5].map((m) => v(`2024-0${m}`, 'mrr'))).toEqual([2568, 2668, 2618, 3852.5, 4001.5]);
    expect(v('2024-05', 'arr')).toBe(12 * 4001.5);
  });

  it('the five movements and counts (§3)', () => {
    expect(v('2024-01', 'new_mrr')).toBe(2568);
    expect(v('2024-02', 'new_mrr')).toBe(100);
    expect(v('2024-03', 'new_mrr')).toBe(49);
    expect(v('2024-03', 'churned_mrr')).toBe(99);
    expect(v('2024-03', 'churned_customers')).toBe(1);
    expect(v('2024-04', 'expansion_mrr')).toBe(1234.5); // 3703.50 − 2469
    expect(v('2024-05', 'reactivation_mrr')).toBe(149); // B paid before (Jan, Feb)
    expect(v('2024-05', 'reactivated_customers')).toBe(1);
    expect(v('2024-05', 'new_customers')).toBe(0);
    // customers: Jan A,B; Feb A,B,C; Mar A,C,D; Apr A,C,D; May A,B,C,D
    expect([1, 2, 3, 4, 5].map((m) => v(`2024-0${m}`, 'customers'))).toEqual([2, 3, 3, 3, 4]);
    // net_new = MRR(M) − MRR(M−1)
    expect(v('2024-04', 'net_new_mrr')).toBeCloseTo(3852.5 - 2618, 9);
  });

  it('rates in March (§4)', () => {
    expect(v('2024-03', 'customer_churn_rate')).toBeCloseTo((1 / 3) * 100, 9); // 1 of Feb's 3
    expect(v('2024-03', 'gross_mrr_churn_rate')).toBeCloseTo((99 / 2668) * 100, 9); // 3.7106…
    expect(v('2024-03', 'net_mrr_churn_rate')).toBeCloseTo((99 / 2668) * 100, 9);
    expect(v('2024-03', 'nrr')).toBeCloseTo(((2668 - 99) / 2668) * 100, 9); // 96.289…
    expect(v('2024-03', 'grr')).toBeCloseTo(((2668 - 99) / 2668) * 100, 9);
    expect(v('2024-03', 'crr')).toBeCloseTo(((3 - 1 - 0) / 3) * 100, 9); // 66.67
    expect(v('2024-03', 'arpa')).toBeCloseTo(2618 / 3, 9);
    expect(v('2024-03', 'saas_quick_ratio')).toBeCloseTo(49 / 99, 9); // (new + exp) / (churn + contr)
  });

  it('rates in April and May (§4)', () => {
    expect(v('2024-04', 'nrr')).toBeCloseTo(((2618 + 1234.5) / 2618) * 100, 9); // 147.15…
    expect(v('2024-04', 'saas_quick_ratio')).toBeNull(); // nothing lost: 0 denominator
    // May: (churn + contraction − expansion − reactivation) / MRR(Apr) = −149 / 3852.5
    expect(v('2024-05', 'net_mrr_churn_rate')).toBeCloseTo((-149 / 3852.5) * 100, 9);
    expect(v('2024-05', 'nrr')).toBe(100); // reactivation is not part of NRR
    expect(v('2024-05', 'crr')).toBe(100); // (4 − 0 new − 1 reactivated) / 3
  });

  it('LTV over the six months before, current month excluded (§5)', () => {
    // churn: Jan null (no customers before), Feb 0/2 = 0, Mar 1/3, Apr 0/3 = 0
    expect(v('2024-01', 'ltv')).toBeNull();
    expect(v('2024-02', 'ltv')).toBeNull(); // no defined month before Feb
    expect(v('2024-03', 'ltv')).toBeNull(); // c̄ = mean(0) = 0
    // Apr: arpa 3852.5 / 3; c̄ = mean(0, 1/3) = 1/6 → 3852.5 / 3 × 6 = 7705
    expect(v('2024-04', 'ltv')).toBeCloseTo(7705, 6);
    // May: arpa 4001.5 / 4 = 1000.375; c̄ = mean(0, 1/3, 0) = 1/9 → 9003.375
    expect(v('2024-05', 'ltv')).toBeCloseTo(9003.375, 6);
  });

  it('cohorts (§3b)', () => {
    const c = r.doc.cohorts!;
    expect(Object.keys(c)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(c['2024-01'].size).toBe(2);
    expect(c['2024-01'].mrr).toBe(2568);
    expect(c['2024-01'].logo).toEqual([100, 100, 50, 50, 100]); // B away in Mar, Apr
    // revenue: Mar A 2469 / 2568; Apr 3703.5 / 2568; May (3703.5 + 149) / 2568
    const rev = c['2024-01'].revenue;
    expect(rev[0]).toBe(100);
    expect(rev[1]).toBe(100);
    expect(rev[2]).toBeCloseTo((2469 / 2568) * 100, 9);
    expect(rev[3]).toBeCloseTo((3703.5 / 2568) * 100, 9);
    expect(rev[4]).toBeCloseTo((3852.5 / 2568) * 100, 9);
    expect(c['2024-03']).toEqual({ size: 1, mrr: 49, logo: [100, 100, 100], revenue: [100, 100, 100] });
  });
});
