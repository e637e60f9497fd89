// `--check` and `--save`: this run's ratios against the last ones stored in the repository
// (RATIOS_FILE, written only by an explicit --save). Every ratio is lower-is-better and measured
// against a baseline of the same run, so runs on the same machine compare despite its load.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchResults, DatasetResults } from './results.ts';
import { segmentMedianMs } from './segment-report.ts';
import { median, ratio } from './stats.ts';

export const RATIOS_FILE = new URL('./last-ratios.json', import.meta.url);

/** Worse by more than this share fails --check: the noise on a loaded 2-core machine is ±20 %. */
export const TOLERANCE = 0.25;

/**
 * …and by more than this much of its baseline. The warm compute of 1M subscriptions takes 1–4 ms,
 * counted in whole milliseconds: 0.001 × B2 one run, 0.002 × the next, with nothing changed. A
 * figure must also grow by 0.2 % of B2 (5 ms of a 2.3 s B2) to fail.
 */
export const FLOOR = 0.002;

export interface StoredRatios {
  date: string;
  machine: string;
  runs: number;
  /** `<kind> <rows>: <figure>` → ratio; the row count keeps a --quick run from meeting a full one. */
  ratios: Record<string, number>;
}

export interface Comparison {
  key: string;
  stored: number;
  current: number;
  /** current / stored − 1: +0.30 is 30 % worse. */
  change: number;
  worse: boolean;
}

/** The ratios of one run, keyed by dataset size and figure; figures not measured are left out. */
export function ratiosOf(results: BenchResults): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of Object.values(results.datasets)) {
    if (!d) continue;
    const prefix = `${d.file.kind} ${d.file.rows}: `;
    for (const [figure, value] of Object.entries(figuresOf(d))) {
      if (value !== null && Number.isFinite(value)) out[prefix + figure] = value;
    }
  }
  return out;
}

function figuresOf(d: DatasetResults): Record<string, number | null> {
  const b2 = median(d.b2);
  const runs = d.imports.filter((r) => !r.crashed);
  const computes = d.reopens.filter((r) => !r.crashed).map((r) => r.compute);
  const finite = (values: (number | null | undefined)[]) =>
    values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return {
    'import × B2': ratio(median(runs.map((r) => r.totalMs)), b2),
    'reopen × B2': ratio(median(d.reopens.filter((r) => !r.crashed).map((r) => r.reopenMs)), b2),
    'cold compute × B2': ratio(median(finite(computes.map((c) => c.coldMs))), b2),
    'warm compute × B2': ratio(median(finite(computes.map((c) => c.warmMs))), b2),
    // Judged absolutely (≤ 100 ms), stored like every figure here as a ratio to the same run's B2,
    // so a loaded machine moves both sides of the comparison alike.
    'segment recompute × B2': ratio(segmentMedianMs(d.segmentChanges ?? []), b2),
    'peak heap × file': ratio(median(runs.map((r) => r.heap.peakBytes)), d.file.bytes),
    'stored size × file': ratio(
      median(finite(runs.map((r) => r.storage && (r.storage.indexedDbBytes ?? r.storage.usageBytes)))),
      d.file.bytes,
    ),
  };
}

/**
 * Each ratio present in both runs; `worse` when the current one exceeds the stored one by more
 * than `tolerance` (a relative change: 1.00 → 1.26 fails at 25 %, 1.00 → 1.25 does not) and by
 * more than `floor` (an absolute one).
 */
export function compareRatios(
  stored: Readonly<Record<string, number>>,
  current: Readonly<Record<string, number>>,
  tolerance = TOLERANCE,
  floor = FLOOR,
): Comparison[] {
  const out: Comparison[] = [];
  for (const key of Object.keys(current).sort()) {
    const before = stored[key];
    if (before === undefined || !(before > 0)) continue;
    const now = current[key];
    out.push({
      key,
      stored: before,
      current: now,
      change: now / before - 1,
      worse: now > before * (1 + tolerance) && now - before > floor,
    });
  }
  return out;
}

export function readStored(path: URL = RATIOS_FILE): StoredRatios | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as StoredRatios;
}

export function storedOf(results: BenchResults): StoredRatios {
  const m = results.machine;
  return {
    date: results.date,
    machine: `${m.cpu}, ${m.cores} cores, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.os}`,
    runs: results.options.runs,
    ratios: ratiosOf(results),
  };
}

/**
 * Prints the comparison (with --check) and stores this run's ratios (with --save, after the
 * comparison, so one run can check and then become the reference). Returns true when --check failed.
 */
export function checkAndSave(results: BenchResults, path: URL = RATIOS_FILE): boolean {
  const { check, save } = results.options;
  const current = ratiosOf(results);
  let failed = false;
  if (check) {
    const stored = readStored(path);
    console.log('\nregression check (--check): ratios against the last stored run, worse by > 25 % fails');
    if (!stored) {
      console.log(`  ✗ nothing stored yet at ${path.pathname}: run once with --save`);
      failed = true;
    } else {
      console.log(`  stored: ${stored.date}, ${stored.machine}, ${stored.runs} runs`);
      const rows = compareRatios(stored.ratios, current);
      for (const r of rows) {
        const sign = r.change >= 0 ? '+' : '−';
        console.log(
          `  ${r.worse ? 'WORSE' : 'ok   '}  ${r.key.padEnd(44)} ${r.stored.toFixed(3)} → ${r.current.toFixed(3)} (${sign}${Math.abs(r.change * 100).toFixed(0)} %)`,
        );
      }
      if (rows.length === 0) console.log('  ✗ no ratio of this run has a stored counterpart (other sizes?)');
      failed = rows.length === 0 || rows.some((r) => r.worse);
    }
  }
  if (save) {
    if (results.errors.length > 0 || Object.keys(current).length === 0) {
      console.log('\n--save: this run did not measure everything; nothing stored');
    } else {
      // A run of one file (--only) keeps the other file's stored ratios.
      const next = storedOf(results);
      next.ratios = { ...readStored(path)?.ratios, ...next.ratios };
      writeFileSync(path, JSON.stringify(next, null, 2) + '\n');
      console.log(`\n--save: ratios stored in ${path.pathname}`);
    }
  }
  return failed;
}
