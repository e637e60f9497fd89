import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mb } from './data.ts';
import { profileRows } from './profile.ts';
import type { BenchResults, DatasetResults } from './results.ts';
import { median, ratio } from './stats.ts';
import type { Target } from './targets.ts';
import { segmentRows, segmentTaskLines } from './segment-report.ts';
import { snapshotRows } from './yardstick-snapshot.ts';

type Row = [figure: string, median: string, runs: string, vsB2: string];

const ms = (v: number | null): string => (v === null ? '—' : `${Math.round(v)} ms`);
const fmtRatio = (v: number | null): string => (v === null ? '—' : `${v.toFixed(2)} × B2`);
const list = (values: readonly (number | null)[], unit = ''): string =>
  values.length === 0
    ? '—'
    : values.map((v) => (v === null || !Number.isFinite(v) ? '—' : Math.round(v))).join(' / ') + unit;

function timeRow(figure: string, values: (number | null)[], b2: number | null): Row {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const m = median(finite);
  return [figure, ms(m), list(values, ' ms'), fmtRatio(ratio(m, b2))];
}

function datasetRows(d: DatasetResults): Row[] {
  const b2 = median(d.b2);
  const runs = d.imports.filter((r) => !r.crashed);
  const sliced = d.slicedBaselines ? ', in 1 MB slices' : '';
  const rows: Row[] = [
    timeRow(`B0 arrayBuffer + decode + count lines${sliced}`, d.b0, b2),
    timeRow(`B2 Papa.parse in a worker (strings only${sliced})`, d.b2, b2),
  ];
  if (d.imports.length === 0) return [...rows, ['Yardstick import', 'not measured', '', '']];
  rows.push(
    timeRow(
      'Yardstick full import (file → done)',
      runs.map((r) => r.totalMs),
      b2,
    ),
    timeRow(
      '  · file chosen → preview confirm',
      runs.map((r) => r.previewMs),
      b2,
    ),
    timeRow(
      '  · confirm → done',
      runs.map((r) => r.storeMs),
      b2,
    ),
    timeRow(
      '  · confirm shown → clicked (the bench)',
      runs.map((r) => r.clickMs ?? null),
      b2,
    ),
  );
  if (d.imports.some((r) => r.crashed)) {
    rows.push(['  crashed runs', String(d.imports.filter((r) => r.crashed).length), '', '']);
  }
  rows.push([
    '  rows stored (rejected)',
    list([median(runs.flatMap((r) => (r.rows === null ? [] : [r.rows])))]),
    runs.map((r) => `${r.rows ?? '—'} (${r.rejected ?? '—'})`).join(' / '),
    '',
  ]);
  if (d.reopens.length > 0) {
    rows.push(
      timeRow(
        'reopen (reload → first KPI value)',
        d.reopens.map((r) => r.reopenMs),
        b2,
      ),
    );
    const c = d.reopens.map((r) => r.compute);
    const hooked = c[0]?.source === 'compute-ms hook';
    rows.push(
      timeRow(
        `compute cold${hooked ? '' : ' (= reopen, not exposed)'}`,
        c.map((x) => x.coldMs),
        b2,
      ),
    );
    const warm = c.map((x) => x.warmMs);
    rows.push(
      warm.every((v) => v === null)
        ? ['compute warm', 'not measured', 'see targets', '']
        : timeRow('compute warm', warm, b2),
    );
  }
  if (d.segmentChanges) rows.push(...segmentRows(d.segmentChanges));
  const peaks = runs.map((r) => r.heap.peakBytes);
  const peak = median(peaks);
  rows.push([
    'peak JS heap, page + workers',
    peak === null ? '—' : mb(peak),
    peaks.map((p) => (p / 1e6).toFixed(0)).join(' / ') + ' MB',
    peak === null ? '—' : `${(peak / d.file.bytes).toFixed(2)} × file`,
  ]);
  rows.push(storageRow(d));
  rows.push([
    'long tasks > 50 ms until settled (count, longest)',
    list(runs.map((r) => r.longTaskCount)),
    list(
      runs.map((r) => r.longestTaskMs),
      ' ms',
    ),
    '',
  ]);
  rows.push([
    'slowest click: input → handler',
    ms(Math.max(...runs.map((r) => r.slowestClickMs))),
    list(
      runs.map((r) => r.slowestClickMs),
      ' ms',
    ),
    '',
  ]);
  rows.push([
    'slowest click: input → next frame',
    ms(Math.max(...runs.map((r) => r.slowestFrameMs))),
    list(
      runs.map((r) => r.slowestFrameMs),
      ' ms',
    ),
    '',
  ]);
  rows.push([
    'slowest click: Event Timing duration',
    ms(Math.max(...runs.map((r) => r.slowestEventMs))),
    list(
      runs.map((r) => r.slowestEventMs),
      ' ms',
    ),
    '',
  ]);
  rows.push(['clicks injected (every 250 ms)', list(runs.map((r) => r.clicks)), '', '']);
  if (d.snapshots) rows.push(...snapshotRows(d.snapshots));
  const opened = runs.flatMap((r) => (r.dashboard ? [r.dashboard] : []));
  if (opened.length > 0) {
    rows.push(
      ['dashboard opened after the import', '', '', ''],
      [
        '  · first KPI value',
        ms(median(opened.map((o) => o.firstKpiMs))),
        list(
          opened.map((o) => o.firstKpiMs),
          ' ms',
        ),
        '',
      ],
      [
        '  · long tasks > 50 ms (count, longest)',
        list(opened.map((o) => o.longTaskCount)),
        list(
          opened.map((o) => o.longestTaskMs),
          ' ms',
        ),
        '',
      ],
      [
        '  · slowest click: input → handler',
        ms(Math.max(...opened.map((o) => o.slowestClickMs))),
        list(
          opened.map((o) => o.slowestClickMs),
          ' ms',
        ),
        '',
      ],
    );
  }
  return rows;
}

