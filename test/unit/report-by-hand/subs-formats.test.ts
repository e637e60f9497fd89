// By hand: subscription files in formats and locales the public fixtures do not have. Values by
// hand from metrics.md §2 (f factors), datasets.md §2 (numbers), §4 (synonyms), §8.6 (cents).
import { describe, expect, it } from 'vitest';
import { csv, run } from './run.ts';

const months = (r: ReturnType<typeof run>, id: string) => Object.keys(r.doc.months).map((m) => r.v(m, id));

describe('Indonesian subscriptions: `Rp 15.800` means 15800 (datasets.md §2)', () => {
  // Every amount is `d.ddd` only (ambiguous): a `,` file, so the workspace locale decides.
  const text = csv(
    'id pelanggan,paket,tanggal mulai,tanggal berakhir,harga,mata uang,jumlah,billing_frequency',
    'C1,Dasar,05/01/2024,,"Rp 15.800",IDR,1,bulanan',
    'C2,Pro,07/01/2024,03/03/2024,"Rp 250.000",IDR,2,bulanan',
    'C3,Tahunan,02/02/2024,,"Rp 120.000",IDR,1,tahunan',
  );

  it('locale id: dot groups thousands, dates day-first', () => {
    const r = run([{ name: 'langganan.csv', text }], { locale: 'id' });
    expect(r.doc.files[0]).toMatchObject({ kind: 'subscriptions', decimal: ',', dateOrder: 'DMY' });
    // Jan: C1 15800 + C2 2 × 250000 = 515800; Feb: + C3 120000 / 12 = 10000 → 525800
    // Mar: C2 ends 03.03 → 25800
    expect(months(r, 'mrr')).toEqual([515800, 525800, 25800]);
    expect(r.v('2024-03', 'churned_mrr')).toBe(500000);
  });

  it('locale en-US: the same cells are 15.8, 250 and 120 with month-first dates', () => {
    const r = run([{ name: 'langganan.csv', text }], { locale: 'en-US' });
    // 05/01 = May 1, 07/01 = Jul 1, 02/02 = Feb 2, end 03/03 = Mar 3 (before C2 starts)
    expect(r.doc.files[0]).toMatchObject({ decimal: '.', dateOrder: 'MDY' });
    expect(r.v('2024-02', 'mrr')).toBeCloseTo(10, 9); // C3 120 / 12
    expect(r.v('2024-05', 'mrr')).toBeCloseTo(10 + 15.8, 9);
    expect(r.v('2024-07', 'mrr')).toBeCloseTo(10 + 15.8, 9); // C2 never live
  });
});

describe('intervals, quantities and discounts (§2)', () => {
  const r = run([
    {
      name: 'subs.csv',
      text: csv(
        'customer_id,plan,start_date,end_date,price,quantity,billing_frequency,discount_percent,status',
        'A,q,2024-01-10,,300,1,quarterly,,active',
        'B,w,2024-01-15,,12,1,weekly,,active',
        'C,d,2024-01-20,,2,3,daily,,active',
        'D,y,2024-01-25,,1200,2,annual,10%,active',
        'E,m,2024-01-05,,100,1,monthly,12.5,active',
      ),
    },
  ]);
  it('normalises each period', () => {
    // A 300 / 3 = 100; B 12 × 52/12 = 52; C 2 × 3 × 365/12 = 182.5;
    // D 1200 × 2 × 0.9 / 12 = 180; E 100 × 0.875 = 87.5 → 602
    expect(r.v('2024-01', 'mrr')).toBeCloseTo(602, 9);
    expect(r.v('2024-01', 'arpa')).toBeCloseTo(602 / 5, 9);
  });
});

