// By hand: the month range (metrics.md §14.1) and CAC / payback / LTV:CAC from an Indonesian
// costs file (§5, §14.6, §15), values by hand.
import { describe, expect, it } from 'vitest';
import { csv, run } from './run.ts';

describe('month range (§14.1)', () => {
  const subs = csv(
    'customer_id,start_date,end_date,trial_end,status,amount,interval',
    'A,2024-01-10,,,active,100,month',
    // a scheduled cancellation (status still running) in April: no April
    'B,2024-02-05,2024-04-20,,active,50,month',
    // a trial ending in May: no May, and C is not live at E(Mar)
    'C,2024-03-01,,2024-05-15,trialing,30,month',
    // an end that has happened (canceled) in Dec 2023 and a start in Nov 2023
    'D,2023-11-20,2023-12-15,,canceled,10,month',
    // a trial end before the start may extend the range back (it is inside it here)
    'E,2024-01-15,,2023-12-01,active,20,month',
  );

  it('runs from the earliest date to the latest uncapped one', () => {
    const r = run([{ name: 'subs.csv', text: subs }]);
    expect(Object.keys(r.doc.months)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02', '2024-03']);
    // Nov D 10; Dec 0 (D ended 15 Dec); Jan A 100 + E 20; Feb + B 50; Mar B still live (ends 20 Apr)
    expect(Object.keys(r.doc.months).map((m) => r.v(m, 'mrr'))).toEqual([10, 0, 120, 170, 170]);
    expect(r.v('2023-12', 'customer_churn_rate')).toBe(100);
    expect(r.v('2024-01', 'customer_churn_rate')).toBeNull(); // no customer at E(Dec)
    expect(r.v('2024-01', 'new_customers')).toBe(2); // D was never paying again: A and E are new
  });

  it('a canceled row without a running status extends the range to its end month', () => {
    const r = run([
      {
        name: 'subs.csv',
        text: csv(
          'customer_id,start_date,end_date,status,amount,interval',
          'A,2024-01-10,,active,100,month',
          'B,2024-01-12,2024-03-03,Canceled,40,month',
        ),
      },
    ]);
    // "a cancellation on 3 August with nothing else in August still shows August"
    expect(Object.keys(r.doc.months)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.v('2024-03', 'churned_mrr')).toBe(40);
  });

  it('another dataset (leads converted later) extends the subscription months with zero movements', () => {
    const r = run([
      { name: 'subs.csv', text: csv('customer_id,start_date,amount,interval', 'A,2024-01-10,100,month') },
      {
        name: 'leads.csv',
        text: csv('lead_id,created_at,converted_at', 'L1,2024-01-03 10:00,2024-03-02 10:00'),
      },
    ]);
    expect(Object.keys(r.doc.months)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.v('2024-03', 'mrr')).toBe(100);
    expect(r.v('2024-03', 'new_mrr')).toBe(0);
    expect(r.v('2024-03', 'leads')).toBe(0);
    expect(r.v('2024-03', 'lead_conversion_rate')).toBeNull(); // no lead created in March
    expect(r.v('2024-01', 'lead_conversion_rate')).toBe(100);
  });
});

describe('CAC, payback and LTV:CAC from an Indonesian costs file (locale id, gross margin 0.8)', () => {
  const subs = csv(
    'id pelanggan;paket;tanggal mulai;tanggal berakhir;harga;mata uang;billing_frequency',
    'C1;Pro;05/01/2024;15/03/2024;Rp 300.000;IDR;bulanan',
    'C2;Tahunan;20/01/2024;;Rp 1.200.000;IDR;tahunan',
    'C3;Dasar;10/02/2024;;Rp 200.000;IDR;bulanan',
    'C4;Bisnis;03/03/2024;;Rp 500.000;IDR;bulanan',
    'C5;Mini;07/05/2024;;Rp 100.000;IDR;bulanan',
  );
  const costs = csv(
    'bulan;kategori;biaya',
    'Jan 2024;Penjualan;Rp 1.500.000',
    'Jan 2024;Iklan;Rp 2.000.000',
    'Jan 2024;Gaji;Rp 9.000.000', // neither sales nor marketing: not in CAC
    'Feb 2024;Pemasaran;Rp 500.000',
    'Mar 2024;Penjualan;Rp 250.000',
    'Apr 2024;Iklan;Rp 100.000',
    'Mei 2024;Penjualan;Rp 400.000',
  );
  const r = run(
    [
      { name: 'langganan.csv', text: subs },
      { name: 'biaya.csv', text: costs },
    ],
    { locale: 'id', settings: { gross_margin: 0.8 } },
  );
  const v = r.v;

  it('MRR and new customers', () => {
    // Jan C1 300000 + C2 1200000/12 = 100000 → 400000; Feb + C3 200000 → 600000;
    // Mar − C1 + C4 500000 → 800000; Apr 800000; May + C5 100000 → 900000
    expect(['01', '02', '03', '04', '05'].map((m) => v(`2024-${m}`, 'mrr'))).toEqual([
      400000, 600000, 800000, 800000, 900000,
    ]);
    expect(['01', '02', '03', '04', '05'].map((m) => v(`2024-${m}`, 'new_customers'))).toEqual([
      2, 1, 1, 0, 1,
    ]);
  });

  it('cost sums by category word (datasets.md §4 costs)', () => {
    expect(v('2024-01', 'sales_cost')).toBe(1500000);
    expect(v('2024-01', 'marketing_cost')).toBe(2000000); // iklan
    expect(v('2024-02', 'sales_cost')).toBe(0); // the file has a row that month
    expect(v('2024-02', 'marketing_cost')).toBe(500000); // pemasaran
  });

  it('monthly CAC and payback (§5)', () => {
    // Jan: 3500000 / 2 = 1750000; payback 1750000 / (400000 / 2 × 0.8) = 10.9375
    expect(v('2024-01', 'cac')).toBe(1750000);
    expect(v('2024-01', 'cac_payback_months')).toBeCloseTo(10.9375, 12);
    // Feb: 500000 / 1; payback 500000 / (200000 × 0.8) = 3.125
    expect(v('2024-02', 'cac_payback_months')).toBeCloseTo(3.125, 12);
    // Mar: 250000 / 1; payback 250000 / (500000 × 0.8) = 0.625
    expect(v('2024-03', 'cac')).toBe(250000);
    expect(v('2024-03', 'cac_payback_months')).toBeCloseTo(0.625, 12);
    // Apr: no new customer → null (reactivations are no acquisitions)
    expect(v('2024-04', 'cac')).toBeNull();
    expect(v('2024-04', 'cac_payback_months')).toBeNull();
  });

  it('LTV with gross margin, LTV:CAC (§5)', () => {
    // churn: Feb 0/2, Mar 1/3, Apr 0/3
    // Apr: arpa 800000/3, c̄ = mean(0, 1/3) = 1/6 → 800000/3 × 0.8 × 6 = 1280000
    expect(v('2024-04', 'ltv')).toBeCloseTo(1280000, 6);
    // May: arpa 900000/4 = 225000, c̄ = mean(0, 1/3, 0) = 1/9 → 225000 × 0.8 × 9 = 1620000
    expect(v('2024-05', 'ltv')).toBeCloseTo(1620000, 6);
    // May: cac 400000 → ltv_cac 4.05; payback 400000 / (100000 × 0.8) = 5
    expect(v('2024-05', 'ltv_cac')).toBeCloseTo(4.05, 12);
    expect(v('2024-05', 'cac_payback_months')).toBeCloseTo(5, 12);
    expect(v('2024-03', 'ltv')).toBeNull(); // c̄ = mean(0) = 0
    expect(v('2024-03', 'ltv_cac')).toBeNull();
  });

  it('quarters from summed parts (§15)', () => {
    const q = r.periods('quarter');
    expect(q.keys).toEqual(['2024-Q1', '2024-Q2']);
    // Q1 cac = (3500000 + 500000 + 250000) / (2 + 1 + 1) = 1062500
    expect(q.v('2024-Q1', 'cac')).toBeCloseTo(1062500, 6);
    // payback = 1062500 / ((1100000 / 4) × 0.8) = 4.829545…
    expect(q.v('2024-Q1', 'cac_payback_months')).toBeCloseTo(1062500 / ((1100000 / 4) * 0.8), 9);
    // quick ratio = (1100000 new + 0) / (300000 churned + 0)
    expect(q.v('2024-Q1', 'saas_quick_ratio')).toBeCloseTo(1100000 / 300000, 9);
    expect(q.v('2024-Q1', 'customer_churn_rate')).toBeNull(); // customers(Dec 2023) = 0
    expect(q.v('2024-Q1', 'ltv_cac')).toBeNull(); // ltv(Mar) null
    // Q2: cac = (100000 + 400000) / 1 = 500000; payback 500000 / (100000 × 0.8) = 6.25
    expect(q.v('2024-Q2', 'cac')).toBeCloseTo(500000, 6);
    expect(q.v('2024-Q2', 'cac_payback_months')).toBeCloseTo(6.25, 9);
    // ltv_cac = ltv(last month with data, May) 1620000 / cac(Q2) 500000 = 3.24
    expect(q.v('2024-Q2', 'ltv_cac')).toBeCloseTo(3.24, 9);
    expect(q.v('2024-Q2', 'customer_churn_rate')).toBe(0); // 0 / customers(Mar) 3
    expect(q.v('2024-Q2', 'sales_cost')).toBe(400000);
    expect(q.v('2024-Q2', 'marketing_cost')).toBe(100000);
  });
});
