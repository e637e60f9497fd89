// The page's record of a part that could not be loaded (a chunk gone after a deploy): the
// load-problem notice shows it once and offers a reload instead of waiting forever.
import { isChunkLoadError, onChunkFailure, reportChunkFailure } from './lazy-chunk.ts';

export { isChunkLoadError, lazyChunk } from './lazy-chunk.ts';

class LoadProblem {
  /** What failed to load, for the record (the page shows one notice whatever it was). */
  failed = $state<string | null>(null);

  report(what: string): void {
    this.failed ??= what;
  }
}

export const loadProblem = new LoadProblem();
onChunkFailure((what) => loadProblem.report(what));

/** Chunks preloaded by Vite and imports nobody catches end up here. */
export function watchChunkErrors(target: Window): void {
  target.addEventListener('vite:preloadError', () => reportChunkFailure('preload'));
  target.addEventListener('unhandledrejection', (e) => {
    if (isChunkLoadError(e.reason)) reportChunkFailure('import');
  });
}
