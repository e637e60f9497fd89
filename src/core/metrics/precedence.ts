// Which dataset a KPI comes from (metrics.md §9, §14.2, §14.3): raw records win for every month of
// the range, with no fallback to the sheet, so precedence is decided per id, never per value.
import type { DatasetKind } from '../datasets/kinds.ts';
import type { Family, Inputs, Value } from './types.ts';

export interface Merged {
  values: Record<string, Value[]>;
  inputs: Record<string, Inputs[]>;
  sources: Record<string, DatasetKind>;
  /** Sheet values that lost to raw data, by id (the UI may show them as "also in your sheet"). */
  overridden: Record<string, Value[]>;
}

/** Families in decreasing precedence: every raw dataset before the monthly sheet. */
export function mergeFamilies(families: readonly (readonly [DatasetKind, Family])[]): Merged {
  const out: Merged = {
    values: Object.create(null) as Record<string, Value[]>,
    inputs: Object.create(null) as Record<string, Inputs[]>,
    sources: Object.create(null) as Record<string, DatasetKind>,
    overridden: Object.create(null) as Record<string, Value[]>,
  };
  for (const [kind, family] of families) {
    for (const [id, series] of family) {
      if (id in out.sources) {
        if (kind === 'monthly_sheet') out.overridden[id] = series.values;
        continue;
      }
      out.values[id] = series.values;
      out.inputs[id] = series.inputs;
      out.sources[id] = kind;
    }
  }
  return out;
}

/** Raw kinds first, in a fixed order; the sheet always last. */
export const PRECEDENCE: readonly DatasetKind[] = [
  'subscriptions',
  'costs',
  'leads',
  'nps',
  'events',
  'balance_sheet',
  'monthly_sheet',
];
