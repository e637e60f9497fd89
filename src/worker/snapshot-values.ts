// A workspace of KPI values (saved from a shared snapshot) has no rows to compute from: its
// stored values are the answer, at every granularity, with no segment fields — it cannot be
// segmented, and the dashboard says so.
import type { KpiTables } from '../core/snapshot/document.ts';
import type { ComputedPart, Granularity } from './protocol.ts';

export function storedAnswer(tables: KpiTables, grains: readonly Granularity[]): ComputedPart {
  const out: ComputedPart['grains'] = {};
  for (const grain of grains) out[grain] = tables[grain];
  return {
    grains: out,
    segmentFields: {},
    eventNames: [],
    timings: { loadMs: 0, computeMs: 0 },
    currencyGap: null,
    segmentMisses: [],
  };
}
