// metrics.md §6 (funnel) and §7 (NPS).
import { describe, expect, it } from 'vitest';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { leadsFrame, npsFrame, settings } from './frames.ts';

describe('funnel (§6)', () => {
  const leads = leadsFrame([
    { lead_id: 'L1', created_at: '2024-01-05', pql_at: '2024-01-10', converted_at: '2024-02-05' },
    { lead_id: 'L2', created_at: '2024-01-20' },
    { lead_id: 'L3', created_at: '2024-02-01', pql_at: '2024-02-02', converted_at: '2024-02-03T12:00:00Z' },
  ]);
  const r = computeWorkspace({ leads }, settings());

  it('counts leads and PQLs by their own month', () => {
    expect(r.values.leads).toEqual([2, 1]);
    expect(r.values.pqls).toEqual([1, 1]);
  });

  it('conversion rates are cohorts of the creation / PQL month', () => {
    expect(r.values.lead_conversion_rate).toEqual([50, 100]);
    expect(r.values.pql_conversion_rate).toEqual([100, 100]);
  });

  it('sales cycle: mean fractional days over leads converted in the month', () => {
    expect(r.values.sales_cycle_days).toEqual([null, (31 + 2.5) / 2]);
  });
});

describe('NPS (§7)', () => {
  it('9–10 promote, 7–8 are passive, 0–6 detract; empty months are null with 0 responses', () => {
    const nps = npsFrame([
      { responded_at: '2024-01-02', score: 9 },
      { responded_at: '2024-01-03', score: 10 },
      { responded_at: '2024-01-04', score: 8 },
      { responded_at: '2024-01-05', score: 7 },
      { responded_at: '2024-01-06', score: 6 },
      { responded_at: '2024-01-07', score: 0 },
      { responded_at: '2024-01-08', score: 11 }, // ingest rejects it; the engine ignores it too
      { responded_at: '2024-03-01', score: 0 },
    ]);
    const r = computeWorkspace({ nps }, settings());
    expect(r.values.nps_responses).toEqual([6, 0, 1]);
    expect(r.values.nps).toEqual([0, null, -100]);
  });
});
