import type { Page } from '@playwright/test';
import type { Session } from './browser.ts';
import { Clicker } from './clicker.ts';
import { HarnessError, describeError } from './errors.ts';
import { HeapSampler } from './heap.ts';
import type { HeapReport } from './heap.ts';
import { HOOKS, TIMEOUTS, waitForHook } from './hooks.ts';
import { callProbe, installProbes } from './page-scripts.ts';
import { longTaskCause, type LongFrame } from './long-task-cause.ts';
import { armProfile, readProfile } from './profile.ts';
import type { RunProfile } from './profile.ts';
import { watchForStall } from './stall-watch.ts';
import { storageUsage } from './storage.ts';
import type { StorageUsage } from './storage.ts';
import type { GeneratedFile } from './types.ts';

/** Where a long task fell: before confirming, storing, on the import view after done, opening the dashboard. */
export type Phase = 'preview' | 'store' | 'after done' | 'dashboard';

export interface LongTask {
  /** Start, in ms after the file was chosen. */
  atMs: number;
  durationMs: number;
  phase: Phase;
  /** Whose work it was (long-task-cause.ts); absent without Long Animation Frame timing. */
  cause?: string;
}

/** Opening the dashboard right after the import: its first render with the new results. */
export interface DashboardOpen {
  /** Hash change → first KPI with a value. */
  firstKpiMs: number;
  longTaskCount: number;
  longestTaskMs: number;
  slowestClickMs: number;
  slowestFrameMs: number;
}

export interface ImportRun {
  crashed: boolean;
  /** File chosen → `import-done` shown, measured in the page (falls back to wall clock). */
  totalMs: number;
  /** File chosen → confirm button shown (sniffing and preview). */
  previewMs: number | null;
  /** Confirm clicked → done shown (parse, normalise, store). */
  storeMs: number | null;
  /** Confirm shown → clicked: the bench's own click (Playwright), inside the full import. */
  clickMs?: number | null;
  rows: number | null;
  rejected: number | null;
  /** Long tasks over 50 ms from choosing the file to the end of the dashboard's settling. */
  longTasks: LongTask[];
  /** Over 50 ms from choosing the file until the import view settled after done (not the dashboard). */
  longTaskCount: number;
  longestTaskMs: number;
  /** Injected clicks: slowest input → handler, input → next frame, and Event Timing duration. */
  clicks: number;
  slowestClickMs: number;
  slowestFrameMs: number;
  slowestEventMs: number;
  dashboard: DashboardOpen | null;
  heap: HeapReport;
  /** With --profile: the engine worker's time per phase. */
  profile?: RunProfile;
  /** navigator.storage.estimate() once the import view settled after done. */
  storage?: StorageUsage;
}

interface Monitored {
  longTasks: { start: number; duration: number }[];
  longFrames?: LongFrame[];
  clicks: number[];
  frames: number[];
  eventDurations: number[];
  clickAt: number[];
  frameAt: number[];
  eventAt: number[];
  marks: Partial<
    Record<
      'fileChosen' | 'confirmShown' | 'confirmClicked' | 'doneShown' | 'dashboardOpened' | 'kpiShown',
      number
    >
  >;
}

const max = (values: readonly number[]): number => values.reduce((m, v) => Math.max(m, v), 0);

/**
 * After done, the commit still has work to show: the data revision changes, metrics are
 * recomputed in the worker and their answer is shown. Watched this long on the import view, then
 * again on the dashboard after its first KPI value.
 */
const SETTLE_MS = 5_000;

/**
 * Goes to `#/import`, chooses the file, confirms the preview and waits for the finished state;
 * then watches the import view settle and opens the dashboard.
 */
