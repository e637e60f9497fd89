import type { BenchResults, DatasetResults } from './results.ts';
import { maximum, median, ratio } from './stats.ts';
import { segmentTargets } from './segment-report.ts';
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
  const quick = results.options.quick ? ', --quick' : '';
  const size = `${rowsLabel(subs?.file.rows ?? 0)} subscriptions${quick}`;
  if (subs) {
    const b2 = median(subs.b2);
    const done = subs.imports.filter((r) => !r.crashed);
    const full = ratio(median(done.map((r) => r.totalMs)), b2);
    targets.push({
      name: `full import ≤ 1.5 × B2 (${size})`,
      measured: times(full),
      verdict: verdict(full, 1.5),
    });
    targets.push({
      name: 'rows stored = rows generated (subscriptions)',
      measured:
        subs.imports.length === 0 ? 'not measured' : subs.rowMismatches.join('; ') || 'all runs equal',
      verdict: subs.imports.length === 0 ? 'N/A' : subs.rowMismatches.length === 0 ? 'PASS' : 'FAIL',
    });
    const reopen = ratio(median(subs.reopens.filter((r) => !r.crashed).map((r) => r.reopenMs)), b2);
    targets.push({ name: 'reopen ≤ 0.5 × B2', measured: times(reopen), verdict: verdict(reopen, 0.5) });
    const heap = ratio(median(done.map((r) => r.heap.peakBytes)), subs.file.bytes);
    targets.push({
      name: 'peak heap (page + workers) ≤ 3 × file size',
      measured: heap === null ? 'not measured' : `${heap.toFixed(2)} × file`,
      verdict: verdict(heap, 3),
    });
    targets.push(...computeTargets(subs, ''));
    targets.push(...segmentTargets(subs.segmentChanges ?? [], size));
    targets.push(storageTarget(subs, 0.5));
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
    const size = `${rowsLabel(events.file.rows)} events${quick}`;
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
    const b2 = median(events.b2);
    const done = runs.filter((r) => !r.crashed);
    const full = ratio(median(done.map((r) => r.totalMs)), b2);
    const sliced = events.slicedBaselines ? ', B2 in 1 MB slices' : '';
    targets.push({
      name: `${size} import ≤ 2 × B2${sliced}`,
      measured: times(full),
      verdict: verdict(full, 2),
    });
    const heap = ratio(median(done.map((r) => r.heap.peakBytes)), events.file.bytes);
    targets.push({
      name: 'peak heap (page + workers) ≤ 0.5 × file size (events)',
      measured: heap === null ? 'not measured' : `${heap.toFixed(2)} × file`,
      verdict: verdict(heap, 0.5),
    });
    targets.push(...computeTargets(events, ' (events)'));
    targets.push(storageTarget(events, 0.3));
  }
  return targets;
}

/** 1000000 → "1M", 500000 → "500k". */
export function rowsLabel(rows: number): string {
  if (rows >= 1e6) return `${+(rows / 1e6).toFixed(1)}M`;
  if (rows >= 1e3) return `${+(rows / 1e3).toFixed(1)}k`;
  return String(rows);
}

/** IndexedDB after the import (navigator.storage.estimate), against the CSV's size. */
function storageTarget(d: DatasetResults, limit: number): Target {
  const sizes = d.imports.flatMap((r) =>
    r.storage ? [r.storage.indexedDbBytes ?? r.storage.usageBytes] : [],
  );
  const stored = ratio(median(sizes), d.file.bytes);
  return {
    name: `stored size ≤ ${limit} × file (${d.file.kind})`,
    measured: stored === null ? 'not measured' : `${stored.toFixed(2)} × file`,
    verdict: verdict(stored, limit),
  };
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
