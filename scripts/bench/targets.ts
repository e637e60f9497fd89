import type { BenchResults, DatasetResults } from './results.ts';
import { maximum, median, ratio } from './stats.ts';
import { snapshotTarget } from './yardstick-snapshot.ts';

export interface Target {
  name: string;
  /** The measured figure, e.g. "1.84 × B2"; "not measured" when the bench could not get it. */
  measured: string;
  verdict: 'PASS' | 'FAIL' | 'N/A';
}

const times = (r: number | null): string => (r === null ? 'not measured' : `${r.toFixed(2)} × B2`);
const percent = (r: number | null): string =>
  r === null ? 'not measured' : `${(r * 100).toFixed(1)} % of B2`;
const verdict = (value: number | null, limit: number): Target['verdict'] =>
  value === null ? 'N/A' : value <= limit ? 'PASS' : 'FAIL';

/** The targets, each judged on medians against baselines measured in the same run. */
export function evaluateTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const subs = results.datasets.subscriptions;
  const events = results.datasets.events;
  const size = results.options.quick ? '100k subscriptions, --quick' : '1M subscriptions';
  if (subs) {
    const b2 = median(subs.b2);
    const done = subs.imports.filter((r) => !r.crashed);
    const full = ratio(median(done.map((r) => r.totalMs)), b2);
    targets.push({
      name: `full import ≤ 2.5 × B2 (${size})`,
      measured: times(full),
      verdict: verdict(full, 2.5),
    });
    targets.push({
      name: 'rows stored = rows generated (subscriptions)',
      measured:
        subs.imports.length === 0 ? 'not measured' : subs.rowMismatches.join('; ') || 'all runs equal',
      verdict: subs.imports.length === 0 ? 'N/A' : subs.rowMismatches.length === 0 ? 'PASS' : 'FAIL',
    });
    const reopen = ratio(median(subs.reopens.filter((r) => !r.crashed).map((r) => r.reopenMs)), b2);
    targets.push({ name: 'reopen ≤ 1.5 × B2', measured: times(reopen), verdict: verdict(reopen, 1.5) });
    const heap = ratio(median(done.map((r) => r.heap.peakBytes)), subs.file.bytes);
    targets.push({
      name: 'peak heap (page + workers) ≤ 3 × file size',
      measured: heap === null ? 'not measured' : `${heap.toFixed(2)} × file`,
      verdict: verdict(heap, 3),
    });
    targets.push(...computeTargets(subs, ''));
    if (subs.snapshots) targets.push(snapshotTarget(subs.snapshots));
  }
  const allImports = [...(subs?.imports ?? []), ...(events?.imports ?? [])].filter((r) => !r.crashed);
  const longest = maximum(allImports.map((r) => r.longestTaskMs));
  const count = allImports.reduce((sum, r) => sum + r.longTaskCount, 0);
  targets.push({
    name: 'no long task over 50 ms during imports (until the import view settled)',
    measured: longest === null ? 'not measured' : `${count} over 50 ms, longest ${longest.toFixed(0)} ms`,
    verdict: longest === null ? 'N/A' : count === 0 ? 'PASS' : 'FAIL',
  });
  if (events) {
    const runs = events.imports;
    const crashed = runs.filter((r) => r.crashed).length;
    const size = results.options.quick ? '500k events, --quick' : '5M events';
    const ok = runs.length > 0 && crashed === 0 && events.rowMismatches.length === 0;
    targets.push({
      name: `${size} import without a crash`,
      measured:
        runs.length === 0
          ? 'not measured'
          : `${runs.length - crashed}/${runs.length} runs finished` +
            (events.rowMismatches.length ? `; ${events.rowMismatches.join('; ')}` : ''),
      verdict: runs.length === 0 ? 'N/A' : ok ? 'PASS' : 'FAIL',
    });
    targets.push(...computeTargets(events, ' (events)'));
  }
  return targets;
}

/** Warm and cold compute of one dataset's workspace, against that file's own B2. */
function computeTargets(d: DatasetResults, label: string): Target[] {
  const b2 = median(d.b2);
  const computes = d.reopens.map((r) => r.compute);
  const cold = ratio(median(computes.flatMap((c) => (c.coldMs === null ? [] : [c.coldMs]))), b2);
  const warm = ratio(median(computes.flatMap((c) => (c.warmMs === null ? [] : [c.warmMs]))), b2);
  const warmNote = computes.find((c) => c.warmNote)?.warmNote;
  return [
    {
      name: `warm compute ≤ 10 % of B2${label}`,
      measured: warm === null && warmNote ? warmNote : percent(warm),
      verdict: verdict(warm, 0.1),
    },
    { name: `cold compute ≤ 50 % of B2${label}`, measured: percent(cold), verdict: verdict(cold, 0.5) },
  ];
}
