// What a change in the URL wakes: a reader of one query value hears only of that value, and the
// route's readers hear nothing when only the query changed (a segment added on the dashboard must
// not re-run the period, the grain and everything drawn from them).
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Router } from '../../src/state/router.svelte.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  window.location.hash = '';
});

/** Counts the runs of an effect that reads `read()`, and what it read last. */
function watch<T>(read: () => T): { runs: number; last: T | undefined } {
  const seen = { runs: 0, last: undefined as T | undefined };
  cleanups.push(
    $effect.root(() => {
      $effect(() => {
        seen.last = read();
        seen.runs++;
      });
    }),
  );
  flushSync();
  return seen;
}

describe('Router signals', () => {
  it('tells a reader of one value about that value only', () => {
    window.location.hash = '#/?period=2025-06';
    const router = new Router(window);
    const period = watch(() => router.param('period'));
    const grain = watch(() => router.param('grain'));
    expect(period).toEqual({ runs: 1, last: '2025-06' });
    expect(grain).toEqual({ runs: 1, last: undefined });

    router.setQuery({ plan: 'Pro' });
    flushSync();
    expect(period.runs).toBe(1);
    expect(grain.runs).toBe(1);

    router.setQuery({ grain: 'quarter', period: '2025-Q2' });
    flushSync();
    expect(period).toEqual({ runs: 2, last: '2025-Q2' });
    expect(grain).toEqual({ runs: 2, last: 'quarter' });

    router.setQuery({ grain: null, period: null });
    flushSync();
    expect(period).toEqual({ runs: 3, last: undefined });
    expect(grain).toEqual({ runs: 3, last: undefined });
  });

  it('wakes a derived that reads a value', () => {
    window.location.hash = '#/?compare=year';
    const router = new Router(window);
    const state = new (class {
      compare = $derived(router.param('compare') ?? 'previous');
    })();
    const compare = watch(() => state.compare);
    expect(compare).toEqual({ runs: 1, last: 'year' });
    router.setQuery({ compare: null });
    flushSync();
    expect(compare).toEqual({ runs: 2, last: 'previous' });
  });

  it('leaves the route and the whole query alone when nothing in them changed', () => {
    window.location.hash = '#/goals?period=2025-06';
    const router = new Router(window);
    const route = watch(() => router.route);
    const query = watch(() => router.query);
    router.setQuery({ plan: 'Pro' });
    flushSync();
    expect(route.runs).toBe(1);
    expect(query).toEqual({ runs: 2, last: { period: '2025-06', plan: 'Pro' } });
    // Back to the same hash: a hashchange with nothing new.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    flushSync();
    expect(query.runs).toBe(2);
    router.navigate('board');
    flushSync();
    expect(route).toEqual({ runs: 2, last: 'board' });
  });
});
