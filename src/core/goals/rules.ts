// The progress and status rules of metrics.md §11, one pure function each.
import type { Status } from './model.ts';
import type { MonthValue } from './values.ts';
import { atLeast, atMost } from '../metrics/compare.ts';

/** Which way a reach target moves: up when t > s, down when t < s. */
export type Way = 'up' | 'down';

export const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Whether v has reached t going `way`. */
export function reached(v: number, t: number, way: Way): boolean {
  return way === 'up' ? atLeast(v, t) : atMost(v, t);
}

/** The direction of a reach target; t = s falls back to the KPI's own good direction. */
export function wayOf(s: number, t: number, fallback: Way = 'up'): Way {
  return t > s ? 'up' : t < s ? 'down' : fallback;
}

/** (v − s)/(t − s) clamped to [0, 1]; t = s → 1 when v has reached t, else 0. */
export function reachProgress(s: number, t: number, v: number, way: Way = wayOf(s, t)): number {
  if (reached(v, t, way)) return 1;
  if (t === s) return 0;
  return clamp01((v - s) / (t - s));
}

export function tasksProgress(tasks: readonly { done: boolean }[]): number {
  return tasks.length === 0 ? 0 : tasks.filter((task) => task.done).length / tasks.length;
}

export interface Pace {
  status: Exclude<Status, 'not_started'>;
  /** Share of the time from start to due gone at d, in [0, 1]. */
  expected: number;
  /** Points behind the time elapsed: (expected − progress) × 100. */
  behind: number;
  afterDue: boolean;
}

/** Status of a reach, done or tasks target that has started (§11 rule 2). */
export function paceStatus(progress: number, d: number, start: number, due: number): Pace {
  const expected = due > start ? clamp01((d - start) / (due - start)) : 1;
  // Rounded to a billionth of a point: 0.65 − 0.4 must be 25 points behind, not 24.999….
  const behind = Math.round((expected - progress) * 100 * 1e9) / 1e9;
  const afterDue = d > due;
  const status =
    progress === 1
      ? 'complete'
      : afterDue || behind >= 25
        ? 'off_track'
        : behind >= 10
          ? 'at_risk'
          : 'on_track';
  return { status, expected, behind, afterDue };
}

export type KeepDirection = 'at_least' | 'at_most';

export function holds(value: number, direction: KeepDirection, threshold: number): boolean {
  return direction === 'at_least' ? atLeast(value, threshold) : atMost(value, threshold);
}

export interface KeepJudgement {
  status: Status;
  /** Holding months ÷ months with a value (0 with none). */
  progress: number;
  /** The latest month with a value, or null (then the target has not started). */
  latest: MonthValue | null;
  /** How many months with a value in a row, ending at the latest, fail. */
  failing: number;
  /** Months that hold, and months with a value. */
  held: number;
  counted: number;
  afterDue: boolean;
}

/**
 * A keep target over its months with a value from the start month to month(d) (§11 rule 3). With
 * no month to look at yet there is nothing to judge: not started.
 */
export function keepStatus(
  months: readonly MonthValue[],
  direction: KeepDirection,
  threshold: number,
  d: number,
  due: number,
): KeepJudgement {
  const afterDue = d > due;
  const held = months.map((m) => holds(m.value, direction, threshold));
  const holding = held.filter(Boolean).length;
  const counted = months.length;
  const progress = counted ? holding / counted : 0;
  if (!counted)
    return { status: 'not_started', progress, latest: null, failing: 0, held: 0, counted, afterDue };
  let failing = 0;
  for (let i = held.length - 1; i >= 0 && !held[i]; i--) failing++;
  const latestHolds = held[held.length - 1];
  const status: Status = latestHolds
    ? afterDue
      ? 'complete'
      : 'on_track'
    : failing >= 2 || afterDue
      ? 'off_track'
      : 'at_risk';
  return { status, progress, latest: months[months.length - 1], failing, held: holding, counted, afterDue };
}

const RANK: Record<Status, number> = { off_track: 0, at_risk: 1, on_track: 2, complete: 3, not_started: 4 };

/** not_started when every target is; complete when every target is; else the worst started one. */
export function goalStatus(statuses: readonly Status[]): Status {
  if (statuses.every((s) => s === 'not_started')) return 'not_started';
  if (statuses.every((s) => s === 'complete')) return 'complete';
  return statuses.filter((s) => s !== 'not_started').reduce((a, b) => (RANK[b] < RANK[a] ? b : a));
}
