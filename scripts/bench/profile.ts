// `--profile`: the engine worker's own per-phase timings of the import (src/worker/import-profile.ts),
// switched on by setting `__yardstickProfile` in that worker before the file is chosen and read
// back after the import finished. Without --profile nothing is set and the worker times nothing.
import type { Page, Worker } from '@playwright/test';
import { IMPORT_PHASES, READER_PHASES } from '../../src/worker/import-profile.ts';
import type { ImportPhase, ImportProfile } from '../../src/worker/import-profile.ts';
import { HarnessError } from './errors.ts';
import { median } from './stats.ts';

export type { ImportPhase };
export { IMPORT_PHASES };

/** One run's phases, summed over the preview's and the import's requests for the file. */
export interface RunProfile {
  phases: Record<ImportPhase, number>;
  /** The worker's wall time for the preview and the import requests. */
  workerMs: number;
  /** The reading phases ran in the reader's worker, overlapping the engine's. */
  readerBeside: boolean;
}

const WORKER_WAIT_MS = 30_000;

/** The app's engine worker (named `engine`, started when the import view opens). */
async function engineWorker(page: Page): Promise<Worker> {
  const find = () => page.workers().find((w) => /engine/.test(w.url()));
  const deadline = Date.now() + WORKER_WAIT_MS;
  while (Date.now() < deadline) {
    const worker = find();
    if (worker) return worker;
    await page.waitForTimeout(50);
  }
  throw new HarnessError('--profile: the import view started no engine worker to profile');
}

/** Switches profiling on in the engine worker; returns it, to read the profile from later. */
export async function armProfile(page: Page): Promise<Worker> {
  const worker = await engineWorker(page);
  // A string, not a function: functions compiled by tsx carry helpers the worker does not have.
  await worker.evaluate('globalThis.__yardstickProfile = { imports: [] }, true');
  return worker;
}

export async function readProfile(worker: Worker, fileName: string): Promise<RunProfile> {
  const text = await worker.evaluate<string>('JSON.stringify(globalThis.__yardstickProfile ?? null)');
  const sink = JSON.parse(text) as { imports: ImportProfile[] } | null;
  const mine = (sink?.imports ?? []).filter((p) => fileName.endsWith(p.file));
  if (mine.length === 0)
    throw new HarnessError(`--profile: the engine worker recorded no import of ${fileName}`);
  return sumProfiles(mine);
}

export function sumProfiles(profiles: readonly ImportProfile[]): RunProfile {
  const phases = Object.fromEntries(
    IMPORT_PHASES.map((p) => [p, profiles.reduce((sum, x) => sum + x.phases[p], 0)]),
  ) as Record<ImportPhase, number>;
  return {
    phases,
    workerMs: profiles.reduce((sum, x) => sum + x.wallMs, 0),
    readerBeside: profiles.some((x) => x.readerBeside),
  };
}

const PHASE_NOTES: Record<ImportPhase, string> = {
  preview: 'preview: sniff + plan over the first MB',
  read: 'read: waiting for file slices',
  decode: 'decode: TextDecoder',
  parse: 'parse: CSV records',
  normalise: 'normalise: cells → typed columns',
  hash: 'hash: slices handed to the hash worker, final digest',
  pack: 'pack: frames → stored chunks (engine)',
  write: 'write: IndexedDB puts + waiting on them',
  aggregate: 'aggregate: per-day / per-user (events)',
  commit: 'commit + read back',
  wait: 'wait: engine waiting for the reader (beside)',
};

/**
 * The table printed under a dataset: median milliseconds per phase over the runs, each run's
 * figure, and the share of the full import (page-side, file chosen → done).
 */
export function profileRows(runs: readonly RunProfile[], importMs: number | null): string[][] {
  const share = (ms: number | null) =>
    ms === null || importMs === null || importMs === 0 ? '' : `${((ms / importMs) * 100).toFixed(0)} %`;
  const row = (name: string, values: number[]): string[] => {
    const m = median(values);
    return [
      `  ${name}`,
      m === null ? '—' : `${Math.round(m)} ms`,
      values.map(Math.round).join(' / '),
      share(m),
    ];
  };
  const beside = runs.some((r) => r.readerBeside);
  const rows = IMPORT_PHASES.map((p) =>
    row(
      beside && READER_PHASES.includes(p) ? `${PHASE_NOTES[p]} (reader worker)` : PHASE_NOTES[p],
      runs.map((r) => r.phases[p]),
    ),
  );
  // Phases timed in the reader's worker overlap the engine's: they are not the engine's time.
  const inThread = (r: RunProfile) =>
    IMPORT_PHASES.filter((p) => !(r.readerBeside && READER_PHASES.includes(p))).reduce(
      (sum, p) => sum + r.phases[p],
      0,
    );
  rows.push(
    row(
      'other engine time (progress, staging, mapping)',
      runs.map((r) => r.workerMs - inThread(r)),
    ),
    row(
      'worker total (preview + import requests)',
      runs.map((r) => r.workerMs),
    ),
  );
  if (importMs !== null) {
    const gap = median(runs.map((r) => importMs - r.workerMs));
    rows.push([
      '  page: UI, messages, waiting between requests',
      gap === null ? '—' : `${Math.round(gap)} ms`,
      'median import − worker',
      share(gap),
    ]);
  }
  return rows;
}
