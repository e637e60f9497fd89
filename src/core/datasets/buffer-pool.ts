import type { Frame } from './frame.ts';

// Buffers handed back once their frame is stored, kept by size to be written again. Fresh memory
// costs a page fault per 4 KB on first touch (20–35 µs each on a small virtual machine): a 1M-row
// import allocated ~60 MB of column buffers, a chunk at a time, each touched once.

/** A buffer of exactly `bytes` bytes done with and ready to be written again, if there is one. */
export type SpareBuffer = (bytes: number) => ArrayBuffer | undefined;

export class BufferPool {
  readonly #free = new Map<number, ArrayBuffer[]>();

  give(buffers: Iterable<ArrayBuffer>): void {
    for (const buffer of buffers) {
      // A buffer moved to another thread is detached: nothing of it is left to reuse.
      if (buffer.byteLength === 0) continue;
      const list = this.#free.get(buffer.byteLength);
      if (list) list.push(buffer);
      else this.#free.set(buffer.byteLength, [buffer]);
    }
  }

  readonly take: SpareBuffer = (bytes) => this.#free.get(bytes)?.pop();
}

/** The buffers of a frame's columns: each column owns its buffer (builders.ts). */
export function frameBuffers(frames: readonly Frame[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBufferLike>();
  for (const frame of frames)
    for (const column of frame.columns.values())
      buffers.add(column.type === 'text' ? column.codes.buffer : column.values.buffer);
  return [...buffers] as ArrayBuffer[];
}
