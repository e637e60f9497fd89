// datasets.md §8.7 and §8.8: evidence before a guess, and the message when no kind fits. Small
// files written for each shape.
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../src/core/datasets/detect.ts';
import { IngestError } from '../../../src/core/datasets/ingest.ts';
import { fileProblemEn, ingestErrorEn } from '../../../src/i18n/reasons-english.ts';
import { run } from './helpers.ts';

function refusal(csv: string): IngestError {
  try {
    run(csv);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

const STRIPE_NO_PRICE =
  'id,Customer ID,Customer Email,Plan,Quantity,Status,Created (UTC),Start (UTC),Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),Ended At (UTC)\n' +
  'sub_1,cus_1,a@x.test,Pro,1,active,2023-01-05 10:00,2023-01-05 10:00,2023-02-05 10:00,2023-03-05 10:00,,\n';

describe('§8.7 evidence before a guess', () => {
  it('refuses a Stripe subscriptions export without price columns, never reading it as leads', () => {
    const e = refusal(STRIPE_NO_PRICE);
    expect(e.code).toBe('no-kind');
    expect(e.detail.code).toBe('stripe-no-price');
    expect(ingestErrorEn(e)).toBe(
      'test.csv: this Stripe subscriptions export has no Amount and Interval columns; export it with the price columns',
    );
  });

  it('keeps a file of only `id` and a creation date as leads when nothing else claims it', () => {
    expect(detectKind(['id', 'created']).kind).toBe('leads');
    expect(detectKind(['id', 'created', 'utm_source']).kind).toBe('leads');
  });

  it('drops the generic guess when other headers belong to subscriptions', () => {
    const d = detectKind(['id', 'Customer ID', 'Created (UTC)', 'Status', 'Plan', 'Quantity']);
    expect(d.kind).toBeNull();
    expect(d.candidates.map((c) => c.kind)).not.toContain('leads');
  });
});

describe('§8.8 when no kind fits', () => {
  it('names the closest kind, the columns it recognised and what is missing, in words', () => {
    const e = refusal('usage_date,feature_name,usage_count\n2023-01-03,reports,4\n');
    expect(e.detail).toEqual({
      code: 'kind-none',
      headers: ['usage_date', 'feature_name', 'usage_count'],
      closest: {
        kind: 'events',
        found: [
          { header: 'usage_date', field: 'timestamp' },
          { header: 'feature_name', field: 'event' },
        ],
        missing: ['user_id'],
        orMrr: false,
      },
    });
    expect(fileProblemEn(e.detail)).toContain(
      'looks like product events: found usage_date (time) and feature_name (event); missing: a user column',
    );
  });

  it('never lists the requirements of kinds that share nothing with the file', () => {
    const text = fileProblemEn(refusal('mql_id,landing_page_id\nm1,lp1\n').detail);
    expect(text).toContain('looks like leads');
    expect(text).toContain('missing: a creation date column');
    for (const other of ['monthly sheet', 'balance sheet', 'NPS', 'product events', 'score', 'period'])
      expect(text).not.toContain(other);
    expect(fileProblemEn(refusal('colour,shape\nred,round\n').detail)).toBe(
      'no dataset kind fits the headers (colour, shape): no column names a field of any kind',
    );
  });

  it('offers MRR as the other way to complete subscriptions', () => {
    const text = fileProblemEn(refusal('customer_id,start_date,plan\nc1,2023-01-01,Pro\n').detail);
    expect(text).toContain('missing: an amount column and a billing interval column (or an MRR column)');
  });

  it('names a payments export and points to the subscriptions export', () => {
    const e = refusal(
      'id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Customer ID\nch_1,2023-01-05 10:00,49,0,usd,true,cus_1\n',
    );
    expect(e.detail).toMatchObject({ code: 'kind-export', export: 'payments' });
    expect(ingestErrorEn(e)).toContain('payments export');
    expect(ingestErrorEn(e)).toContain('import the subscriptions export instead');
  });

  it('names an invoices export the same way', () => {
    const e = refusal('number,Customer ID,Amount Due,Amount Paid,Date (UTC)\nINV-1,cus_1,49,49,2023-01-05\n');
    expect(e.detail).toMatchObject({ code: 'kind-export', export: 'invoices' });
  });
});
