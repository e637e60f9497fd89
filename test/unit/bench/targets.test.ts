import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../../scripts/bench/options.ts';
import { datasetResults, newResults } from '../../../scripts/bench/results.ts';
import { evaluateTargets, rowsLabel } from '../../../scripts/bench/targets.ts';
import type { ImportRun } from '../../../scripts/bench/yardstick-import.ts';

const run = (totalMs: number, peakBytes: number, storedBytes: number): ImportRun =>
  ({
    crashed: false,
    totalMs,
    longTaskCount: 0,
    longestTaskMs: 0,
    heap: { peakBytes, samples: 1, workers: 1 },
    storage: { usageBytes: storedBytes, indexedDbBytes: null },
  }) as unknown as ImportRun;

describe('bench targets', () => {
  it('names sizes as the generator made them', () => {
    expect(rowsLabel(1_000_000)).toBe('1M');
    expect(rowsLabel(20_000_000)).toBe('20M');
    expect(rowsLabel(500_000)).toBe('500k');
  });

  it('judges events: import ≤ 2 × B2, heap ≤ 0.5 × file, stored ≤ 0.3 × file', () => {
    const r = newResults(parseOptions(['--only', 'events']));
    const d = datasetResults({ kind: 'events', path: '/e.csv', rows: 20_000_000, bytes: 1000, customers: 1 });
    d.b2 = [100];
    d.slicedBaselines = true;
    // 200 ms = 2.00 × B2 passes; heap 510 = 0.51 × file fails; 300 bytes stored = 0.30 × passes.
    d.imports = [run(200, 510, 300)];
    r.datasets.events = d;
    const byName = new Map(evaluateTargets(r).map((t) => [t.name, t]));
    expect(byName.get('20M events import ≤ 2 × B2, B2 in 1 MB slices')).toMatchObject({
      measured: '2.00 × B2',
      verdict: 'PASS',
    });
    expect(byName.get('peak heap (page + workers) ≤ 0.5 × file size (events)')?.verdict).toBe('FAIL');
    expect(byName.get('stored size ≤ 0.3 × file (events)')).toMatchObject({
      measured: '0.30 × file',
      verdict: 'PASS',
    });
  });

  it('judges a 1M subscription import against 1.5 × B2 and its stored size against 0.5 × file', () => {
    const r = newResults(parseOptions(['--only', 'subs']));
    const d = datasetResults({
      kind: 'subscriptions',
      path: '/s.csv',
      rows: 1_000_000,
      bytes: 1000,
      customers: 1,
    });
    d.b2 = [100];
    d.imports = [run(151, 100, 510)];
    r.datasets.subscriptions = d;
    const byName = new Map(evaluateTargets(r).map((t) => [t.name, t]));
    expect(byName.get('full import ≤ 1.5 × B2 (1M subscriptions)')?.verdict).toBe('FAIL');
    expect(byName.get('stored size ≤ 0.5 × file (subscriptions)')?.verdict).toBe('FAIL');
  });
});
