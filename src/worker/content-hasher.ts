// Where an import's content hash (stream-hash.ts) is computed: in a worker of its own when the
// runtime has workers, so the digests run on the other core while this one parses; in this
// thread otherwise (Node, in tests).
import { StreamHash } from './stream-hash.ts';

export interface ContentHasher {
  /** The next bytes of the file, in order; the caller may reuse them afterwards. */
  add(bytes: Uint8Array): void;
  finish(): Promise<string>;
  /** Stops the work (after finish, or when the import fails). */
  close(): void;
}

export function contentHasher(): ContentHasher {
  if (typeof Worker !== 'function') return Object.assign(new StreamHash(), { close: () => undefined });
  return new OffThreadHasher();
}

class OffThreadHasher implements ContentHasher {
  readonly #worker = new Worker(new URL('./hash.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hash',
  });
  readonly #result: Promise<string>;

  constructor() {
    this.#result = new Promise((resolve, reject) => {
      this.#worker.onmessage = (e: MessageEvent<string>) => resolve(e.data);
      this.#worker.onerror = (e) => reject(new Error(`content hash failed: ${e.message || 'worker error'}`));
    });
    this.#result.catch(() => undefined);
  }

  add(bytes: Uint8Array): void {
    // A copy of just these bytes, moved: cloning a view would copy its whole buffer.
    const copy = bytes.slice();
    this.#worker.postMessage(copy, [copy.buffer]);
  }

  finish(): Promise<string> {
    this.#worker.postMessage(null);
    return this.#result;
  }

  close(): void {
    this.#worker.terminate();
  }
}
