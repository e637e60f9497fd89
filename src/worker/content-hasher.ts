// Where an import's content hash (stream-hash.ts) is computed: in a worker of its own when the
// runtime has workers, so the digests run on the other core while this one parses; in this
// thread otherwise (Node, in tests).
import { CURRENT_SCHEME, newContentHash, type HashScheme } from './stream-hash.ts';

export interface ContentHasher {
  /** The next bytes of the file, in order, handed over: the caller must not use them afterwards. */
  add(bytes: Uint8Array): void;
  finish(): Promise<string>;
  /** A buffer of `bytes` bytes handed over earlier and now done with, to be filled again. */
  spare(bytes: number): ArrayBuffer | undefined;
  /** Stops the work (after finish, or when the import fails). */
  close(): void;
}

export function contentHasher(scheme: HashScheme = CURRENT_SCHEME): ContentHasher {
  if (typeof Worker !== 'function')
    return Object.assign(newContentHash(scheme), { close: () => undefined, spare: () => undefined });
  return new OffThreadHasher(scheme);
}

class OffThreadHasher implements ContentHasher {
  readonly #worker = new Worker(new URL('./hash.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hash',
  });
  readonly #result: Promise<string>;
  /** Buffers the worker has hashed (or copied into its block) and handed back. */
  readonly #spare: ArrayBuffer[] = [];

  constructor(scheme: HashScheme) {
    this.#worker.postMessage(scheme);
    this.#result = new Promise((resolve, reject) => {
      this.#worker.onmessage = (e: MessageEvent<string | ArrayBuffer>) => {
        if (typeof e.data === 'string') resolve(e.data);
        else this.#spare.push(e.data);
      };
      this.#worker.onerror = (e) => reject(new Error(`content hash failed: ${e.message || 'worker error'}`));
    });
    this.#result.catch(() => undefined);
  }

  add(bytes: Uint8Array): void {
    // The slice's own buffer is moved, not copied: a fresh megabyte costs ~4 ms to allocate on a
    // machine with slow page faults, ~300 ms over a 69 MB file. A view into a larger buffer is
    // copied (cloning it would copy the whole buffer).
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const own = whole ? bytes : bytes.slice();
    this.#worker.postMessage(own, [own.buffer]);
  }

  spare(bytes: number): ArrayBuffer | undefined {
    while (this.#spare.length > 0) {
      const buffer = this.#spare.pop()!;
      if (buffer.byteLength === bytes) return buffer;
    }
    return undefined;
  }

  finish(): Promise<string> {
    this.#worker.postMessage(null);
    return this.#result;
  }

  close(): void {
    this.#worker.terminate();
  }
}
