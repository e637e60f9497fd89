// datasets.md §8.4–8.6 and §8.9: one row per month or period, periods written as years or months,
// transposed sheets with title rows and `TTM` columns, amounts in cents, and the currencies of
// stored rows. Small files written for each shape.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/datasets/ingest.ts';
import { rowReasonEn, warningEn } from '../../../src/i18n/reasons-english.ts';
import { parsePeriodEnd } from '../../../src/core/locale/periods.ts';
import { currencyProblem } from '../../../src/core/currency.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/workspace-data.ts';
import { bytes, col, run } from './helpers.ts';

const day = (iso: string) => `${iso}T00:00:00.000Z`;

describe('§8.4 one row per month', () => {
  it('rejects a second row for a month of a monthly sheet, naming the month', () => {
    const r = run('month,mrr\n2023-01,1000\nJan 2023,1100\n2023-02,1200\n2023-01,900\n');
    expect(r.rowsStored).toBe(2);
    expect(col(r, 'mrr')).toEqual([1000, 1200]);
    expect(r.rejected).toEqual([
      { line: 3, reason: { code: 'second-row', period: '2023-01' } },
      { line: 5, reason: { code: 'second-row', period: '2023-01' } },
    ]);
    expect(rowReasonEn(r.rejected[0].reason)).toBe('second row for 2023-01');
  });

  it('rejects a second row for a balance-sheet period, but keeps two dates of one month', () => {
    const r = run(
      'period_end,current_assets,current_liabilities\n2023-03-31,10,5\n2023-03-31,11,5\n2023-03-15,9,5\n',
    );
    expect(col(r, 'current_assets')).toEqual([10, 9]);
    expect(r.rejected).toEqual([{ line: 3, reason: { code: 'second-row', period: '2023-03-31' } }]);
  });

  it('leaves files of other kinds alone: many leads a day are many rows', () => {
    const r = run('lead_id,created_at\nL1,2023-01-01\nL2,2023-01-01\n');
    expect(r.rowsStored).toBe(2);
  });
});

describe('§8.5 periods written as years or months', () => {
  it('reads a bare year as 31 December and a month as its last day', () => {
    expect(parsePeriodEnd('2023', 'DMY')).toBe(Date.UTC(2023, 11, 31));
    expect(parsePeriodEnd('Mar-15', 'DMY')).toBe(Date.UTC(2015, 2, 31));
    expect(parsePeriodEnd('Mar 2015', 'DMY')).toBe(Date.UTC(2015, 2, 31));
    expect(parsePeriodEnd('2015-03', 'DMY')).toBe(Date.UTC(2015, 2, 31));
    expect(parsePeriodEnd('Feb 2024', 'DMY')).toBe(Date.UTC(2024, 1, 29));
    expect(parsePeriodEnd('12/30/2022', 'MDY')).toBe(Date.UTC(2022, 11, 30));
    expect(parsePeriodEnd('TTM', 'DMY')).toBeNaN();
    expect(parsePeriodEnd('12', 'DMY')).toBeNaN();
  });

  it('stores `Year:` and `tahun` sheets with the year end as period end', () => {
    const en = run('Year:,Current Assets:,Current Liabilities:\n2021,1500,1000\n2022,1800,1200\n');
    expect(en.kind).toBe('balance_sheet');
    expect(col(en, 'period_end')).toEqual([day('2021-12-31'), day('2022-12-31')]);
    const id = run('tahun;aset_lancar;kewajiban_lancar\n2023;1.250.000;500.000\n', { locale: 'id' });
    expect(id.kind).toBe('balance_sheet');
    expect(col(id, 'period_end')).toEqual([day('2023-12-31')]);
    expect(col(id, 'current_assets')).toEqual([1250000]);
    expect(col(id, 'current_liabilities')).toEqual([500000]);
  });

  it('turns a sheet around past a TTM column and names the column it left out', () => {
    const csv =
      'Breakdown,TTM,12/30/2022,12/30/2021\n' +
      'Total Assets,,"5,000,000","4,200,000"\n' +
      'Current Assets,,"2,000,000","1,800,000"\n' +
      'Current Liabilities,,"1,000,000","1,200,000"\n' +
      'Cash And Cash Equivalents,,"600,000","500,000"\n';
    const r = run(csv);
    expect(r.kind).toBe('balance_sheet');
    expect(col(r, 'period_end')).toEqual([day('2022-12-30'), day('2021-12-30')]);
    expect(col(r, 'current_assets')).toEqual([2000000, 1800000]);
    expect(col(r, 'cash')).toEqual([600000, 500000]);
    expect(r.warnings).toContainEqual({ code: 'columns-skipped', columns: ['TTM'] });
    expect(warningEn({ code: 'columns-skipped', columns: ['TTM'] })).toContain('TTM');
  });

  it('skips a title row above a `Report Date, Mar-15…` header', () => {
    const csv =
      'Balance Sheet,,,\nReport Date,Mar-15,Mar-16,Mar-17\nReceivables,10,12,14\nInventory,5,6,7\nBorrowings,1,1,1\n';
    const r = run(csv);
    expect(r.kind).toBe('balance_sheet');
    expect(col(r, 'period_end')).toEqual([day('2015-03-31'), day('2016-03-31'), day('2017-03-31')]);
    expect(col(r, 'accounts_receivable')).toEqual([10, 12, 14]);
    expect(r.warnings).toContainEqual({ code: 'title-rows', lines: [1] });
  });

  it('skips title rows above an ordinary header too, and keeps line numbers physical', () => {
    const r = run('Monthly KPIs\n\nmonth,mrr\nsoon,4\n2023-02,5\n');
    expect(r.kind).toBe('monthly_sheet');
    expect(r.rejected).toEqual([{ line: 4, reason: { code: 'not-month', column: 'month', value: 'soon' } }]);
    expect(col(r, 'mrr')).toEqual([5]);
  });
});

