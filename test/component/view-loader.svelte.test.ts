// Views load on demand; a view whose chunk fails is reported (for the reload screen), not lost.
import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import { LazyViews } from '../../src/state/view-loader.svelte.ts';

const A = (() => {}) as unknown as Component;
const B = (() => {}) as unknown as Component;

describe('LazyViews', () => {
  it('gives an eager view at once and a lazy one after its import, then at once', async () => {
    let calls = 0;
    const views = new LazyViews({ b: () => (calls++, Promise.resolve({ default: B })) }, { a: A });
    expect(views.load('a')).toBe(A);
    const first = views.load('b');
    expect(first).toBeInstanceOf(Promise);
    expect(views.load('b')).toBe(first);
    await expect(first).resolves.toBe(B);
    expect(views.load('b')).toBe(B);
    expect(calls).toBe(1);
  });

  it('reports a failed import and tries again on the next visit', async () => {
    let fail = true;
    const error = new Error('Failed to fetch dynamically imported module');
    const views = new LazyViews({
      b: () => (fail ? Promise.reject(error) : Promise.resolve({ default: B })),
    });
    await expect(views.load('b')).rejects.toBe(error);
    expect(views.failure).toEqual({ key: 'b', error });
    fail = false;
    await expect(views.load('b')).resolves.toBe(B);
    expect(views.failure).toBeNull();
  });
});
