// The workspace month range (metrics.md §1, §14.1).
import type { DatasetKind } from '../datasets/kinds.ts';
import { FIELD_TYPES } from '../datasets/kinds.ts';
import { eventExtent } from '../events/aggregate.ts';
import type { FrameKind, WorkspaceData } from '../workspace-data.ts';
import { numbers } from './columns.ts';
import { DAY_MS, monthEnd, monthSerialOf, monthStart, type MonthRange } from './time.ts';

/**
 * Subscription end dates describe the future of a contract: they extend the range back to their
 * month like any date, but never past the latest month of other data (§14.1).
 */
const CAPPED = new Set(['end', 'trial_end']);
/** Month-only values (sheet and cost rows) stand for the whole month, not for its first instant. */
const WHOLE_MONTH = new Set<DatasetKind>(['costs', 'monthly_sheet']);

export interface WorkspaceRange {
  range: MonthRange | null;
  /** Latest instant of any data point that lies inside the range (NaN when there is none). */
  latest: number;
  /** True when the latest data point falls before the last day of the latest month. */
  inProgress: boolean;
}

// Loaded data is never changed, and every granularity and segment asks for the same range.
const ranges = new WeakMap<WorkspaceData, WorkspaceRange>();

/** The months the workspace spans (§14.1), scanned once per loaded data. */
export function workspaceRange(data: WorkspaceData): WorkspaceRange {
  let known = ranges.get(data);
  if (!known) {
    known = scanRange(data);
    ranges.set(data, known);
  }
  return known;
}

function scanRange(data: WorkspaceData): WorkspaceRange {
  let lo = Infinity;
  let hi = -Infinity;
  let cappedHi = -Infinity;
  let latestWhole = -Infinity;
  if (data.events) {
    // Events are read as their aggregate, which keeps each user's first and last instant.
    const { min, max } = eventExtent(data.events);
    lo = min;
    hi = max;
  }
  for (const kind of Object.keys(data) as DatasetKind[]) {
    if (kind === 'events') continue;
    const frame = data[kind as FrameKind];
    if (!frame) continue;
    for (const field of Object.keys(FIELD_TYPES[kind])) {
      if (FIELD_TYPES[kind][field] !== 'time') continue;
      const values = numbers(frame, field);
      if (!values) continue;
      const capped = kind === 'subscriptions' && CAPPED.has(field);
      const whole = WHOLE_MONTH.has(kind);
      for (let i = 0; i < frame.rows; i++) {
        const t = values[i];
        if (t !== t) continue;
        if (t < lo) lo = t;
        if (capped) {
          if (t > cappedHi) cappedHi = t;
        } else {
          if (t > hi) hi = t;
          if (whole && t > latestWhole) latestWhole = t;
        }
      }
    }
  }
  if (lo === Infinity || hi === -Infinity) return { range: null, latest: NaN, inProgress: false };
  const first = monthSerialOf(lo);
  const last = monthSerialOf(hi);
  // An end date inside the latest month of other data is a data point of that month.
  let latest = cappedHi > hi && monthSerialOf(cappedHi) === last ? cappedHi : hi;
  if (latestWhole > -Infinity && monthSerialOf(latestWhole) === last) latest = monthEnd(last);
  const lastDay = monthStart(last + 1) - DAY_MS;
  return { range: { first, count: last - first + 1 }, latest, inProgress: latest < lastDay };
}
