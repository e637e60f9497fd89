// The bench's watch on an import: a run whose progress stops fails with where it stood; one that
// keeps moving, or whose page crashed (reported as a crash), is left alone.
import type { Page } from '@playwright/test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HarnessError } from '../../../scripts/bench/errors.ts';
import { watchForStall } from '../../../scripts/bench/stall-watch.ts';

/** A page whose import shows `progress()`; its engine worker answers, its reader does not. */
function fakePage(progress: () => string): Page {
  const worker = (url: string, answers: boolean) => ({
    url: () => url,
    evaluate: () => (answers ? Promise.resolve(1) : new Promise(() => undefined)),
  });
  return {
    evaluate: () => Promise.resolve(progress()),
    locator: () => ({ innerText: () => Promise.resolve('Importing subs.csv\n486,585 rows processed') }),
    workers: () => [
      worker('http://x/assets/engine.worker.js', true),
      worker('http://x/assets/read.worker.js', false),
    ],
  } as unknown as Page;
}

/** A watch on `fakePage(progress)`, and the error its `stalled` rejected with so far. */
function watching(progress: () => string, what: string, crashed = false) {
  const watch = watchForStall(fakePage(progress), what, () => crashed);
  let error: unknown = null;
  watch.stalled.catch((e: unknown) => (error = e));
  return { watch, error: () => error };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watching an import for a stall', () => {
  it('fails once the progress has not moved for 90 s, saying where it stood', async () => {
    const { error } = watching(() => '97% 486,585 rows', 'importing subscriptions');
    await vi.advanceTimersByTimeAsync(80_000);
    expect(error()).toBeNull();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(error()).toBeInstanceOf(HarnessError);
    const message = (error() as Error).message;
    expect(message).toContain('importing subscriptions stalled');
    expect(message).toContain('97% 486,585 rows');
    expect(message).toContain('486,585 rows processed');
    expect(message).toMatch(/engine\.worker\.js: answers/);
    expect(message).toMatch(/read\.worker\.js: does not answer/);
  });

  it('leaves an import alone while its progress moves, and stops when told', async () => {
    let n = 0;
    const { watch, error } = watching(() => `${n++} rows`, 'importing events');
    await vi.advanceTimersByTimeAsync(300_000);
    expect(error()).toBeNull();
    watch.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves a crashed page to the crash report', async () => {
    const { error } = watching(() => 'same', 'importing subscriptions', true);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(error()).toBeNull();
  });
});
