// metrics.md §8 from the import-time aggregates against a direct reading of the spec text over
// the raw rows: random users, events and instants near the seven-day boundaries, split over two
// datasets (merged by user id), chunked and shuffled, with the activation event changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textColumn, timeColumn, type Column, type Frame } from '../../../src/core/datasets/frame.ts';
import { computePeriods, computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { engagementMetrics } from '../../../src/core/metrics/engagement.ts';
import { spansOf } from '../../../src/core/metrics/time.ts';
import type { Value } from '../../../src/core/metrics/types.ts';
import { workspaceDataOf } from '../../../src/core/workspace-data.ts';
import { computeGrains } from '../../../src/worker/compute.ts';
import { settings } from './frames.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const BASE = Date.UTC(2024, 0, 25);

interface Row {
  user: string;
  t: number;
  event: string;
}

// ─── The spec, read directly (no aggregates, no typed arrays) ───────────────────────────────────

const utcDay = (t: number) => Math.floor(t / DAY);
const monthKey = (t: number) => new Date(t).toISOString().slice(0, 7);
const quarterKey = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};
const share = (num: number, den: number): Value => (den === 0 ? null : (num / den) * 100);

/** §8 over buckets named by `bucketOf` (a month or quarter key of an instant). */
function naive(rows: Row[], activation: string, bucketOf: (t: number) => string) {
  const times = rows.map((r) => r.t);
  const firstAll = Math.min(...times);
  const lastAll = Math.max(...times);
  // D: every UTC day from the day of the first event to the day of the last.
  const D: number[] = [];
  for (let d = utcDay(firstAll); d <= utcDay(lastAll); d++) D.push(d);
  const buckets = [...new Set(D.map((d) => bucketOf(d * DAY)))];
  const firstOf = new Map<string, number>();
  for (const r of rows) firstOf.set(r.user, Math.min(firstOf.get(r.user) ?? Infinity, r.t));
  const names = [...new Set(rows.map((r) => r.event))];
  const out: Record<string, Value[]> = {};
  const put = (id: string, v: Value) => (out[id] ??= []).push(v);
  for (const b of buckets) {
    const inB = rows.filter((r) => bucketOf(r.t) === b);
    const mau = new Set(inB.map((r) => r.user)).size;
    const days = D.filter((d) => bucketOf(d * DAY) === b);
    const dau = days.map((d) => new Set(rows.filter((r) => utcDay(r.t) === d).map((r) => r.user)).size);
    const avgDau = days.length ? dau.reduce((a, x) => a + x, 0) / days.length : null;
    put('mau', mau);
    put('avg_dau', avgDau);
    put('stickiness', avgDau === null || mau === 0 ? null : (avgDau / mau) * 100);
    const newUsers = [...firstOf].filter(([, f]) => bucketOf(f) === b);
    put('new_users', newUsers.length);
    const activated = newUsers.filter(([u, f]) =>
      rows.some((r) => r.user === u && r.event === activation && r.t <= f + WEEK),
    );
    put('activation_rate', activation ? share(activated.length, newUsers.length) : null);
    const eligible = newUsers.filter(([, f]) => f <= lastAll - WEEK);
    const dropped = eligible.filter(([u, f]) => !rows.some((r) => r.user === u && r.t >= f + WEEK));
    put('dropoff_7d', share(dropped.length, eligible.length));
    for (const e of names)
      put(
        `feature_adoption:${e}`,
        share(new Set(inB.filter((r) => r.event === e).map((r) => r.user)).size, mau),
      );
  }
  return { buckets, values: out, names: [...names].sort((a, b) => a.localeCompare(b)) };
}

// ─── Rows → stored frames ───────────────────────────────────────────────────────────────────────

function frameOf(rows: Row[]): Frame {
  const users = [...new Set(rows.map((r) => r.user))];
  const events = [...new Set(rows.map((r) => r.event))];
  return {
    rows: rows.length,
    columns: new Map<string, Column>([
      ['user_id', textColumn(Int32Array.from(rows.map((r) => users.indexOf(r.user))), users)],
      ['timestamp', timeColumn(Float64Array.from(rows.map((r) => r.t)))],
      ['event', textColumn(Int32Array.from(rows.map((r) => events.indexOf(r.event))), events)],
    ]),
  };
}

