import type { Page } from '@playwright/test';
import type { Session } from './browser.ts';
import { HarnessError } from './errors.ts';
import { PLAN_NAMES } from './gen-subscriptions.ts';
import { HOOKS } from './hooks.ts';
import { SEGMENT_CHANGE_SOURCE } from './page-scripts.ts';
import { longTaskCause, type LongFrame } from './long-task-cause.ts';

/** The segment the bench chooses: one plan of the generated file (metrics.md §3b). */
export const BENCH_SEGMENT = { field: 'plan', value: PLAN_NAMES[1] } as const;

export interface SegmentRun {
  crashed: boolean;
  /** How the segment was changed: the dashboard's segment bar, or the URL hash query (interfaces.md §2). */
  how: 'segment bar' | 'URL hash';
  /** `plan=Pro`. */
  segment: string;
  /** Change → the first frame whose KPI cards show other values (the months answered). */
  valuesMs: number | null;
  /** Change → the first frame after the compute hook was rewritten (months, quarters, years). */
  doneMs: number | null;
  /** The hook's `data-warm-ms` after the change: the worker's compute of the segment alone. */
  workerMs: number | null;
  /** Long tasks from the change until SETTLE_MS after the recompute showed (charts redrawn). */
  longTasks: { atMs: number; durationMs: number; cause?: string }[];
  /** What could not be read, when something could not. */
  note: string | null;
}

/** The figure the target judges: change → the whole recompute on screen (else the KPI values). */
export function segmentRecomputeMs(run: SegmentRun): number | null {
  return run.crashed ? null : (run.doneMs ?? run.valuesMs);
}

/** After the dashboard showed the recompute: charts redraw one per task through the draw queue. */
const SETTLE_MS = 2_000;
/** Before the change: the reopened dashboard's charts load and draw. */
const QUIET_BEFORE_MS = 3_000;
const VALUES_TIMEOUT_MS = 60_000;
const HOOK_TIMEOUT_MS = 30_000;

/**
 * On the reopened dashboard (data already in the worker), filters to one plan the way a person
 * does (segment bar: field, value, add) or, without the bar, through the URL hash query; times
 * the change to the new values on screen and records long tasks. Clears the segment afterwards.
 */
export async function runSegmentChange(session: Session): Promise<SegmentRun> {
  const { page } = session;
  const { field, value } = BENCH_SEGMENT;
  const segment = `${field}=${value}`;
  await page.waitForTimeout(QUIET_BEFORE_MS);
  await page.evaluate(SEGMENT_CHANGE_SOURCE);
  const bar = await prepareBar(page, field, value);
  const how: SegmentRun['how'] = bar ? 'segment bar' : 'URL hash';
  if (bar) {
    await page.evaluate(`window.__ysSegment.arm(${JSON.stringify(HOOKS.segmentAdd)})`);
    await page.locator(HOOKS.segmentAdd).first().click();
  } else {
    await page.evaluate(`window.__ysSegment.arm(null)`);
    await page.evaluate(`(() => {
      const [path, query = ''] = location.hash.slice(1).split('?');
      const params = new URLSearchParams(query);
      params.set(${JSON.stringify(field)}, ${JSON.stringify(value)});
      window.__ysSegment.start();
      location.hash = '#' + (path || '/') + '?' + params.toString();
    })()`);
  }
  const notes: string[] = [];
  const crashedRun = (): SegmentRun => ({
    crashed: true,
    how,
    segment,
    valuesMs: null,
    doneMs: null,
    workerMs: null,
    longTasks: [],
    note: 'page crashed',
  });
  if (!(await waitFor(page, 'values', VALUES_TIMEOUT_MS))) {
    if (session.crashed()) return crashedRun();
    throw new HarnessError(
      `segment change ${segment} (${how}): the KPI values did not change within ${VALUES_TIMEOUT_MS / 1000} s`,
    );
  }
  const hooked = (await page.locator(HOOKS.computeMs).count()) > 0;
  if (!hooked) notes.push(`no ${HOOKS.computeMs} in the page: timed to the KPI values`);
  else if (!(await waitFor(page, 'hook', HOOK_TIMEOUT_MS))) {
    if (session.crashed()) return crashedRun();
    notes.push('the compute hook did not change after the segment change');
  }
  await page.waitForTimeout(SETTLE_MS);
  const measured = await page.evaluate<PageResult>('window.__ysSegment.result()');
  const hash = await page.evaluate<string>('decodeURIComponent(location.hash)');
  if (!hash.includes(segment)) notes.push(`the URL does not hold ${segment} (${hash})`);
  const workerMs = hooked ? await readWarm(page) : null;
  await clearSegment(page);
  return {
    crashed: false,
    how,
    segment,
    valuesMs: measured.valuesFrameMs ?? measured.valuesMs,
    doneMs: doneOf(measured),
    workerMs,
    longTasks: measured.longTasks.map((t) => {
      const cause = longTaskCause(t.atMs, t.durationMs, measured.longFrames ?? []);
      return cause === null ? t : { ...t, cause };
    }),
    note: notes.length > 0 ? notes.join('; ') : null,
  };
}

interface PageResult {
  started: boolean;
  valuesMs: number | null;
  valuesFrameMs: number | null;
  hookMs: number | null;
  hookFrameMs: number | null;
  longTasks: { atMs: number; durationMs: number }[];
  /** Times in ms after the change, like the long tasks'. */
  longFrames?: LongFrame[];
}

/** The whole recompute is on screen once both the values and the rewritten hook are. */
function doneOf(m: PageResult): number | null {
  const hook = m.hookFrameMs ?? m.hookMs;
  const values = m.valuesFrameMs ?? m.valuesMs;
  return hook === null ? null : Math.max(hook, values ?? 0);
}

/** Chooses field and value in the segment bar; false when the bar cannot offer them. */
async function prepareBar(page: Page, field: string, value: string): Promise<boolean> {
  const fieldSelect = page.locator(HOOKS.segmentField).first();
  if ((await fieldSelect.count()) === 0) return false;
  const fields = await fieldSelect
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  if (!fields.includes(field)) return false;
  await fieldSelect.selectOption(field);
  const valueSelect = page.locator(HOOKS.segmentValue).first();
  const values = await valueSelect
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  if (!values.includes(value)) return false;
  await valueSelect.selectOption(value);
  await page.locator(HOOKS.segmentAdd).first().waitFor({ state: 'visible', timeout: 5_000 });
  return page.locator(HOOKS.segmentAdd).first().isEnabled();
}

/**
 * Polls the watcher from here: the app's CSP (no 'unsafe-eval') keeps Playwright's waitForFunction
 * from running a string predicate in the page, and the watcher's own times are what count.
 */
async function waitFor(page: Page, what: 'values' | 'hook', timeout: number): Promise<boolean> {
  const until = performance.now() + timeout;
  while (performance.now() < until) {
    const progress = await page.evaluate<Record<string, boolean>>('window.__ysSegment.progress()');
    if (progress[what]) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

async function readWarm(page: Page): Promise<number | null> {
  const text = await page.locator(HOOKS.computeMs).first().getAttribute('data-warm-ms');
  const n = text === null ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Back to the whole workspace (same route, so the segment bar forgets the filter too) and waits
 * for its values, so what follows in the session meets the dashboard as the reopen left it.
 */
async function clearSegment(page: Page): Promise<void> {
  await page.evaluate(`window.__ysSegment.arm(null); window.__ysSegment.start(); location.hash = '#/'`);
  await waitFor(page, 'values', VALUES_TIMEOUT_MS);
}
