import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../../scripts/bench/options.ts';
import { ratiosOf } from '../../../scripts/bench/regressions.ts';
import { datasetResults, newResults } from '../../../scripts/bench/results.ts';
import type { BenchResults } from '../../../scripts/bench/results.ts';
import { segmentRows, segmentTargets } from '../../../scripts/bench/segment-report.ts';
import { evaluateTargets } from '../../../scripts/bench/targets.ts';
import { segmentRecomputeMs } from '../../../scripts/bench/yardstick-segment.ts';
import type { SegmentRun } from '../../../scripts/bench/yardstick-segment.ts';

function run(
  valuesMs: number | null,
  doneMs: number | null,
  tasks: number[] = [],
  crashed = false,
): SegmentRun {
  return {
    crashed,
    how: 'segment bar',
    segment: 'plan=Pro',
    valuesMs,
    doneMs,
    workerMs: 40,
    longTasks: tasks.map((durationMs, i) => ({ atMs: i * 100, durationMs })),
    note: null,
  };
}

/** 1M subscriptions, B2 median 2000 ms, with the given segment changes. */
function results(runs: SegmentRun[]): BenchResults {
  const r = newResults(parseOptions(['--only', 'subs']));
  const d = datasetResults({
    kind: 'subscriptions',
    path: '/s.csv',
    rows: 1_000_000,
    bytes: 1000,
    customers: 1,
  });
  d.b2 = [2000];
  d.segmentChanges = runs;
  r.datasets.subscriptions = d;
  return r;
}

const NAME = 'warm recompute after a segment change ≤ 100 ms (plan=Pro, 1M subscriptions)';
const TASKS = 'no long task over 50 ms during the segment change (until settled)';

describe('segment change figures', () => {
  it('judges the whole recompute on screen, the values alone when no hook told it', () => {
    expect(segmentRecomputeMs(run(60, 90))).toBe(90);
    expect(segmentRecomputeMs(run(60, null))).toBe(60);
    expect(segmentRecomputeMs(run(60, 90, [], true))).toBeNull();
  });

  it('passes at exactly 100 ms (median of 80, 100, 130) and fails above', () => {
    const byName = new Map(
      evaluateTargets(results([run(50, 80), run(60, 130), run(70, 100)])).map((t) => [t.name, t]),
    );
    expect(byName.get(NAME)).toMatchObject({
      verdict: 'PASS',
      measured: '100 ms change → shown (worker compute 40 ms)',
    });
    const slow = new Map(evaluateTargets(results([run(50, 101)])).map((t) => [t.name, t]));
    expect(slow.get(NAME)?.verdict).toBe('FAIL');
  });

  it('fails the long-task target on any task over 50 ms in any run, and names the longest', () => {
    const [, tasks] = segmentTargets([run(10, 20), run(10, 20, [51, 180])], '1M subscriptions');
    expect(tasks).toMatchObject({ name: TASKS, verdict: 'FAIL', measured: '2 over 50 ms, longest 180 ms' });
    const [, none] = segmentTargets([run(10, 20)], '1M subscriptions');
    expect(none).toMatchObject({ verdict: 'PASS', measured: '0 over 50 ms' });
  });

  it('fails when the page crashed during the change, and is N/A when nothing was measured', () => {
    expect(segmentTargets([run(null, null, [], true)], 'x')[0].verdict).toBe('FAIL');
    const [time, tasks] = segmentTargets([], 'x');
    expect([time.verdict, tasks.verdict]).toEqual(['N/A', 'N/A']);
  });

  it('stores the median as a ratio to B2 for --check and --save', () => {
    // Medians 80 / 100 / 130 → 100 ms; B2 2000 ms → 0.05.
    const ratios = ratiosOf(results([run(50, 80), run(60, 130), run(70, 100)]));
    expect(ratios['subscriptions 1000000: segment recompute × B2']).toBeCloseTo(0.05, 10);
    expect(ratiosOf(results([]))['subscriptions 1000000: segment recompute × B2']).toBeUndefined();
  });

  it('reports each step of the change in the table', () => {
    const rows = segmentRows([run(50, 80, [70]), run(60, 130)]);
    expect(rows[0][0]).toBe('segment change plan=Pro (segment bar, data in the worker)');
    expect(rows.find((r) => r[0].includes('whole recompute'))?.slice(1, 3)).toEqual([
      '105 ms',
      '80 / 130 ms',
    ]);
    expect(rows.find((r) => r[0].includes('long tasks'))?.slice(1, 3)).toEqual(['1 / 0', '70 / 0 ms']);
  });
});
