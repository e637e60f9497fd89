import type { Locator, Page } from '@playwright/test';
import type { Session } from './browser.ts';
import { HarnessError } from './errors.ts';
import { HOOKS, TIMEOUTS, waitForHook } from './hooks.ts';
import { FIRST_KPI_SOURCE } from './page-scripts.ts';

export interface ReopenRun {
  crashed: boolean;
  /** Navigation start of the reload → first `[data-kpi]` with a value. */
  reopenMs: number;
  compute: ComputeFigures;
}

export interface ComputeFigures {
  /** Where the figures come from: the page's own timing hook, or the reload stand-in. */
  source: 'compute-ms hook' | 'reload → first KPI (compute timing not exposed)';
  coldMs: number | null;
  warmMs: number | null;
  /** Why warm is missing, when it is. */
  warmNote: string | null;
}

/** Reloads the dashboard over the workspace just imported and times the first KPI value. */
export async function runReopen(session: Session, url: string): Promise<ReopenRun> {
  const { page } = session;
  await page.addInitScript(FIRST_KPI_SOURCE);
  await page.goto(`${url}#/`, { waitUntil: 'commit' });
  await page.reload({ waitUntil: 'commit' });
  const outcome = await waitForHook(
    page.locator(HOOKS.kpiWithValue),
    `KPI value ${HOOKS.kpiWithValue} on #/ after a reload`,
    TIMEOUTS.kpi,
    session.crashed,
  );
  if (outcome === 'crashed') {
    return { crashed: true, reopenMs: Number.NaN, compute: notExposed(null, 'page crashed') };
  }
  const reopenMs = await page.evaluate<number | undefined>('window.__ysFirstKpiMs');
  if (reopenMs === undefined)
    throw new HarnessError('first-KPI observer did not fire although a KPI value is shown');
  return { crashed: false, reopenMs, compute: await measureCompute(page, reopenMs) };
}

/** How long the compute timing may take to follow the first KPI value. */
const HOOK_WAIT_MS = 30_000;

function notExposed(coldMs: number | null, warmNote: string): ComputeFigures {
  return { source: 'reload → first KPI (compute timing not exposed)', coldMs, warmMs: null, warmNote };
}

/**
 * Reads the page's compute timing when it exposes one (`[data-testid="compute-ms"]` or
 * `[data-compute-ms]`; `data-cold-ms`/`data-warm-ms`, else its value or text is the last compute).
 * Warm: change the period, which recomputes over data already loaded, and read the new figure.
 */
async function measureCompute(page: Page, reopenMs: number): Promise<ComputeFigures> {
  const hook = page.locator(HOOKS.computeMs).first();
  // The first KPI shows with the months; the timing follows once quarters and years are computed.
  await hook.waitFor({ state: 'attached', timeout: HOOK_WAIT_MS }).catch(() => undefined);
  if ((await hook.count()) === 0) {
    return notExposed(reopenMs, `not exposed (no ${HOOKS.computeMs} in the page)`);
  }
  const cold = (await readMs(hook, 'data-cold-ms')) ?? (await readMs(hook, null));
  let warm = await readMs(hook, 'data-warm-ms');
  let warmNote: string | null = null;
  if (warm === null) {
    const before = await hook.evaluate((el) => el.outerHTML);
    if (await changePeriod(page)) {
      try {
        await page.waitForFunction(
          ([selector, html]) => document.querySelector(selector as string)?.outerHTML !== html,
          [HOOKS.computeMs, before],
          { timeout: 30_000 },
        );
        warm = await readMs(hook, null);
      } catch {
        warmNote = 'compute-ms did not change after a period change';
      }
    } else warmNote = `no ${HOOKS.period} control with a second value to switch to`;
  }
  return { source: 'compute-ms hook', coldMs: cold, warmMs: warm, warmNote };
}

async function readMs(hook: Locator, attribute: string | null): Promise<number | null> {
  const text = attribute
    ? await hook.getAttribute(attribute)
    : ((await hook.getAttribute('data-compute-ms')) ??
      (await hook.getAttribute('data-value')) ??
      (await hook.textContent()));
  if (text === null) return null;
  const match = /-?\d+(?:\.\d+)?/.exec(text.replace(/,/g, ''));
  return match ? Number(match[0]) : null;
}

/** Moves the period control to another month (a select's other option, or the previous month). */
async function changePeriod(page: Page): Promise<boolean> {
  const control = page.locator(HOOKS.period).first();
  if ((await control.count()) === 0) return false;
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  const current = (await control.inputValue().catch(() => '')) || '';
  if (tag === 'select') {
    const values = await control
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const other = values.filter((v) => v && v !== current).at(-1);
    if (other === undefined) return false;
    await control.selectOption(other);
    return true;
  }
  const match = /^(\d{4})-(\d{2})$/.exec(current);
  if (!match) return false;
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 2, 1));
  await control.fill(d.toISOString().slice(0, 7));
  return true;
}
