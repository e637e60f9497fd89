import type { Frame } from '../core/datasets/frame.ts';
import { computePeriods, computeWorkspace, type WorkspaceMetrics } from '../core/metrics/compute.ts';
import type { MetricSettings, WorkspaceData } from '../core/workspace-data.ts';
import { currencyGap } from '../core/currency.ts';
import { workspaceRange } from '../core/metrics/range.ts';
import { eventNamesOf } from '../core/metrics/engagement.ts';
import type { ComputeAnswer, ComputedPart, Granularity } from './protocol.ts';

/** More distinct values than this and a text column is no segment. */
const MAX_SEGMENT_VALUES = 200;

// Subscription columns that identify or describe billing mechanics rather than a segment.
const NOT_SEGMENTS = new Set(['customer_id', 'subscription_id', 'status', 'interval_unit']);

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

/** Keeps only filters on fields the subscriptions carry: a stale link must not empty the dashboard. */
function knownSegment(
  segment: Record<string, string[]> | undefined,
  fields: Record<string, string[]>,
): Record<string, string[]> | undefined {
  if (!segment) return undefined;
  const kept = Object.entries(segment).filter(([field]) => field in fields);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

// The loaded data is immutable and reused across requests: scan it for filters and events once.
const descriptions = new WeakMap<WorkspaceData, { fields: Record<string, string[]>; events: string[] }>();

function describe(data: WorkspaceData): { fields: Record<string, string[]>; events: string[] } {
  let d = descriptions.get(data);
  if (!d) {
    d = { fields: segmentFields(data.subscriptions), events: eventNamesOf(data.events) };
    descriptions.set(data, d);
  }
  return d;
}

/**
 * What every compute of this data needs first — its month range, segment fields and event
 * names — worked out once, right after the data is read.
 */
export function prepareData(data: WorkspaceData): WorkspaceData {
  describe(data);
  workspaceRange(data);
  return data;
}

/** Every KPI of the asked granularities; `loadMs` is what reading the data took, for the timings. */
export function computeGrains(
  data: WorkspaceData,
  settings: MetricSettings,
  segment: Record<string, string[]> | undefined,
  grains: readonly Granularity[],
  loadMs = 0,
  months?: WorkspaceMetrics,
): ComputedPart {
  const started = performance.now();
  const { fields, events } = describe(data);
  const opts = { segment: knownSegment(segment, fields) };
  const out: ComputedPart['grains'] = {};
  // Quarters and years are built from the months (§15): compute those once.
  let monthly = months;
  for (const grain of grains) {
    monthly ??= computeWorkspace(data, settings, opts);
    if (grain === 'month') out.month = monthly;
    else out[grain] = computePeriods(data, settings, grain, opts, monthly);
  }
  return {
    grains: out,
    segmentFields: fields,
    eventNames: events,
    timings: { loadMs, computeMs: performance.now() - started },
    currencyGap: currencyGap(fields.currency ?? [], settings),
  };
}

/** Months, quarters and years at once (tests and the headless paths). */
export function computeAll(
  data: WorkspaceData,
  settings: MetricSettings,
  segment?: Record<string, string[]>,
): ComputeAnswer {
  const part = computeGrains(data, settings, segment, ['month', 'quarter', 'year']);
  return {
    month: part.grains.month!,
    quarter: part.grains.quarter!,
    year: part.grains.year!,
    segmentFields: part.segmentFields,
    eventNames: part.eventNames,
    timings: part.timings,
    currencyGap: part.currencyGap,
  };
}
