// The decisions ingest() takes for a table: at the header (kind, mapping, which statistics the
// rows must feed) and after the rows (extra columns, required fields, per-column conventions).
// Shared by the analysis and by the early normaliser, which takes the same decision on a prefix.

import type { Delimiter } from '../csv/sniff.ts';
import type { IngestOptions } from './ingest.ts';
import { detectKind, isSpendOnly, isWideCosts, requiredFields } from './detect.ts';
import { addExtras, extraCandidates, resolveMapping } from './mapping.ts';
import type { ColumnStats } from './stats.ts';
import { TableStats, emptyNeeds } from './stats.ts';
import type { Plan } from './plan.ts';
import { makePlan } from './plan.ts';
import { applyConventions } from './conventions.ts';
import type { ImportWarning } from './reasons.ts';

export type Table = ReturnType<typeof startTable>;

/** Header-time decisions: the kind, the mapping, and which statistics the rows must feed. */
export function startTable(headers: string[], opts: IngestOptions) {
  const detection = detectKind(headers);
  const kind = opts.kind ?? detection.kind;
  const mappingWarnings: ImportWarning[] = [];
  const mapping = kind
    ? resolveMapping(kind, headers, opts.mapping, mappingWarnings)
    : new Map<string, number>();
  const wide =
    kind === 'costs' && !(mapping.has('category') && mapping.has('amount'))
      ? isWideCosts(headers, mapping.get('month'))
      : false;
  const needs = emptyNeeds();
  if (kind) {
    const probe = makePlan({
      kind,
      headers,
      mapping,
      required: [],
      wide,
      spendOnly: isSpendOnly(mapping, headers),
    });
    for (const c of probe.columns) {
      if (c.index < 0) continue;
      if (c.role === 'time' || c.role === 'month' || c.role === 'aux-time' || c.role === 'period')
        needs.date.add(c.index);
      else if (c.role === 'number' || c.role === 'score' || c.role === 'count') needs.decimal.add(c.index);
      else if (c.role === 'upper' && c.name === 'currency') needs.uncapped.add(c.index);
    }
    for (const w of probe.wide ?? []) needs.decimal.add(w.index);
    for (const i of extraCandidates(kind, headers.length, mapping)) {
      if (kind === 'monthly_sheet') needs.decimal.add(i);
      else needs.distinct.add(i);
    }
  }
  const width = headers.length;
  return { detection, kind, mapping, wide, mappingWarnings, width, stats: new TableStats(width, needs) };
}

export interface Decided {
  plan: Plan;
  required: string[];
  missing: string[];
}

/**
 * The plan from the rows' statistics; `mapping` gains the kept extra columns (pass a copy to
 * decide without committing). Null when no kind fits.
 */
export function decidePlan(
  table: Table,
  headers: string[],
  mapping: Map<string, number>,
  stats: readonly ColumnStats[],
  delimiter: Delimiter,
  opts: IngestOptions,
): Decided | null {
  const { kind, wide } = table;
  if (!kind) return null;
  addExtras(kind, headers, mapping, stats, opts.mapping);
  const required = requiredFields(kind, mapping, wide, headers);
  const missing = required.filter((f) => !mapping.has(f));
  const spendOnly = kind === 'costs' && !wide && isSpendOnly(mapping, headers);
  const plan = makePlan({ kind, headers, mapping, required, wide, cents: opts.cents, spendOnly });
  applyConventions(plan, stats, delimiter, opts);
  return { plan, required, missing };
}
