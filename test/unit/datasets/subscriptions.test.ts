import { describe, expect, it } from 'vitest';
import { rowReasonEn, warningEn } from '../../../src/i18n/reasons-english.ts';
import { col, run } from './helpers.ts';

const STRIPE_HEAD =
  'id,Customer ID,Plan,Product,Amount,Interval,Status,Created (UTC),Start (UTC),Canceled At (UTC),Ended At (UTC)';

describe('Stripe subscriptions', () => {
  const csv = [
    STRIPE_HEAD,
    // canceled, Ended At empty: it ended when it was canceled
    'sub_1,cus_1,pro,Pro,99.00,month,canceled,2024-01-01 10:00,2024-01-01 10:00,2024-03-05 08:00,',
    // pending cancel at period end: still live
    'sub_2,cus_2,pro,Pro,99.00,month,active,2024-01-02 10:00,2024-01-02 10:00,2024-03-06 09:00,',
    // canceled with an Ended At: that one wins
    'sub_3,cus_3,pro,Pro,99.00,month,canceled,2024-01-03 10:00,2024-01-03 10:00,2024-02-01 00:00,2024-02-10 00:00',
    // backdated: Created later than Start, Start wins
    'sub_4,cus_4,starter,Starter,29.00,year,active,2024-05-01 00:00,2024-04-01 00:00,,',
  ].join('\n');
  const r = run(csv);

  it('maps Plan over Product and Start over Created', () => {
    expect(r.mapping.plan).toBe('Plan');
    expect(r.mapping.start).toBe('Start (UTC)');
    expect(col(r, 'plan')).toEqual(['pro', 'pro', 'pro', 'starter']);
    expect(col(r, 'start')[3]).toBe('2024-04-01T00:00:00.000Z');
  });

  it('uses Canceled At as the end only for canceled rows without Ended At', () => {
    expect(col(r, 'end')).toEqual(['2024-03-05T08:00:00.000Z', null, '2024-02-10T00:00:00.000Z', null]);
    expect(r.frames[0].columns.has('canceled_at')).toBe(false);
  });

  it('stores intervals, counts, currency-free amounts and lower-case statuses', () => {
    expect(col(r, 'amount')).toEqual([99, 99, 99, 29]);
    expect(col(r, 'interval_unit')).toEqual(['month', 'month', 'month', 'year']);
    expect(col(r, 'interval_count')).toEqual([1, 1, 1, 1]);
    expect(col(r, 'status')).toEqual(['canceled', 'active', 'canceled', 'active']);
  });

  it('warns that without Interval Count quarterly prices could be overstated', () => {
    expect(r.warnings).toContainEqual({ code: 'no-interval-count' });
    expect(r.warnings.map(warningEn).some((w) => w.includes('Interval Count'))).toBe(true);
  });

  it('keeps a repeating categorical column (Product) as text under its header', () => {
    expect(col(r, 'Product')).toEqual(['Pro', 'Pro', 'Pro', 'Starter']);
  });

  it('takes Created (UTC) as the start when there is no start column', () => {
    const s = run('Customer ID,Created (UTC),Amount,Interval\ncus_1,2024-02-03 04:05,10,month\n');
    expect(col(s, 'start')).toEqual(['2024-02-03T04:05:00.000Z']);
  });
});

describe('subscription values', () => {
  it('understands every interval word; quarterly is month × 3', () => {
    const words = [
      'monthly',
      'annual',
      'yearly',
      'quarterly',
      'weekly',
      'daily',
      'bulanan',
      'tahunan',
      'miesięcznie',
      'rocznie',
    ];
    const csv = [
      'customer_id,start,amount,interval',
      ...words.map((w, i) => `c${i},2024-01-01,10,${w}`),
    ].join('\n');
    const r = run(csv);
    expect(col(r, 'interval_unit')).toEqual([
      'month',
      'year',
      'year',
      'month',
      'week',
      'day',
      'month',
      'year',
      'month',
      'year',
    ]);
    expect(col(r, 'interval_count')).toEqual([1, 1, 1, 3, 1, 1, 1, 1, 1, 1]);
  });

  it('multiplies an explicit interval count for quarterly and rejects unknown intervals', () => {
    const r = run(
      'customer_id,start,amount,interval,interval_count\nc1,2024-01-01,10,quarterly,2\nc2,2024-01-01,10,fortnightly,1\n',
    );
    expect(col(r, 'interval_count')).toEqual([6]);
    expect(r.rejected).toEqual([
      { line: 3, reason: { code: 'not-interval', column: 'interval_unit', value: 'fortnightly' } },
    ]);
    expect(rowReasonEn(r.rejected[0].reason)).toBe('interval_unit: "fortnightly" is not a billing interval');
  });

  it('divides Baremetrics amounts by 100 when plan_oid and customer_oid are both present', () => {
    const both = run(
      'plan_oid,customer_oid,amount,plan_interval,subscription_started_at\npro,cus_1,9900,month,2024-01-01\n',
    );
    expect(col(both, 'amount')).toEqual([99]);
    const one = run(
      'customer_oid,amount,plan_interval,subscription_started_at\ncus_1,9900,month,2024-01-01\n',
    );
    expect(col(one, 'amount')).toEqual([9900]);
  });

  it('stores is_trial as 1/0 and discount_percent as a percent', () => {
    const r = run(
      'customer_id,start,amount,interval,is_trial,discount_percent\nc1,2024-01-01,10,month,true,20%\nc2,2024-01-01,10,month,false,\n',
    );
    expect(col(r, 'is_trial')).toEqual([1, 0]);
    expect(col(r, 'discount_percent')).toEqual([20, null]);
  });

  it('uses mrr directly when there is no amount/interval pair', () => {
    const r = run('customer_id,start,mrr\nc1,2024-01-01,42.5\n');
    expect(r.required).toEqual(['customer_id', 'start', 'mrr']);
    expect(col(r, 'mrr')).toEqual([42.5]);
  });

  it('lists currency codes upper-cased and warns when there are several', () => {
    const one = run(
      'customer_id,start,amount,interval,currency\nc1,2024-01-01,1,month,usd\nc2,2024-01-01,1,month,USD\n',
    );
    expect(one.currencies).toEqual(['USD']);
    expect(col(one, 'currency')).toEqual(['USD', 'USD']);
    const two = run(
      'customer_id,start,amount,interval,currency\nc1,2024-01-01,1,month,usd\nc2,2024-01-01,1,month,eur\n',
    );
    expect(two.currencies).toEqual(['EUR', 'USD']);
    expect(two.warnings).toContainEqual({ code: 'several-currencies', currencies: ['EUR', 'USD'] });
    expect(two.warnings.map(warningEn)).toContain(
      'several currencies (EUR, USD): conversion rates are needed',
    );
  });

  it('keeps zero-padded customer ids as text', () => {
    const r = run(
      'id klienta;data rozpoczęcia;cena;billing_frequency\n000123;03.01.2024;1 234,50 zł;monthly\n',
      { locale: 'pl' },
    );
    expect(col(r, 'customer_id')).toEqual(['000123']);
    expect(col(r, 'amount')).toEqual([1234.5]);
    expect(col(r, 'start')).toEqual(['2024-01-03T00:00:00.000Z']);
  });
});
