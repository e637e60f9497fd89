import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseOptions } from '../../../scripts/bench/options.ts';
import { checkAndSave, compareRatios, ratiosOf } from '../../../scripts/bench/regressions.ts';
import { datasetResults, newResults } from '../../../scripts/bench/results.ts';
import type { BenchResults } from '../../../scripts/bench/results.ts';
import type { ImportRun } from '../../../scripts/bench/yardstick-import.ts';
import type { ReopenRun } from '../../../scripts/bench/yardstick-reopen.ts';

function importRun(totalMs: number, peakBytes: number, storedBytes: number, crashed = false): ImportRun {
  return {
    crashed,
    totalMs,
    previewMs: null,
    storeMs: null,
    rows: 1000,
    rejected: 0,
    longTasks: [],
    longTaskCount: 0,
    longestTaskMs: 0,
    clicks: 0,
    slowestClickMs: 0,
    slowestFrameMs: 0,
    slowestEventMs: 0,
    dashboard: null,
    heap: { peakBytes, samples: 1, workers: 1 },
    storage: { usageBytes: storedBytes + 5000, indexedDbBytes: storedBytes },
  };
}

function reopenRun(reopenMs: number, coldMs: number | null, warmMs: number | null): ReopenRun {
  return { crashed: false, reopenMs, compute: { coldMs, warmMs } } as unknown as ReopenRun;
}

/** 1000 subscription rows in a 10,000-byte file; B2 runs 1000, 1200 and 1100 ms (median 1100). */
function results(importMs: number[], argv: string[] = []): BenchResults {
  const r = newResults(parseOptions(argv));
  const d = datasetResults({
    kind: 'subscriptions',
    path: '/tmp/s.csv',
    rows: 1000,
    bytes: 10_000,
    customers: 10,
  });
  d.b2 = [1000, 1200, 1100];
  d.imports = importMs.map((ms, i) => importRun(ms, 20_000 + i * 1000, 4000 + i * 1000));
  d.reopens = [reopenRun(550, 220, 11), reopenRun(660, 330, 22), reopenRun(770, null, null)];
  r.datasets.subscriptions = d;
  return r;
}

describe('ratiosOf', () => {
  it('takes medians over the runs against the median B2 and the file size', () => {
    // Imports 2200 / 2750 / 3300 ms: median 2750 = 2.5 × 1100. Reopen median 660 = 0.6 × B2.
    // Cold 220 and 330 (one run without): median 275 = 0.25 × B2; warm (11 + 22) / 2 = 16.5 = 0.015.
    // Heap 20k / 21k / 22k: 21,000 / 10,000 = 2.1; stored 4k / 5k / 6k (IndexedDB): 0.5 × file.
    const ratios = ratiosOf(results([2200, 3300, 2750]));
    const p = 'subscriptions 1000: ';
    expect(ratios[p + 'import × B2']).toBeCloseTo(2.5, 10);
    expect(ratios[p + 'reopen × B2']).toBeCloseTo(0.6, 10);
    expect(ratios[p + 'cold compute × B2']).toBeCloseTo(0.25, 10);
    expect(ratios[p + 'warm compute × B2']).toBeCloseTo(0.015, 10);
    expect(ratios[p + 'peak heap × file']).toBeCloseTo(2.1, 10);
    expect(ratios[p + 'stored size × file']).toBeCloseTo(0.5, 10);
  });

  it('leaves out what was not measured', () => {
    const r = results([]);
    r.datasets.subscriptions!.reopens = [];
    expect(ratiosOf(r)).toEqual({});
  });
});

describe('compareRatios', () => {
  it('fails a ratio worse by more than 25 %, not one worse by exactly 25 % or better', () => {
    const rows = compareRatios({ a: 1, b: 1, c: 2, d: 0.4 }, { a: 1.25, b: 1.2501, c: 1, d: 0.6 });
    expect(rows.map((r) => [r.key, r.worse])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
      ['d', true],
    ]);
    expect(rows[2].change).toBeCloseTo(-0.5, 10);
    expect(rows[3].change).toBeCloseTo(0.5, 10);
  });

  it('does not fail a figure of a few milliseconds that moved by one or two of them', () => {
    // The warm compute of 1M subscriptions: 2 ms then 4 ms against a B2 of 2.3 s.
    const [row] = compareRatios({ warm: 2 / 2300 }, { warm: 4 / 2300 });
    expect(row!.change).toBeCloseTo(1, 10);
    expect(row!.worse).toBe(false);
    // 77 ms then 100 ms against 7.2 s (the warm compute of 5M events): 30 % worse, and 23 ms.
    expect(compareRatios({ warm: 77 / 7200 }, { warm: 100 / 7200 })[0]!.worse).toBe(true);
  });

  it('compares only figures both runs have (a --quick run never meets a full one)', () => {
    const rows = compareRatios(
      { 'subscriptions 1000000: import × B2': 1.9 },
      { 'subscriptions 100000: import × B2': 9 },
    );
    expect(rows).toEqual([]);
  });
});

describe('checkAndSave', () => {
  let folder: string;
  let file: URL;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'bench-ratios-'));
    file = pathToFileURL(join(folder, 'last-ratios.json'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(folder, { recursive: true, force: true });
  });

  it('fails --check when nothing is stored, stores with --save, then judges against it', () => {
    expect(checkAndSave(results([2750], ['--check']), file)).toBe(true);
    expect(checkAndSave(results([2750], ['--save']), file)).toBe(false);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { ratios: Record<string, number> };
    expect(stored.ratios['subscriptions 1000: import × B2']).toBeCloseTo(2.5, 10);
    // 2.5 × 1.25 = 3.125 × B2 = 3437.5 ms: 3400 passes, 3500 fails.
    expect(checkAndSave(results([3400], ['--check']), file)).toBe(false);
    expect(checkAndSave(results([3500], ['--check']), file)).toBe(true);
  });

  it('does not store a run that could not measure everything', () => {
    const r = results([2750], ['--save']);
    r.errors.push('reopen failed');
    checkAndSave(r, file);
    expect(() => readFileSync(file)).toThrow();
  });
});
