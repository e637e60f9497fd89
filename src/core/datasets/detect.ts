// Kind detection from headers alone (datasets.md §5): a kind is a candidate when every required
// field has a header; more required fields win, then more optional ones; a draw decides nothing.

import type { DatasetKind } from './kinds.ts';
import { DATASET_KINDS } from './kinds.ts';
import { CANCELED_AT, KIND_FIELDS, headerKey, wideCostCategory } from './synonyms.ts';
import type { DetectionReason, NoKindReason } from './reasons.ts';

export interface Candidate {
  kind: DatasetKind;
  required: number;
  optional: number;
}

export interface Detection {
  kind: DatasetKind | null;
  reason: DetectionReason;
  candidates: Candidate[];
}

/** field → header index for one kind; each header serves at most one field. */
export function mapHeaders(kind: DatasetKind, headers: readonly string[]): Map<string, number> {
  const keys = headers.map(headerKey);
  const used = new Set<number>();
  const mapping = new Map<string, number>();
  for (const spec of KIND_FIELDS[kind]) {
    for (const synonym of spec.synonyms) {
      const key = headerKey(synonym);
      const at = keys.findIndex((k, i) => k === key && !used.has(i));
      if (at >= 0) {
        mapping.set(spec.field, at);
        used.add(at);
        break;
      }
    }
  }
  return mapping;
}

/** Subscriptions need amount with interval, or mrr; amount mode is preferred when complete. */
export function subscriptionsUseMrr(mapping: ReadonlyMap<string, unknown>): boolean {
  return mapping.has('mrr') && !(mapping.has('amount') && mapping.has('interval_unit'));
}

export function requiredFields(
  kind: DatasetKind,
  mapping: ReadonlyMap<string, unknown>,
  wide = false,
): string[] {
  if (kind === 'subscriptions') {
    return subscriptionsUseMrr(mapping)
      ? ['customer_id', 'start', 'mrr']
      : ['customer_id', 'start', 'amount', 'interval_unit'];
  }
  if (kind === 'costs' && wide) return ['month'];
  return KIND_FIELDS[kind].filter((s) => s.required).map((s) => s.field);
}

/** The wide costs form: a month column and nothing but cost columns (`sales_cost`…). */
export function isWideCosts(headers: readonly string[], monthIndex: number | undefined): boolean {
  if (monthIndex === undefined || headers.length < 2) return false;
  return headers.every((h, i) => i === monthIndex || wideCostCategory(h) !== null);
}

function score(kind: DatasetKind, headers: readonly string[]): Candidate | null {
  const mapping = mapHeaders(kind, headers);
  const wide = kind === 'costs' && isWideCosts(headers, mapping.get('month'));
  const required = requiredFields(kind, mapping, wide);
  if (!required.every((f) => mapping.has(f))) return null;
  let optional = 0;
  for (const field of mapping.keys()) if (!required.includes(field) && field !== CANCELED_AT) optional++;
  // The wide form stands for all three costs fields.
  return { kind, required: wide ? 3 : required.length, optional };
}

export function detectKind(headers: readonly string[]): Detection {
  const candidates: Candidate[] = [];
  for (const kind of DATASET_KINDS) {
    const c = score(kind, headers);
    if (c) candidates.push(c);
  }
  candidates.sort((a, b) => b.required - a.required || b.optional - a.optional);
  if (candidates.length === 0) {
    return {
      kind: null,
      reason: { code: 'kind-none', headers: [...headers], closest: closest(headers) },
      candidates,
    };
  }
  const [best, second] = candidates;
  if (second && second.required === best.required && second.optional === best.optional) {
    const tied = candidates.filter((c) => c.required === best.required && c.optional === best.optional);
    return {
      kind: null,
      reason: {
        code: 'kind-tie',
        headers: [...headers],
        kinds: tied.map((c) => c.kind),
        required: best.required,
        optional: best.optional,
      },
      candidates,
    };
  }
  const next = second ? { kind: second.kind, required: second.required, optional: second.optional } : null;
  const why: DetectionReason = {
    code: 'kind-match',
    kind: best.kind,
    required: best.required,
    optional: best.optional,
    next,
  };
  return { kind: best.kind, reason: why, candidates };
}

/** Which required fields the nearest kinds lack, so the user knows what to rename or map. */
function closest(headers: readonly string[]): Extract<NoKindReason, { code: 'kind-none' }>['closest'] {
  const misses = DATASET_KINDS.map((kind) => {
    const mapping = mapHeaders(kind, headers);
    return { kind, missing: requiredFields(kind, mapping).filter((f) => !mapping.has(f)) };
  });
  const least = Math.min(...misses.map((m) => m.missing.length));
  return misses.filter((m) => m.missing.length === least);
}