/** IndexedDB after the import (Chromium's usageDetails; the whole origin's usage otherwise), to the file. */
function storageRow(d: DatasetResults): Row {
  const sizes = d.imports.flatMap((r) =>
    r.storage ? [r.storage.indexedDbBytes ?? r.storage.usageBytes] : [],
  );
  const m = median(sizes);
  return [
    'stored size (navigator.storage.estimate)',
    m === null ? 'not measured' : mb(m),
    sizes.map((b) => (b / 1e6).toFixed(1)).join(' / ') + (sizes.length ? ' MB' : ''),
    m === null ? '' : `${(m / d.file.bytes).toFixed(2)} × file`,
  ];
}

/** Each long task of each run: when it started after the file was chosen, how long, in which phase, whose work. */
function longTaskLines(d: DatasetResults): string[] {
  return d.imports
    .filter((r) => !r.crashed)
    .flatMap((r, i) => {
      if (r.longTasks.length === 0) return [`  run ${i + 1}: none`];
      return [
        `  run ${i + 1}:`,
        ...r.longTasks.map(
          (t) => `    ${ms(t.atMs)} +${ms(t.durationMs)} (${t.phase})${t.cause ? `: ${t.cause}` : ''}`,
        ),
      ];
    });
}

function table(rows: readonly string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return rows
    .map((r) =>
      r
        .map((cell, col) => cell.padEnd(widths[col]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function printReport(results: BenchResults, targets: readonly Target[]): void {
  const { machine, options } = results;
  console.log('\n=== Yardstick bench ===');
  console.log(
    `${results.date}  ${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB`,
  );
  console.log(
    `runs: ${options.runs}${options.quick ? ' (--quick)' : ''}; medians; baselines measured in this run\n`,
  );
  for (const [kind, d] of Object.entries(results.datasets)) {
    console.log(`${kind}: ${d.file.rows.toLocaleString('en-US')} rows, ${mb(d.file.bytes)}`);
    console.log(table([['figure', 'median', 'runs', 'ratio'], ...datasetRows(d)]));
    const profiled = (d.profiledImports ?? []).filter((r) => !r.crashed);
    const profiles = profiled.flatMap((r) => (r.profile ? [r.profile] : []));
    if (profiles.length > 0) {
      const importMs = median(profiled.map((r) => r.totalMs));
      console.log(
        `where the import goes (--profile: a run of its own, ${ms(importMs)}, not among the timed ones; share of it)`,
      );
      console.log(table([['phase', 'median', 'runs (ms)', 'share'], ...profileRows(profiles, importMs)]));
    }
    const lines = longTaskLines(d);
    if (lines.length > 0) {
      console.log('long tasks > 50 ms: start after the file was chosen, +duration (phase)');
      for (const line of lines) console.log(line);
    }
    if (d.segmentChanges?.length) {
      console.log('long tasks > 50 ms during the segment change: start after the change, +duration');
      for (const line of segmentTaskLines(d.segmentChanges)) console.log(line);
    }
    console.log('');
  }
  console.log('targets');
  console.log(table(targets.map((t) => [`  ${t.verdict}`, t.name, t.measured])));
  if (results.errors.length > 0) {
    console.log('\nharness errors (the bench could not measure everything):');
    for (const e of results.errors) console.log(`  ✗ ${e}`);
  }
}

export function writeJson(root: string, results: BenchResults, targets: readonly Target[]): string {
  const folder = join(root, '.bench');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'results.json');
  writeFileSync(path, JSON.stringify({ ...results, targets }, null, 2) + '\n');
  return path;
}
