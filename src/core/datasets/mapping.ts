// The column mapping: automatic synonyms first, then the user's overrides, then the columns a
// kind keeps beyond its fields (custom KPIs of a monthly sheet, segments of subscriptions).

import type { DatasetKind } from './kinds.ts';
import { FIELD_TYPES } from './kinds.ts';
import { headerKey } from './synonyms.ts';
import { mapHeaders } from './detect.ts';
import type { ColumnStats } from './stats.ts';
import { looksCategorical, looksNumeric } from './stats.ts';
import type { ImportWarning } from './reasons.ts';

export type MappingOverride = Record<string, string | null>;

function own(o: MappingOverride | undefined, key: string): boolean {
  return o !== undefined && Object.prototype.hasOwnProperty.call(o, key);
}

function findHeader(headers: readonly string[], text: string): number {
  const exact = headers.indexOf(text);
  if (exact >= 0) return exact;
  const key = headerKey(text);
  return headers.findIndex((h) => headerKey(h) === key);
}

/** Synonym mapping with the user's overrides applied (null unmaps a field). */
export function resolveMapping(
  kind: DatasetKind,
  headers: readonly string[],
  override: MappingOverride | undefined,
  warnings: ImportWarning[] = [],
): Map<string, number> {
  const mapping = mapHeaders(kind, headers);
  if (!override) return mapping;
  for (const field of Object.keys(override)) {
    const header = override[field];
    if (header === null) {
      mapping.delete(field);
      continue;
    }
    const at = findHeader(headers, header);
    if (at >= 0) mapping.set(field, at);
    else warnings.push({ code: 'mapping-no-column', field, header });
  }
  // A column mapped to a field is that field, not also an extra column under its header text: the
  // preview sends back the extras it showed, so mapping `plan` to `Tarif` would otherwise keep both.
  const fields = FIELD_TYPES[kind];
  const used = new Set<number>();
  for (const [name, at] of mapping) if (Object.hasOwn(fields, name)) used.add(at);
  for (const [name, at] of mapping) if (!Object.hasOwn(fields, name) && used.has(at)) mapping.delete(name);
  return mapping;
}

/** Unmapped columns whose statistics decide whether the kind keeps them. */
export function extraCandidates(
  kind: DatasetKind,
  width: number,
  mapping: ReadonlyMap<string, number>,
): number[] {
  if (kind !== 'monthly_sheet' && kind !== 'subscriptions') return [];
  const used = new Set(mapping.values());
  const out: number[] = [];
  for (let i = 0; i < width; i++) if (!used.has(i)) out.push(i);
  return out;
}

/** Adds kept extra columns under their header text, unless the user unmapped them. */
export function addExtras(
  kind: DatasetKind,
  headers: readonly string[],
  mapping: Map<string, number>,
  stats: readonly ColumnStats[],
  override: MappingOverride | undefined,
): void {
  const keep = kind === 'monthly_sheet' ? looksNumeric : looksCategorical;
  const canonical = FIELD_TYPES[kind];
  for (const i of extraCandidates(kind, headers.length, mapping)) {
    const name = headers[i];
    if (own(override, name) || mapping.has(name) || Object.prototype.hasOwnProperty.call(canonical, name))
      continue;
    if (keep(stats[i])) mapping.set(name, i);
  }
}
