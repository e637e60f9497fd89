// Parts of the app loaded on demand (the chart chunk, the demo generator, the engine worker):
// a fetch that fails is reported to whoever listens (the page's load-problem notice). Plain
// TypeScript, so code that Node runs (the chart options) can use it too.

/** Text of the errors browsers throw when a dynamic import's script cannot be fetched. */
const CHUNK_FAILED =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload/i;

export function isChunkLoadError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const message = (e as { message?: unknown }).message;
  return typeof message === 'string' && CHUNK_FAILED.test(message);
}

type Listener = (what: string) => void;
const listeners = new Set<Listener>();
let first: string | null = null;

/** Tells every listener that `what` could not be loaded. */
export function reportChunkFailure(what: string): void {
  first ??= what;
  for (const listener of listeners) listener(what);
}

/** Listens for failures, including one reported before. */
export function onChunkFailure(listener: Listener): void {
  listeners.add(listener);
  if (first !== null) listener(first);
}

/**
 * A loader that reports a missing chunk and forgets the failed attempt, so a later call (after the
 * network came back) tries again instead of returning the same rejection.
 */
export function lazyChunk<T>(what: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      reportChunkFailure(what);
      throw e;
    });
    return loading;
  };
}
