// The segment change's verdicts and report rows. Its target is absolute (issue: "warm recompute
// after a segment change ≤ 100 ms"), unlike the import's, which are ratios to B2.
import { median } from './stats.ts';
import type { Target } from './targets.ts';
import { segmentRecomputeMs, type SegmentRun } from './yardstick-segment.ts';

export const SEGMENT_LIMIT_MS = 100;
export const LONG_TASK_MS = 50;

const finite = (values: (number | null)[]): number[] =>
  values.filter((v): v is number => v !== null && Number.isFinite(v));

/** Median over the runs of change → recompute on screen; null when no run measured it. */
export function segmentMedianMs(runs: readonly SegmentRun[]): number | null {
  return median(finite(runs.map(segmentRecomputeMs)));
}

export function segmentTargets(runs: readonly SegmentRun[], size: string): Target[] {
  const ok = runs.filter((r) => !r.crashed);
  const shown = segmentMedianMs(ok);
  const worker = median(finite(ok.map((r) => r.workerMs)));
  const segment = runs[0]?.segment ?? 'a plan';
  const detail = worker === null ? '' : ` (worker compute ${Math.round(worker)} ms)`;
  const tasks = ok.flatMap((r) => r.longTasks);
  const longest = tasks.reduce((m, t) => Math.max(m, t.durationMs), 0);
  const crashed = runs.length - ok.length;
  return [
    {
      name: `warm recompute after a segment change ≤ ${SEGMENT_LIMIT_MS} ms (${segment}, ${size})`,
      measured:
        shown === null
          ? (runs.find((r) => r.note)?.note ?? 'not measured')
          : `${Math.round(shown)} ms change → shown${detail}`,
      verdict: crashed > 0 ? 'FAIL' : shown === null ? 'N/A' : shown <= SEGMENT_LIMIT_MS ? 'PASS' : 'FAIL',
    },
    {
      name: `no long task over ${LONG_TASK_MS} ms during the segment change (until settled)`,
      measured:
        ok.length === 0
          ? 'not measured'
          : `${tasks.length} over ${LONG_TASK_MS} ms` +
            (tasks.length ? `, longest ${Math.round(longest)} ms` : ''),
      verdict: ok.length === 0 ? 'N/A' : tasks.length === 0 ? 'PASS' : 'FAIL',
    },
  ];
}

type Row = [string, string, string, string];

const ms = (v: number | null): string => (v === null ? '—' : `${Math.round(v)} ms`);
const list = (values: (number | null)[]): string =>
  values.map((v) => (v === null ? '—' : Math.round(v))).join(' / ') + ' ms';

/** Report rows (figure, median, runs, ratio) as report.ts lays them out. */
export function segmentRows(runs: readonly SegmentRun[]): Row[] {
  const ok = runs.filter((r) => !r.crashed);
  if (runs.length === 0) return [];
  const how = ok[0]?.how ?? runs[0].how;
  const rows: Row[] = [
    [`segment change ${runs[0].segment} (${how}, data in the worker)`, '', '', ''],
    [
      '  · change → new KPI values shown',
      ms(median(finite(ok.map((r) => r.valuesMs)))),
      list(ok.map((r) => r.valuesMs)),
      '',
    ],
    [
      '  · change → whole recompute shown',
      ms(median(finite(ok.map((r) => r.doneMs)))),
      list(ok.map((r) => r.doneMs)),
      '',
    ],
    [
      '  · worker compute (data-warm-ms)',
      ms(median(finite(ok.map((r) => r.workerMs)))),
      list(ok.map((r) => r.workerMs)),
      '',
    ],
    [
      '  · long tasks > 50 ms (count, longest)',
      ok.map((r) => r.longTasks.length).join(' / '),
      list(ok.map((r) => r.longTasks.reduce((m, t) => Math.max(m, t.durationMs), 0))),
      '',
    ],
  ];
  if (runs.length > ok.length) rows.push(['  crashed runs', String(runs.length - ok.length), '', '']);
  for (const note of new Set(runs.flatMap((r) => (r.note ? [r.note] : []))))
    rows.push([`  note: ${note}`, '', '', '']);
  return rows;
}

/** Each run's long tasks during the change: start after the change, +duration, whose work. */
export function segmentTaskLines(runs: readonly SegmentRun[]): string[] {
  return runs
    .filter((r) => !r.crashed)
    .flatMap((r, i) => {
      if (r.longTasks.length === 0) return [`  run ${i + 1}: none`];
      return [
        `  run ${i + 1}:`,
        ...r.longTasks.map((t) => `    ${ms(t.atMs)} +${ms(t.durationMs)}${t.cause ? `: ${t.cause}` : ''}`),
      ];
    });
}