export async function runImport(
  session: Session,
  url: string,
  file: GeneratedFile,
  options: { profile?: boolean } = {},
): Promise<ImportRun> {
  const { page } = session;
  await page.goto(`${url}#/import`, { waitUntil: 'load' });
  const input = page.locator(HOOKS.input);
  await waitForHook(
    input,
    `import input ${HOOKS.input} on #/import`,
    TIMEOUTS.input,
    session.crashed,
    'attached',
  );
  await installProbes(page);
  await callProbe(page, 'installMonitors');
  const profiled = options.profile ? await armProfile(page) : null;

  const heap = await HeapSampler.start(page);
  const clicker = new Clicker(page);
  const wallStart = performance.now();
  let outcome: 'ok' | 'crashed';
  let clicks: number;
  let heapReport: HeapReport | null = null;
  let wallMs: number | null = null;
  let done: DoneState | null = null;
  let storage: StorageUsage | undefined;
  let profile: RunProfile | undefined;
  // A stalled import fails the run at once, saying where it stood (see stall-watch.ts).
  const watch = watchForStall(page, `importing ${file.kind}`, session.crashed);
  const waitUnlessStalled = (hook: string, what: string, timeout: number) =>
    Promise.race([waitForHook(page.locator(hook), what, timeout, session.crashed), watch.stalled]);
  try {
    await input.first().setInputFiles(file.path);
    outcome = await waitUnlessStalled(
      HOOKS.confirm,
      `confirm button ${HOOKS.confirm} after choosing ${file.kind}`,
      TIMEOUTS.confirm,
    );
    if (outcome === 'ok') {
      // Playwright's click also waits for the button to be enabled (it is disabled while analysing).
      await clicker.exclusive(() =>
        page
          .locator(HOOKS.confirm)
          .first()
          .click({ timeout: TIMEOUTS.confirm })
          .catch((error: unknown) => {
            throw new HarnessError(`${HOOKS.confirm} never became clickable: ${describeError(error)}`);
          }),
      );
      outcome = await waitUnlessStalled(
        HOOKS.done,
        `finished state ${HOOKS.done} after confirming ${file.kind}`,
        TIMEOUTS.done,
      );
    }
    watch.stop();
    // The import's own figures (wall time, heap) end at done; the clicks go on while it settles.
    wallMs = performance.now() - wallStart;
    heapReport = await heap.stop();
    if (outcome === 'ok') {
      done = await readDone(page);
      if (profiled) profile = await readProfile(profiled, file.path);
      outcome = await openDashboard(page, session.crashed, async () => {
        storage = await storageUsage(page);
      });
    }
  } finally {
    watch.stop();
    clicks = await clicker.stop();
    heapReport ??= await heap.stop();
    wallMs ??= performance.now() - wallStart;
  }
  if (outcome === 'crashed') return crashedRun(wallMs, clicks, heapReport);
  if (!done) throw new HarnessError(`${HOOKS.done} was never read`);
  const run = await summarise(page, done, wallMs, clicks, heapReport);
  return { ...run, ...(profile && { profile }), ...(storage && { storage }) };
}

/** Settles on the import view, then opens the dashboard in the same document (as its link does). */
async function openDashboard(
  page: Page,
  crashed: () => boolean,
  settled: () => Promise<void>,
): Promise<'ok' | 'crashed'> {
  await page.waitForTimeout(SETTLE_MS);
  await settled();
  await callProbe(page, 'mark', 'dashboardOpened');
  await page.evaluate(() => (location.hash = '#/'));
  const outcome = await waitForHook(
    page.locator(HOOKS.kpiWithValue),
    `first KPI value ${HOOKS.kpiWithValue} after opening the dashboard from the import`,
    TIMEOUTS.kpi,
    crashed,
  );
  if (outcome === 'crashed') return outcome;
  await callProbe(page, 'mark', 'kpiShown');
  await page.waitForTimeout(SETTLE_MS);
  return 'ok';
}

