// datasets.md §8 at its edges: an invoices export, title rows over a `;` or tab file, the
// currencies of a long template, a cut-down Stripe export and a KPI sheet with an ad-spend column.
import { describe, expect, it } from 'vitest';
import { analyse, ingest } from '../../../src/core/datasets/ingest.ts';
import { detectKind } from '../../../src/core/datasets/detect.ts';
import { ingestErrorEn } from '../../../src/i18n/reasons-english.ts';
import { bytes, col, ingestError, run } from './helpers.ts';

const day = (iso: string) => `${iso}T00:00:00.000Z`;

function utf16le(s: string): Uint8Array {
  const b = new Uint8Array(2 + s.length * 2);
  b[0] = 0xff;
  b[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    b[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    b[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return b;
}

describe('§8.8 a payments or invoices export is named as such', () => {
  // "A payments or invoices export (...) is named as such and pointed to the subscriptions export."
  // Stripe's invoices export carries `Period End (UTC)`, which must not make it a balance sheet.
  const STRIPE_INVOICES =
    'id,Amount Due,Amount Paid,Amount Remaining,Attempt Count,Attempted,Billing,Billing Reason,Charge,Closed,Currency,Customer,Date (UTC),Description,Discount,Ending Balance,Forgiven,Number,Paid,Period End (UTC),Period Start (UTC),Receipt Number,Starting Balance,Statement Descriptor,Subscription,Subtotal,Tax,Tax Percent,Total\n' +
    'in_1,4900,4900,0,1,true,charge_automatically,subscription_cycle,ch_1,true,usd,cus_1,2023-01-05 10:00,,,0,false,ABC-0001,true,2023-02-05 10:00,2023-01-05 10:00,,0,,sub_1,4900,0,,4900\n';

  it('refuses a Stripe invoices export (with Period Start/End columns) as an invoices export', () => {
    const e = ingestError(() => run(STRIPE_INVOICES, {}, 'invoices.csv'));
    expect(e.detail).toMatchObject({ code: 'kind-export', export: 'invoices' });
    expect(ingestErrorEn(e)).toContain('import the subscriptions export instead');
  });

  it('does not detect an invoice line-items export as a balance sheet', () => {
    const d = detectKind([
      'Invoice ID',
      'Invoice Number',
      'Customer',
      'Amount',
      'Currency',
      'Period Start (UTC)',
      'Period End (UTC)',
      'Subscription',
      'Plan',
      'Quantity',
    ]);
    expect(d.kind).toBeNull();
    expect(d.reason).toMatchObject({ code: 'kind-export', export: 'invoices' });
  });
});

describe('§8.5 title rows above the header in a `;` or tab file', () => {
  // "title rows above the header row (a row whose cells after the first are all empty) are
  // skipped" — §1: delimiters `,` `;` tab `|`. A title written as a single cell has no cells after
  // the first, so it is a title row; the header below it decides the delimiter.
  it('reads a Polish `;` balance sheet below one-cell title rows', () => {
    const csv =
      'Bilans\nAcme sp. z o.o.\n' +
      'Rok;2023;2022\n' +
      'Aktywa obrotowe razem;1 250,50;1 100,00\n' +
      'Zobowiązania krótkoterminowe razem;500,25;400,00\n' +
      'Gotówka;100,00;90,00\n';
    const r = run(csv, { locale: 'pl' });
    expect(r.kind).toBe('balance_sheet');
    expect(col(r, 'period_end')).toEqual([day('2023-12-31'), day('2022-12-31')]);
    expect(col(r, 'current_assets')).toEqual([1250.5, 1100]);
    expect(col(r, 'current_liabilities')).toEqual([500.25, 400]);
    expect(r.warnings).toContainEqual({ code: 'title-rows', lines: [1, 2] });
  });

  it('reads a Google Ads "Excel CSV" (UTF-16, tabs, two title lines) as marketing costs', () => {
    const text =
      'Campaign performance report\r\nAll time\r\n' +
      'Day\tCampaign\tCost\r\n2023-01-05\tBrand\t12.50\r\n2023-01-06\tGeneric\t7.50\r\n';
    const r = ingest(utf16le(text), 'ads.csv', { locale: 'en-US' });
    expect(r.kind).toBe('costs');
    expect(col(r, 'category')).toEqual(['marketing', 'marketing']);
    expect(col(r, 'amount')).toEqual([12.5, 7.5]);
    expect(r.warnings).toContainEqual({ code: 'title-rows', lines: [1, 2] });
  });
});

describe('§8.9 the multi-currency stop counts stored rows only (preview of a long file)', () => {
  // "a row that is rejected (such as a template's explanation row) never asks for rates."
  it('the preview of a 6,000-row template names only the stored rows’ currency and asks no rates', () => {
    let csv =
      'customer_oid,plan_oid,plan_amount,plan_currency,plan_interval,subscription_started_at\n' +
      '"the customer id","the plan id","price in cents","currency code e.g. eur","month or year","start date"\n';
    for (let i = 0; i < 6000; i++) csv += `c${i},p1,4900,usd,month,2023-01-10\n`;
    const a = analyse(bytes(csv), 'template.csv', { locale: 'en-US' });
    expect(a.currencies).toEqual(['USD']);
    expect(a.warnings.some((w) => w.code === 'several-currencies')).toBe(false);
  });

  it('still names both currencies of a long file that has two, in runs and alone', () => {
    let csv =
      'customer_oid,plan_oid,plan_amount,plan_currency,plan_interval,subscription_started_at\n' +
      '"the customer id","the plan id","price in cents","currency code e.g. eur","month or year","start date"\n';
    for (let i = 0; i < 6000; i++) csv += `c${i},p1,4900,${i === 5999 ? 'eur' : 'usd'},month,2023-01-10\n`;
    const a = analyse(bytes(csv), 'template.csv', { locale: 'en-US' });
    expect(a.currencies).toEqual(['EUR', 'USD']);
  });
});

describe('§8.7 evidence before a guess', () => {
  // "a file whose headers match `id` + a creation date only is not a leads file when other
  // headers belong to subscriptions (`Customer ID`, `Start (UTC)`, `Status`, `Current Period
  // Start (UTC)`…)".
  it('a Stripe subscriptions export cut down to id, Created and period columns is not leads', () => {
    const d = detectKind([
      'id',
      'Customer Email',
      'Created (UTC)',
      'Current Period Start (UTC)',
      'Current Period End (UTC)',
      'Cancel At Period End',
    ]);
    expect(d.kind).not.toBe('leads');
    expect(d.candidates.map((c) => c.kind)).not.toContain('leads');
  });
});

describe('§8.3 / §5 a monthly KPI sheet with an ad-spend column stays a monthly sheet', () => {
  // §8.3: "A costs file without a category column whose amount column is spend … is marketing."
  // §4 costs requires a category; §5 (wide form): costs "only when every non-month column is a
  // cost column; otherwise it is a monthly sheet". A sheet of MRR and customers per month is not a
  // costs file; reading it as costs throws away every KPI column.
  it('reads `month, mrr, customers, new_customers, ad_spend` as a monthly sheet', () => {
    const r = run(
      'month,mrr,customers,new_customers,ad_spend\n2023-01,1000,10,2,300\n2023-02,1200,12,3,250\n',
    );
    expect(r.kind).toBe('monthly_sheet');
    expect(col(r, 'mrr')).toEqual([1000, 1200]);
    expect(col(r, 'customers')).toEqual([10, 12]);
  });
});

describe('§8.3 a marketing channel file with a blank channel', () => {
  // "When the category column is named channel, source or campaign, every row counts as
  // marketing unless its value is a sales word": a blank is no sales word.
  it('counts the row without a campaign as marketing too', () => {
    const r = run('day,campaign,spend\n2023-01-05,Brand,12.50\n2023-01-06,,7.50\n2023-01-07,sales,3\n');
    expect(r.kind).toBe('costs');
    expect(r.rejected).toEqual([]);
    expect(col(r, 'category')).toEqual(['marketing', 'marketing', 'sales']);
    expect(col(r, 'amount')).toEqual([12.5, 7.5, 3]);
  });
});
