// What a table's statistics decide, in one place for ingest() (the preview and `npm run report`)
// and the worker's streaming import: the plan, the mapping as the preview shows it, the file's
// conventions, the reason for the kind, and whether the rows can be stored at all.

import type { QuoteProblem } from '../csv/parse.ts';
import type { Delimiter } from '../csv/sniff.ts';
import type { DateOrder } from '../locale/dates.ts';
import type { Decimal } from '../locale/numbers.ts';
import { fileConventions } from './conventions.ts';
import { decidePlan, type Table } from './decide.ts';
import { IngestError } from './errors.ts';
import type { IngestOptions } from './ingest.ts';
import type { DatasetKind } from './kinds.ts';
import { localeDateOrder, localeDecimal } from './locale-defaults.ts';
import type { Plan } from './plan.ts';
import type { KindReason } from './reasons.ts';
import { CANCELED_AT, KIND_FIELDS } from './synonyms.ts';

export interface TableDecision {
  /** Null when no kind fits. */
  plan: Plan | null;
  kind: DatasetKind | null;
  kindReason: KindReason;
  required: string[];
  /** Required fields no column is mapped to: the rows cannot be stored. */
  missing: string[];
  /** field → header, every field of the kind present (unmapped ones null), as the preview shows it. */
  mapping: Record<string, string | null>;
  decimal: Decimal;
  dateOrder: DateOrder;
}

/** A well-formed row of the table feeds its statistics; a broken or ragged one says nothing. */
export function feedStats(t: Table, fields: string[], problem: QuoteProblem | null): void {
  if (!problem && fields.length === t.width) t.stats.add(fields);
}

/**
 * The plan a table's statistics imply. `t.mapping` gains the kept extra columns, so a table is
 * decided once: after the rows that feed it (the whole text, or a streamed file's prefix or rows).
 * `transposed` says the table is a balance sheet turned around, which the kind reason tells.
 */
export function decideFromTable(
  t: Table,
  headers: string[],
  delimiter: Delimiter,
  opts: IngestOptions,
  transposed = false,
): TableDecision {
  const decided = decidePlan(t, headers, t.mapping, t.stats.columns, delimiter, opts);
  const plan = decided?.plan ?? null;
  const conv = fileConventions(
    plan,
    t.stats.columns,
    delimiter,
    localeDecimal(opts.locale),
    localeDateOrder(opts.locale),
  );
  return {
    plan,
    kind: t.kind,
    kindReason: kindReasonOf(t, opts, transposed),
    required: decided?.required ?? [],
    missing: decided?.missing ?? [],
    mapping: mappingRecord(t.kind, t.mapping, headers),
    ...conv,
  };
}

/** A kind the person chose is said as chosen, whatever the headers suggested. */
function kindReasonOf(t: Table, opts: IngestOptions, transposed: boolean): KindReason {
  if (opts.kind) return { code: 'kind-chosen', detected: t.detection.kind };
  if (transposed) return { code: 'kind-transposed', detection: t.detection.reason };
  return t.detection.reason;
}

/** Every field of the kind, unmapped ones as null, so the preview can offer them. */
export function mappingRecord(
  kind: DatasetKind | null,
  mapping: ReadonlyMap<string, number>,
  headers: readonly string[],
): Record<string, string | null> {
  // Null prototype: custom column names such as `__proto__` must stay ordinary keys.
  const out = Object.create(null) as Record<string, string | null>;
  if (!kind) return out;
  for (const spec of KIND_FIELDS[kind]) if (spec.field !== CANCELED_AT) out[spec.field] = null;
  for (const [field, i] of mapping) out[field] = headers[i];
  return out;
}

/**
 * The plan rows are stored with; refuses a table no kind fits or one a required field is missing
 * from (the rows would all be rejected), naming the headers there are.
 */
export function storablePlan(
  d: Pick<TableDecision, 'plan' | 'kindReason' | 'missing'>,
  headers: string[],
  fileName: string,
): Plan {
  if (!d.plan) throw new IngestError('no-kind', fileName, d.kindReason);
  if (d.missing.length > 0) {
    throw new IngestError('missing-column', fileName, {
      code: 'missing-column',
      kind: d.plan.kind,
      missing: d.missing,
      headers,
    });
  }
  return d.plan;
}

/** A plan as text without the per-column labels, which change no stored value. */
export function planReading(plan: Plan | null): string {
  return JSON.stringify(plan, (key, value: unknown) => (key === 'report' ? undefined : value));
}