function phaseOf(at: number, m: Monitored['marks']): Phase {
  if (m.dashboardOpened !== undefined && at >= m.dashboardOpened) return 'dashboard';
  if (m.doneShown !== undefined && at >= m.doneShown) return 'after done';
  if (m.confirmClicked !== undefined && at >= m.confirmClicked) return 'store';
  return 'preview';
}

interface DoneState {
  rows: string | null;
  rejected: string | null;
}

/** The finished state's counts, read before the dashboard replaces the import view. */
async function readDone(page: Page): Promise<DoneState> {
  const done = page.locator(HOOKS.done).first();
  const rows = await done.getAttribute('data-rows');
  const rejected = await done.getAttribute('data-rejected');
  if (rows === null || rows === '') throw new HarnessError(`${HOOKS.done} has no data-rows attribute`);
  return { rows, rejected };
}

async function summarise(
  page: Page,
  { rows, rejected }: DoneState,
  wallMs: number,
  clicks: number,
  heap: HeapReport,
): Promise<ImportRun> {
  const m = await callProbe<Monitored>(page, 'collect');
  const { fileChosen, confirmShown, confirmClicked, doneShown } = m.marks;
  const inPage = fileChosen !== undefined && doneShown !== undefined;
  const since = fileChosen ?? 0;
  const longTasks: LongTask[] = m.longTasks
    .filter((t) => t.start + t.duration >= since && t.duration > 50)
    .map((t) => {
      const cause = longTaskCause(t.start, t.duration, m.longFrames ?? []);
      return {
        atMs: t.start - since,
        durationMs: t.duration,
        phase: phaseOf(t.start, m.marks),
        ...(cause === null ? {} : { cause }),
      };
    });
  const tasks = longTasks.filter((t) => t.phase !== 'dashboard');
  const opened = m.marks.dashboardOpened ?? Infinity;
  const before = (values: number[], at: number[]): number[] => values.filter((_, i) => at[i] < opened);
  const after = (values: number[], at: number[]): number[] => values.filter((_, i) => at[i] >= opened);
  const onDashboard = longTasks.filter((t) => t.phase === 'dashboard');
  const { dashboardOpened, kpiShown } = m.marks;
  return {
    crashed: false,
    totalMs: inPage ? doneShown - fileChosen : wallMs,
    previewMs: fileChosen !== undefined && confirmShown !== undefined ? confirmShown - fileChosen : null,
    storeMs: confirmClicked !== undefined && doneShown !== undefined ? doneShown - confirmClicked : null,
    clickMs:
      confirmShown !== undefined && confirmClicked !== undefined ? confirmClicked - confirmShown : null,
    rows: Number(rows),
    rejected: rejected === null || rejected === '' ? null : Number(rejected),
    longTasks,
    longTaskCount: tasks.length,
    longestTaskMs: max(tasks.map((t) => t.durationMs)),
    clicks,
    slowestClickMs: max(before(m.clicks, m.clickAt)),
    slowestFrameMs: max(before(m.frames, m.frameAt)),
    slowestEventMs: max(before(m.eventDurations, m.eventAt)),
    dashboard:
      dashboardOpened === undefined || kpiShown === undefined
        ? null
        : {
            firstKpiMs: kpiShown - dashboardOpened,
            longTaskCount: onDashboard.length,
            longestTaskMs: max(onDashboard.map((t) => t.durationMs)),
            slowestClickMs: max(after(m.clicks, m.clickAt)),
            slowestFrameMs: max(after(m.frames, m.frameAt)),
          },
    heap,
  };
}

function crashedRun(wallMs: number, clicks: number, heap: HeapReport): ImportRun {
  return {
    crashed: true,
    totalMs: wallMs,
    previewMs: null,
    storeMs: null,
    rows: null,
    rejected: null,
    longTasks: [],
    longTaskCount: 0,
    longestTaskMs: 0,
    clicks,
    slowestClickMs: 0,
    slowestFrameMs: 0,
    slowestEventMs: 0,
    dashboard: null,
    heap,
  };
}
