import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const here = new URL('./page/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, here), 'utf8');

// The long-frame recorder both watchers use, evaluated ahead of each.
const LONG_FRAMES_SOURCE = read('long-frames.js');
export const PROBES_SOURCE = `${LONG_FRAMES_SOURCE}\n;\n${read('probes.js')}`;
export const FIRST_KPI_SOURCE = read('first-kpi.js');
export const SEGMENT_CHANGE_SOURCE = `${LONG_FRAMES_SOURCE}\n;\n${read('segment-change.js')}`;

/** B2's worker: the papaparse the app ships, then our onmessage. */
export const PAPA_WORKER_SOURCE =
  readFileSync(createRequire(import.meta.url).resolve('papaparse/papaparse.min.js'), 'utf8') +
  '\n;\n' +
  read('papa-worker.js');

/** Installs `window.__ysBench` in the current document (again after every navigation). */
export async function installProbes(page: Page): Promise<void> {
  await page.evaluate(PROBES_SOURCE);
}

/** Calls `window.__ysBench[name](...args)` in the page; arguments travel as JSON. */
export async function callProbe<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  const list = args.map((a) => JSON.stringify(a)).join(', ');
  return page.evaluate<T>(`window.__ysBench.${name}(${list})`);
}
