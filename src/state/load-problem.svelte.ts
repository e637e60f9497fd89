// A part of the app loaded on demand (the chart chunk, the demo generator, the engine worker)
// could not be fetched: after a deploy the old chunk names are gone from the server. The page
// says so once and offers a reload instead of waiting forever.

/** Text of the errors browsers throw when a dynamic import's script cannot be fetched. */
const CHUNK_FAILED =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload/i;

export function isChunkLoadError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const message = (e as { message?: unknown }).message;
  return typeof message === 'string' && CHUNK_FAILED.test(message);
}

class LoadProblem {
  /** What failed to load, for the record (the page shows one notice whatever it was). */
  failed = $state<string | null>(null);

  report(what: string): void {
    this.failed ??= what;
  }
}

export const loadProblem = new LoadProblem();

/**
 * A loader that reports a missing chunk and forgets the failed attempt, so a later call (after the
 * network came back) tries again instead of returning the same rejection.
 */
export function lazyChunk<T>(what: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      loadProblem.report(what);
      throw e;
    });
    return loading;
  };
}

/** Chunks preloaded by Vite and imports nobody catches end up here. */
export function watchChunkErrors(target: Window): void {
  target.addEventListener('vite:preloadError', () => loadProblem.report('preload'));
  target.addEventListener('unhandledrejection', (e) => {
    if (isChunkLoadError(e.reason)) loadProblem.report('import');
  });
}
