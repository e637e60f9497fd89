// Quarters and years built from already-computed months must equal a computation from scratch.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/core/datasets/ingest.ts';
import { computePeriods, computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { DEFAULT_SETTINGS, workspaceDataOf } from '../../../src/core/workspace-data.ts';
import { computeGrains, segmentFields } from '../../../src/worker/compute.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/public');
const FILES = [
  'subscriptions_stripe.csv',
  'leads.csv',
  'nps.csv',
  'events.csv',
  'costs.csv',
  'monthly_sheet.csv',
];

describe('computeGrains', () => {
  const data = workspaceDataOf(
    FILES.map((f) => ingest(new Uint8Array(readFileSync(resolve(FIXTURES, f))), f, { locale: 'en-US' })),
  );
  const settings = { ...DEFAULT_SETTINGS, activation_event: 'activated' };

  it.each([undefined, { plan: ['pro-month'] }])(
    'gives every granularity as computed alone (segment %j)',
    (segment) => {
      const months = computeGrains(data, settings, segment, ['month']).grains.month!;
      const periods = computeGrains(data, settings, segment, ['quarter', 'year'], 0, months).grains;
      const alone = { segment };
      expect(months).toEqual(computeWorkspace(data, settings, alone));
      expect(periods.quarter).toEqual(computePeriods(data, settings, 'quarter', alone));
      expect(periods.year).toEqual(computePeriods(data, settings, 'year', alone));
    },
  );

  it('drops filters on fields the subscriptions do not carry', () => {
    const filtered = computeGrains(data, settings, { country: ['PL'] }, ['month']).grains.month!;
    expect(filtered.values.mrr).toEqual(computeWorkspace(data, settings).values.mrr);
  });
});

describe('segmentFields', () => {
  it('offers each categorical subscription field with its values sorted, but no id-like column', () => {
    const rows = Array.from({ length: 600 }, (_, i) => i);
    const text = [
      'customer_id,plan,start_date,amount,interval,currency',
      ...rows.map((i) => `c${i},P${i % 250},2024-01-02,10,month,${i % 2 ? 'USD' : 'EUR'}`),
    ].join('\n');
    const data = workspaceDataOf([ingest(new TextEncoder().encode(text), 's.csv', { locale: 'en-US' })]);
    const fields = segmentFields(data.subscriptions);
    expect(fields.currency).toEqual(['EUR', 'USD']);
    // 250 plans is a value per customer, not a segment; customer ids never are one.
    expect(fields.plan).toBeUndefined();
    expect(fields.customer_id).toBeUndefined();
  });
});
