// Quarters and years built from already-computed months must equal a computation from scratch.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/core/datasets/ingest.ts';
import { computePeriods, computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { DEFAULT_SETTINGS, workspaceDataOf } from '../../../src/core/workspace-data.ts';
import { computeGrains } from '../../../src/worker/compute.ts';

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

  it('answers which filter values match no subscription', () => {
    const part = computeGrains(data, settings, { plan: ['pro-month', 'gold'], country: ['PL'] }, ['month']);
    expect(part.segmentMisses).toEqual([{ field: 'plan', values: ['gold'] }]);
    expect(computeGrains(data, settings, { plan: ['pro-month'] }, ['month']).segmentMisses).toEqual([]);
  });
});
