import type { Page } from '@playwright/test';
import type { Session } from './browser.ts';
import { Clicker } from './clicker.ts';
import { HarnessError, describeError } from './errors.ts';
import { HeapSampler } from './heap.ts';
import type { HeapReport } from './heap.ts';
import { HOOKS, TIMEOUTS, waitForHook } from './hooks.ts';
import { callProbe, installProbes } from './page-scripts.ts';
import type { GeneratedFile } from './types.ts';

export interface ImportRun {
  crashed: boolean;
  /** File chosen → `import-done` shown, measured in the page (falls back to wall clock). */
  totalMs: number;
  /** File chosen → confirm button shown (sniffing and preview). */
  previewMs: number | null;
  /** Confirm clicked → done shown (parse, normalise, store). */
  storeMs: number | null;
  rows: number | null;
  rejected: number | null;
  longTaskCount: number;
  longestTaskMs: number;
  /** Injected clicks: slowest input → handler, input → next frame, and Event Timing duration. */
  clicks: number;
  slowestClickMs: number;
  slowestFrameMs: number;
  slowestEventMs: number;
  heap: HeapReport;
}

interface Monitored {
  longTasks: { start: number; duration: number }[];
  clicks: number[];
  frames: number[];
  eventDurations: number[];
  marks: Partial<Record<'fileChosen' | 'confirmShown' | 'confirmClicked' | 'doneShown', number>>;
}

const max = (values: readonly number[]): number => values.reduce((m, v) => Math.max(m, v), 0);

/** Goes to `#/import`, chooses the file, confirms the preview and waits for the finished state. */
export async function runImport(session: Session, url: string, file: GeneratedFile): Promise<ImportRun> {
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

  const heap = await HeapSampler.start(page);
  const clicker = new Clicker(page);
  const wallStart = performance.now();
  let outcome: 'ok' | 'crashed';
  let clicks: number;
  let heapReport: HeapReport;
  try {
    await input.first().setInputFiles(file.path);
    outcome = await waitForHook(
      page.locator(HOOKS.confirm),
      `confirm button ${HOOKS.confirm} after choosing ${file.kind}`,
      TIMEOUTS.confirm,
      session.crashed,
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
      outcome = await waitForHook(
        page.locator(HOOKS.done),
        `finished state ${HOOKS.done} after confirming ${file.kind}`,
        TIMEOUTS.done,
        session.crashed,
      );
    }
  } finally {
    clicks = await clicker.stop();
    heapReport = await heap.stop();
  }
  const wallMs = performance.now() - wallStart;
  if (outcome === 'crashed') return crashedRun(wallMs, clicks, heapReport);
  return summarise(page, wallMs, clicks, heapReport);
}

async function summarise(page: Page, wallMs: number, clicks: number, heap: HeapReport): Promise<ImportRun> {
  const done = page.locator(HOOKS.done).first();
  const rows = await done.getAttribute('data-rows');
  const rejected = await done.getAttribute('data-rejected');
  if (rows === null || rows === '') throw new HarnessError(`${HOOKS.done} has no data-rows attribute`);
  const m = await callProbe<Monitored>(page, 'collect');
  const { fileChosen, confirmShown, confirmClicked, doneShown } = m.marks;
  const inPage = fileChosen !== undefined && doneShown !== undefined;
  const since = fileChosen ?? 0;
  const tasks = m.longTasks.filter((t) => t.start + t.duration >= since);
  return {
    crashed: false,
    totalMs: inPage ? doneShown - fileChosen : wallMs,
    previewMs: fileChosen !== undefined && confirmShown !== undefined ? confirmShown - fileChosen : null,
    storeMs: confirmClicked !== undefined && doneShown !== undefined ? doneShown - confirmClicked : null,
    rows: Number(rows),
    rejected: rejected === null || rejected === '' ? null : Number(rejected),
    longTaskCount: tasks.filter((t) => t.duration > 50).length,
    longestTaskMs: max(tasks.map((t) => t.duration)),
    clicks,
    slowestClickMs: max(m.clicks),
    slowestFrameMs: max(m.frames),
    slowestEventMs: max(m.eventDurations),
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
    longTaskCount: 0,
    longestTaskMs: 0,
    clicks,
    slowestClickMs: 0,
    slowestFrameMs: 0,
    slowestEventMs: 0,
    heap,
  };
}
