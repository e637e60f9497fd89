// Segment filters (metrics.md §3b): which subscription fields can filter, and what a requested
// filter means against them. The CLI and the worker ask the same question here.
import type { Frame } from '../datasets/frame.ts';
import { MAX_CATEGORIES } from '../datasets/categories.ts';
import { storedForm } from '../datasets/plan.ts';

export type Segment = Record<string, string[]>;

/** More distinct values than this and a text column is no segment. */
const MAX_SEGMENT_VALUES = MAX_CATEGORIES;

// Subscription columns that identify a customer or a subscription: every other categorical field
// mapped on subscriptions filters (§3b), the billing interval and the status among them.
const NOT_SEGMENTS = new Set(['customer_id', 'subscription_id']);

/** Distinct values of the categorical subscription fields a user can filter by. */
export function segmentFields(subscriptions: Frame | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = Object.create(null);
  if (!subscriptions) return out;
  for (const [name, col] of subscriptions.columns) {
    if (col.type !== 'text' || NOT_SEGMENTS.has(name)) continue;
    // A column with a value per row (free text, e-mails) is no segment.
    if (col.dict.length === 0) continue;
    const seen = new Uint8Array(col.dict.length);
    let used = 0;
    for (let i = 0; i < subscriptions.rows && used <= MAX_SEGMENT_VALUES; i++) {
      const c = col.codes[i];
      if (c >= 0 && seen[c] === 0) {
        seen[c] = 1;
        used++;
      }
    }
    if (used === 0 || used > MAX_SEGMENT_VALUES) continue;
    out[name] = col.dict.filter((_, c) => seen[c] === 1).sort((a, b) => a.localeCompare(b));
  }
  return out;
}

/** Values of one field that no subscription carries: the filter keeps no row for them. */
export interface SegmentMiss {
  field: string;
  values: string[];
}

export interface SegmentCheck {
  /** The filters on fields that exist; undefined when none is left. */
  segment: Segment | undefined;
  /** Fields asked for that are no segment field of the subscriptions. */
  unknownFields: string[];
  /** Values that match nothing: the KPIs of subscriptions are zero, and the person is told why. */
  misses: SegmentMiss[];
}

/**
 * Splits a requested filter into what applies, the fields that do not exist (the CLI refuses them,
 * the page drops them: a stale link must not empty the dashboard) and values that match nothing.
 */
export function checkSegment(segment: Segment | undefined, fields: Record<string, string[]>): SegmentCheck {
  const unknownFields: string[] = [];
  const misses: SegmentMiss[] = [];
  const kept: [string, string[]][] = [];
  for (const [field, values] of Object.entries(segment ?? {})) {
    const known = fields[field];
    if (!known) {
      unknownFields.push(field);
      continue;
    }
    kept.push([field, values]);
    const have = new Set(known);
    const missing = values.filter((v) => !have.has(storedForm(field, v)));
    if (missing.length) misses.push({ field, values: missing });
  }
  return { segment: kept.length ? Object.fromEntries(kept) : undefined, unknownFields, misses };
}