describe('Baremetrics template: plan_amount in minor units (datasets.md §4, §8.6)', () => {
  const header =
    'plan_oid,plan_name,plan_currency,plan_amount,plan_interval,plan_interval_count,customer_oid,customer_name,customer_email,subscription_oid,subscription_started_at,subscription_canceled_at,subscription_quantity';
  it('JPY is zero-decimal: divided by 1', () => {
    const r = run([
      {
        name: 'bm_jpy.csv',
        text: csv(
          header,
          'basic,Basic,jpy,9800,month,1,c1,A,a@x,s1,2024-01-10,,1',
          'team,Team,jpy,120000,year,1,c2,B,b@x,s2,2024-01-15,,3',
          'q,Quarterly,jpy,30000,month,3,c3,C,c@x,s3,2024-02-01,2024-03-15,1',
        ),
      },
    ]);
    // Jan 9800 + 120000 × 3 / 12 = 39800; Feb + 30000 / 3 = 49800; Mar c3 canceled → 39800
    expect(months(r, 'mrr')).toEqual([39800, 49800, 39800]);
    expect(r.v('2024-03', 'churned_mrr')).toBe(10000);
  });
  it('USD cents: divided by 100, weeks with an interval count', () => {
    const r = run([
      {
        name: 'bm_usd.csv',
        text: csv(
          header,
          'basic,Basic,usd,2999,month,1,c1,A,a@x,s1,2024-01-10,,1',
          'team,Team,usd,120000,year,1,c2,B,b@x,s2,2024-01-15,,3',
          'q,Quarterly,usd,30000,month,3,c3,C,c@x,s3,2024-02-01,2024-03-15,1',
          'w,Weekly,usd,1500,week,2,c4,D,d@x,s4,2024-02-20,,1',
        ),
      },
    ]);
    // Jan 29.99 + 1200 × 3 / 12 = 329.99; Feb + 300 / 3 + 15 × (52/12) / 2 = 32.5 → 462.49
    // Mar − 100 → 362.49
    const m = months(r, 'mrr');
    expect(m[0]).toBeCloseTo(329.99, 9);
    expect(m[1]).toBeCloseTo(462.49, 9);
    expect(m[2]).toBeCloseTo(362.49, 9);
  });
});

describe('RavenStack and dbt mrr-playbook shapes: a direct MRR column (§2 "used as is")', () => {
  it('RavenStack: mrr_amount is not multiplied by seats; is_trial rows never count', () => {
    const r = run([
      {
        name: 'ravenstack_subscriptions.csv',
        text: csv(
          'subscription_id,account_id,start_date,end_date,plan_tier,seats,mrr_amount,arr_amount,is_trial,upgrade_flag,downgrade_flag,churn_flag,billing_frequency,auto_renew_flag',
          'S-1,A-1,2024-01-05,2024-03-10,Basic,5,95,1140,False,False,False,True,monthly,True',
          'S-2,A-2,2024-01-20,,Pro,10,490,5880,False,False,False,False,annual,True',
          'S-3,A-3,2024-02-01,2024-02-15,Pro,1,49,588,True,False,False,False,monthly,False',
          'S-4,A-1,2024-03-10,,Enterprise,20,1990,23880,False,True,False,False,annual,True',
        ),
      },
    ]);
    // Jan 95 + 490 = 585; Feb 585 (S-3 trial); Mar A-1 95 → 1990: expansion 1895, MRR 2480
    expect(months(r, 'mrr')).toEqual([585, 585, 2480]);
    expect(r.v('2024-03', 'expansion_mrr')).toBe(1895);
    expect(r.v('2024-02', 'customers')).toBe(2);
  });

  it('dbt subscription_periods: dates without time end exclusively', () => {
    const r = run([
      {
        name: 'subscription_periods.csv',
        text: csv(
          'subscription_id,customer_id,start_date,end_date,monthly_amount',
          '1,1,2018-01-01,2018-04-01,10',
          '2,2,2018-01-01,,20',
          '3,1,2018-06-01,,15',
          '4,3,2018-02-01,2018-03-01,30',
        ),
      },
    ]);
    // c1 10 live at E(Jan..Mar) (ends 1 Apr 00:00); c3 30 only at E(Feb); c1 back in June at 15
    expect(months(r, 'mrr')).toEqual([30, 60, 30, 20, 20, 35]);
    expect(months(r, 'churned_mrr')).toEqual([0, 0, 30, 10, 0, 0]);
    expect(r.v('2018-06', 'reactivation_mrr')).toBe(15);
    expect(r.v('2018-06', 'reactivated_customers')).toBe(1);
  });
});