describe('§8.6 amounts in cents', () => {
  const csv =
    'customer,start_date,plan_amount,plan_currency,plan_interval\n' +
    'c1,2023-01-01,2500,usd,month\nc2,2023-01-01,5000,jpy,month\nc3,2023-01-01,1999,eur,month\n';

  it('divides plan_amount by 100, or by 1 in a zero-decimal currency, and says so', () => {
    const r = run(csv);
    expect(col(r, 'amount')).toEqual([25, 5000, 19.99]);
    expect(r.warnings).toContainEqual({ code: 'amounts-cents', columns: ['plan_amount'] });
    expect(warningEn({ code: 'amounts-cents', columns: ['plan_amount'] })).toMatch(/^amounts read as cents/);
  });

  it('reads them as they are when the person switches the rule off', () => {
    const r = run(csv, { cents: false });
    expect(col(r, 'amount')).toEqual([2500, 5000, 1999]);
    expect(r.warnings.some((w) => w.code === 'amounts-cents')).toBe(false);
  });

  it('names unit_amount, amount_cents and *_cents columns too, never a plain amount', () => {
    for (const h of ['unit_amount', 'amount_cents']) {
      const r = run(`customer_id,start,${h},interval\nc1,2023-01-01,1234,month\n`);
      expect(col(r, 'amount'), h).toEqual([12.34]);
    }
    const cents = run('customer_id,start,mrr_cents\nc1,2023-01-01,1234\n', {
      kind: 'subscriptions',
      mapping: { mrr: 'mrr_cents' },
    });
    expect(col(cents, 'mrr')).toEqual([12.34]);
    const plain = run('customer_id,start,amount,interval\nc1,2023-01-01,1234,month\n');
    expect(col(plain, 'amount')).toEqual([1234]);
  });
});

describe('§8.9 the multi-currency stop counts stored rows only', () => {
  const csv =
    'customer_oid,plan_oid,plan_amount,plan_currency,plan_interval,subscription_started_at\n' +
    '"the customer id","the plan id","price in cents","currency code e.g. eur","month or year","start date"\n' +
    'c1,p1,4900,usd,month,2023-01-10\nc2,p1,4900,usd,month,2023-02-01\n';

  it('never lists the currency of a rejected explanation row', () => {
    const r = run(csv);
    expect(r.rejected).toHaveLength(1);
    expect(r.currencies).toEqual(['USD']);
    expect(r.warnings.some((w) => w.code === 'several-currencies')).toBe(false);
    expect(currencyProblem([r], DEFAULT_SETTINGS)).toBeNull();
    const a = analyse(bytes(csv), 'template.csv', { locale: 'en-US' });
    expect(a.currencies).toEqual(['USD']);
  });

  it('still stops when stored rows carry two currencies', () => {
    const r = run(csv.replace('4900,usd,month,2023-02-01', '4900,eur,month,2023-02-01'));
    expect(r.currencies).toEqual(['EUR', 'USD']);
    expect(currencyProblem([r], DEFAULT_SETTINGS)).toMatch(/several currencies \(EUR, USD\)/);
  });
});
