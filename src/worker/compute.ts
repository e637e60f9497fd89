import { computePeriods, computeWorkspace, type WorkspaceMetrics } from '../core/metrics/compute.ts';
import type { MetricSettings, WorkspaceData } from '../core/workspace-data.ts';
import { currencyGap } from '../core/currency.ts';
import { workspaceRange } from '../core/metrics/range.ts';
import { eventNamesOf } from '../core/metrics/engagement.ts';
import { checkSegment, segmentFields } from '../core/metrics/segments.ts';
import type { ComputedPart, Granularity } from './protocol.ts';

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
  // Unknown fields are dropped (a stale link must not empty the dashboard); misses are told.
  const check = checkSegment(segment, fields);
  const opts = { segment: check.segment };
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
    segmentMisses: check.misses,
    eventNames: events,
    timings: { loadMs, computeMs: performance.now() - started },
    currencyGap: currencyGap(fields.currency ?? [], settings),
  };
}
