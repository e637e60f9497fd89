import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from '../../src/state/when-quiet.svelte.ts';

describe('whenQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // jsdom has no idle callbacks; the browser's idle moment comes right after the quiet period here.
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the whole quiet period, and starts it again whenever work resumes', async () => {
    let busy = $state(true);
    let resolved = false;
    void whenQuiet(() => busy, 1_000).then(() => (resolved = true));
    flushSync();

    await vi.advanceTimersByTimeAsync(5_000);
    expect(resolved).toBe(false);

    busy = false;
    flushSync();
    await vi.advanceTimersByTimeAsync(900);
    busy = true;
    flushSync();
    busy = false;
    flushSync();
    await vi.advanceTimersByTimeAsync(900);
    expect(resolved).toBe(false);

    await vi.advanceTimersByTimeAsync(200);
    expect(resolved).toBe(true);
  });

  it('resolves once and stops watching: later work does not matter', async () => {
    let busy = $state(false);
    const done = vi.fn();
    void whenQuiet(() => busy, 500).then(done);
    flushSync();
    await vi.advanceTimersByTimeAsync(600);
    busy = true;
    flushSync();
    busy = false;
    flushSync();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
