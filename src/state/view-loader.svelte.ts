// Views load on demand: each route names a loader (`() => import(...)`), so the entry chunk holds
// only what the first screen needs. A view whose chunk fails to load (a deploy replaced it, the
// network dropped) is not swallowed: `failure` says which route and why, for a screen that offers
// a reload (interfaces.md §2, `load-problem`).
import type { Component } from 'svelte';
import { reportChunkFailure } from './lazy-chunk.ts';

export type ViewModule = { default: Component };
export type ViewLoader = () => Promise<ViewModule>;

export interface LoadFailure {
  key: string;
  error: unknown;
}

export class LazyViews {
  readonly #loaders: Readonly<Record<string, ViewLoader>>;
  // Plain maps on purpose: the cache is not state; `failure` is what the page reacts to.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #ready = new Map<string, Component>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #pending = new Map<string, Promise<Component>>();
  /** The last view that failed to load; cleared when a load of any view succeeds. */
  failure: LoadFailure | null = $state.raw(null);

  constructor(
    loaders: Readonly<Record<string, ViewLoader>>,
    eager: Readonly<Record<string, Component>> = {},
  ) {
    this.#loaders = loaders;
    for (const [key, view] of Object.entries(eager)) this.#ready.set(key, view);
  }

  /** The view itself when already loaded (renders in the same task), else the promise of it. */
  load(key: string): Component | Promise<Component> {
    const ready = this.#ready.get(key);
    if (ready) return ready;
    let pending = this.#pending.get(key);
    if (!pending) {
      const loader = this.#loaders[key];
      if (!loader) return Promise.reject(new Error(`No view named ${key}`));
      pending = loader().then(
        (mod) => {
          this.#ready.set(key, mod.default);
          this.#pending.delete(key);
          this.failure = null;
          return mod.default;
        },
        (error: unknown) => {
          // Forgotten, so a later visit (or a retry after reconnecting) tries the import again.
          this.#pending.delete(key);
          this.failure = { key, error };
          reportChunkFailure(`view:${key}`);
          throw error;
        },
      );
      this.#pending.set(key, pending);
    }
    return pending;
  }
}