/** Frames of `size` rows each, as an import would stage them. */
function chunked(rows: Row[], size: number): Frame[] {
  const out: Frame[] = [];
  for (let i = 0; i < rows.length; i += size) out.push(frameOf(rows.slice(i, i + size)));
  return out;
}

const row = fc.record({
  user: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', '007', '7'),
  // Whole hours over ~100 days, so first + 7 days is hit exactly; ±1 s either side of it.
  hour: fc.oneof(
    fc.integer({ min: 0, max: 100 * 24 }),
    fc.constantFrom(0, 24, 168, 192, 336, 168 + 7 * 24 * 4),
  ),
  nudge: fc.constantFrom(0, 0, 0, -1000, 1000),
  event: fc.constantFrom('login', 'signup', 'export', 'Login'),
  dataset: fc.constantFrom(0, 1),
});

function close(actual: Value[] | undefined, expected: Value[], id: string): void {
  expect(actual, id).toBeDefined();
  expect(actual!.length, id).toBe(expected.length);
  actual!.forEach((a, i) => {
    if (expected[i] === null) expect(a, `${id}[${i}]`).toBeNull();
    else expect(a, `${id}[${i}]`).toBeCloseTo(expected[i]!, 9);
  });
}

describe('engagement from aggregates = §8 read directly', () => {
  it('per month and quarter, over two merged datasets, for several activation events', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom('', 'signup', 'login', 'absent'),
        fc.constantFrom('', 'signup', 'export'),
        (raw, size, activationA, activationB) => {
          const rows: Row[] = raw.map((r) => ({
            user: r.user,
            t: BASE + r.hour * HOUR + r.nudge,
            event: r.event,
          }));
          const parts = [0, 1].map((k) => rows.filter((_, i) => raw[i].dataset === k));
          // Dataset A comes in time order (exports usually do), dataset B in any order.
          parts[0].sort((a, b) => a.t - b.t);
          const events = (sets: Row[][]) =>
            sets
              .filter((p) => p.length > 0)
              .map((p) => ({ kind: 'events' as const, frames: chunked(p, size) }));
          // Two datasets merged, and all rows as one dataset in the generated order.
          for (const data of [workspaceDataOf(events(parts)), workspaceDataOf(events([rows]))])
            for (const activation of [activationA, activationB]) {
              const s = settings({ activation_event: activation });
              const months = computeWorkspace(data, s);
              const want = naive(rows, activation, monthKey);
              expect(months.months).toEqual(want.buckets);
              for (const [id, series] of Object.entries(want.values)) close(months.values[id], series, id);
              const engagementIds = Object.keys(months.values).filter(
                (id) => months.sources[id] === 'events',
              );
              expect(engagementIds.sort()).toEqual(Object.keys(want.values).sort());

              const quarters = computePeriods(data, s, 'quarter');
              const wantQ = naive(rows, activation, quarterKey);
              expect(quarters.months).toEqual(wantQ.buckets);
              // §15: these four are recomputed over the quarter's records (mau, stickiness and
              // feature adoption are means of the monthly values, which the months above cover).
              for (const id of ['avg_dau', 'new_users', 'activation_rate', 'dropoff_7d'])
                close(quarters.values[id], wantQ.values[id], `quarter ${id}`);

              // The family itself over quarter spans: distinct users and adopters of the whole span.
              const bounds = wantQ.buckets.map((q) => {
                const [y, n] = q.split('-Q').map(Number);
                return Date.UTC(y, (n - 1) * 3, 1);
              });
              bounds.push(Date.UTC(2030, 0, 1)); // the last quarter runs past every event
              const fam = engagementMetrics(data.events!, spansOf(bounds), activation);
              close(fam.get('mau')!.values, wantQ.values.mau, 'span mau');
              for (const e of wantQ.names)
                close(
                  fam.get(`feature_adoption:${e}`)!.values,
                  wantQ.values[`feature_adoption:${e}`],
                  `span ${e}`,
                );

              expect(computeGrains(data, s, undefined, ['month']).eventNames).toEqual(want.names);
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});
