import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/core/datasets/ingest.ts';
import { checkSegment, segmentFields } from '../../../src/core/metrics/segments.ts';
import { workspaceDataOf } from '../../../src/core/workspace-data.ts';

function subscriptions(lines: string[]) {
  const text = ['customer_id,plan,start_date,amount,interval,currency', ...lines].join('\n');
  return workspaceDataOf([ingest(new TextEncoder().encode(text), 's.csv', { locale: 'en-US' })])
    .subscriptions;
}

describe('segmentFields', () => {
  it('offers each categorical subscription field with its values sorted, but no id-like column', () => {
    const rows = Array.from({ length: 600 }, (_, i) => i);
    const fields = segmentFields(
      subscriptions(rows.map((i) => `c${i},P${i % 250},2024-01-02,10,month,${i % 2 ? 'USD' : 'EUR'}`)),
    );
    expect(fields.currency).toEqual(['EUR', 'USD']);
    // 250 plans is a value per customer, not a segment; customer ids never are one.
    expect(fields.plan).toBeUndefined();
    expect(fields.customer_id).toBeUndefined();
  });

  it('has no field without subscriptions', () => {
    expect(segmentFields(undefined)).toEqual({});
  });
});

describe('checkSegment', () => {
  const fields = { plan: ['Pro', 'Starter'], currency: ['EUR', 'USD'] };

  it('keeps filters on existing fields and names the fields that do not exist', () => {
    const check = checkSegment({ plan: ['Pro'], country: ['PL'], region: ['EU'] }, fields);
    expect(check.segment).toEqual({ plan: ['Pro'] });
    expect(check.unknownFields).toEqual(['country', 'region']);
    expect(check.misses).toEqual([]);
  });

  it('leaves no filter when every field is unknown or none is asked', () => {
    expect(checkSegment({ country: ['PL'] }, fields).segment).toBeUndefined();
    expect(checkSegment(undefined, fields)).toEqual({ segment: undefined, unknownFields: [], misses: [] });
  });

  it('lists the values that match nothing, comparing as the values are stored', () => {
    // Currency codes are stored upper-case: `usd` finds USD, `gbp` finds nothing.
    const check = checkSegment({ currency: ['usd', 'gbp'], plan: ['Gold', 'pro'] }, fields);
    expect(check.segment).toEqual({ currency: ['usd', 'gbp'], plan: ['Gold', 'pro'] });
    expect(check.misses).toEqual([
      { field: 'currency', values: ['gbp'] },
      // Plans are compared as written: `pro` is not `Pro`.
      { field: 'plan', values: ['Gold', 'pro'] },
    ]);
  });
});
