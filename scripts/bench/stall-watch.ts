// A watch on an import that stops moving: its progress bar and row count are read every few
// seconds, and when neither changed for STALL_MS the run fails at once, with what the page and
// its workers were doing, instead of waiting out the 15-minute timeout with nothing to show.
import type { Page } from '@playwright/test';
import { HarnessError, describeError } from './errors.ts';

const EVERY_MS = 2_000;
/** Longer than any quiet stretch of a healthy import (the commit of the 20M-event file: ~5 s). */
const STALL_MS = 90_000;
/** A thread that does not answer a trivial evaluation within this is busy (or stuck). */
const ANSWER_MS = 5_000;

export interface StallWatch {
  /** Rejects with a HarnessError describing the stall; never resolves. */
  stalled: Promise<never>;
  stop(): void;
}

/** What the import view shows of its progress, or null when the page does not answer. */
async function progressOf(page: Page): Promise<string | null> {
  return within(
    page.evaluate(() => {
      const bars = [...document.querySelectorAll('[data-testid="import-progress"]')];
      return bars.map((b) => `${b.querySelector('progress')?.value}% ${b.textContent?.trim()}`).join(' | ');
    }),
  );
}

async function within<T>(work: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ANSWER_MS)));
  try {
    return await Promise.race([work.catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page's text and whether each of its workers answers: where a stall is. */
async function describeStall(page: Page, last: string | null): Promise<string> {
  const lines = [`progress unchanged for ${STALL_MS / 1000} s: ${last ?? '(the page did not answer)'}`];
  const text = await within(page.locator('body').innerText());
  lines.push(`page: ${text === null ? 'does not answer' : text.replace(/\s+/g, ' ').slice(0, 400)}`);
  for (const worker of page.workers()) {
    const answer = await within(worker.evaluate('1').then(() => 'answers'));
    lines.push(`worker ${worker.url().split('/').pop()}: ${answer ?? 'does not answer (busy or stuck)'}`);
  }
  return lines.join('\n  ');
}

/**
 * Watches `page` while an import runs; call stop() once it is done (or failed another way). A
 * crashed page is not a stall: the caller reports the crash.
 */
export function watchForStall(page: Page, what: string, crashed: () => boolean): StallWatch {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    let last: string | null = null;
    let since = Date.now();
    const tick = async () => {
      if (stopped || crashed()) return;
      try {
        const now = await progressOf(page);
        if (now === null || now !== last) {
          if (now !== null) since = Date.now();
          last = now ?? last;
        }
        if (Date.now() - since >= STALL_MS && !crashed()) {
          reject(new HarnessError(`${what} stalled:\n  ${await describeStall(page, last)}`));
          return;
        }
      } catch (error) {
        if (stopped) return;
        reject(new HarnessError(`${what}: watching the progress failed: ${describeError(error)}`));
        return;
      }
      if (!stopped) timer = setTimeout(() => void tick(), EVERY_MS);
    };
    timer = setTimeout(() => void tick(), EVERY_MS);
  });
  stalled.catch(() => undefined);
  return {
    stalled,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
