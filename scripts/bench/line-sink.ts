import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';

const FLUSH_AT = 1 << 20;

/**
 * Streams text lines to a file in ~1 MB writes, honouring back-pressure; never holds the whole file.
 * `line()` is synchronous and returns a promise only when a write had to wait: `await` it when present.
 */
export class LineSink {
  readonly #stream: WriteStream;
  #pending: string[] = [];
  #pendingChars = 0;
  #bytes = 0;

  constructor(path: string) {
    this.#stream = createWriteStream(path, { encoding: 'utf8' });
  }

  get bytes(): number {
    return this.#bytes;
  }

  line(text: string): Promise<void> | null {
    this.#pending.push(text);
    this.#pendingChars += text.length + 1;
    return this.#pendingChars >= FLUSH_AT ? this.#flush() : null;
  }

  async close(): Promise<void> {
    await this.#flush();
    this.#stream.end();
    await once(this.#stream, 'finish');
  }

  async #flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const chunk = this.#pending.join('\n') + '\n';
    this.#pending = [];
    this.#pendingChars = 0;
    this.#bytes += Buffer.byteLength(chunk);
    if (!this.#stream.write(chunk)) await once(this.#stream, 'drain');
  }
}
