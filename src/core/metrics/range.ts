// The workspace month range (metrics.md §1, §14.1).
import type { DatasetKind } from '../datasets/kinds.ts';
import { FIELD_TYPES } from '../datasets/kinds.ts';
import { eventExtent } from '../events/aggregate.ts';
import type { FrameKind, WorkspaceData } from '../workspace-data.ts';
import { dictFlags, numbers, text } from './columns.ts';
import { DAY_MS, monthEnd, monthSerialOf, monthStart, type MonthRange } from './time.ts';

/**
 * Dates that may lie in a contract's future (§14.1): a trial end, and the end of a row whose
 * status says it is still running (a scheduled cancellation). They extend the range back to their
 * month like any date, but never past the latest month of other data. An end that has happened
 * (no status, or any other status) counts like any date: the month of a cancellation is shown.
 */
const RUNNING = new Set(['active', 'trialing', 'past_due', 'unpaid', 'paused']);

/** Per row: 1 when this field's date may lie in the future and must not extend the range. */
function cappedRows(frame: WorkspaceData['subscriptions'], field: string): (row: number) => boolean {
  if (!frame) return () => false;
  if (field === 'trial_end') return () => true;
  if (field !== 'end') return () => false;
  const status = text(frame, 'status');
  if (!status) return () => false;
  const running = dictFlags(status, (s) => RUNNING.has(s.trim().toLowerCase()));
  return (row) => {
    const code = status.codes[row];
    return code >= 0 && running[code] === 1;
  };
}
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
      const capped = kind === 'subscriptions' ? cappedRows(data.subscriptions, field) : () => false;
      const whole = WHOLE_MONTH.has(kind);
      for (let i = 0; i < frame.rows; i++) {
        const t = values[i];
        if (t !== t) continue;
        if (t < lo) lo = t;
        if (capped(i)) continue;
        if (t > hi) hi = t;
        if (whole && t > latestWhole) latestWhole = t;
      }
    }
  }
  if (lo === Infinity || hi === -Infinity) return { range: null, latest: NaN, inProgress: false };
  const first = monthSerialOf(lo);
  const last = monthSerialOf(hi);
  // An end date inside the latest month of other data is a data point of that month; one past it
  // adds no month and is no data point, and must not hide one inside.
  let latest = Math.max(hi, latestCappedIn(data.subscriptions, monthStart(last), monthStart(last + 1)));
  if (latestWhole > -Infinity && monthSerialOf(latestWhole) === last) latest = monthEnd(last);
  const lastDay = monthStart(last + 1) - DAY_MS;
  return { range: { first, count: last - first + 1 }, latest, inProgress: latest < lastDay };
}

/** The latest capped date (§14.1) in [from, to), or −Infinity. */
function latestCappedIn(frame: WorkspaceData['subscriptions'], from: number, to: number): number {
  let latest = -Infinity;
  if (!frame) return latest;
  for (const field of ['end', 'trial_end']) {
    const values = numbers(frame, field);
    if (!values) continue;
    const capped = cappedRows(frame, field);
    for (let i = 0; i < frame.rows; i++) {
      const t = values[i];
      if (t >= from && t < to && t > latest && capped(i)) latest = t;
    }
  }
  return latest;
}
