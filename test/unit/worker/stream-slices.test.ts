// How a file's bytes reach the parser: read through its byte stream into reused buffers, decoded
// in small pieces. Records must not depend on where the slices and pieces fall, nor on whether the
// runtime's stream has a byte reader.
import { describe, expect, it } from 'vitest';
import { streamRecords } from '../../../src/worker/stream-rows.ts';

const source = { encoding: 'utf-8', delimiter: ',', preferPolish: false } as const;

/** ~200 KB with two-byte and four-byte characters everywhere, and quoted line breaks. */
function text(): string {
  const rows = ['id,name,note'];
  for (let i = 0; i < 4000; i++) rows.push(`${i},Łódź żółć ${i},"😀 line\nbreak ${i}"`);
  return rows.join('\r\n') + '\r\n';
}

/** The same bytes behind a stream without a byte reader (a runtime that only has plain streams). */
function plainStreamBlob(blob: Blob): Blob {
  return { size: blob.size, stream: () => blob.stream().pipeThrough(new TransformStream()) } as Blob;
}

/** `spare` and `handedBack`: what the hash does, giving each slice's buffer back once copied. */
async function records(
  blob: Blob,
  readBytes: number,
  spare?: (bytes: number) => ArrayBuffer | undefined,
  handedBack?: (buffer: ArrayBuffer) => void,
) {
  const seen: [string[], number][] = [];
  const handed: Uint8Array[] = [];
  const bytesRead = (bytes: Uint8Array) => {
    handed.push(bytes);
    handedBack?.(bytes.buffer as ArrayBuffer);
  };
  await streamRecords(
    blob,
    source,
    (fields, line) => seen.push([fields, line]),
    async () => undefined,
    readBytes,
    {
      bytesRead,
      spare,
    },
  );
  return { seen, handed };
}

/**
 * The same bytes behind a byte stream that delivers them and then never closes: a read waiting
 * for the end of the stream (asking for more than is left, or for anything after the last byte)
 * never settles. Chromium's file streams sometimes behaved so, and imports stalled on their last
 * slice.
 */
function neverClosingBlob(blob: Blob): Blob {
  const bytes = blob.arrayBuffer().then((b) => new Uint8Array(b));
  let at = 0;
  const stream = () =>
    new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        const all = await bytes;
        const request = controller.byobRequest!;
        const view = request.view!;
        const n = Math.min(view.byteLength, all.length - at, 1000);
        if (n === 0) return new Promise<void>(() => undefined);
        new Uint8Array(view.buffer, view.byteOffset, n).set(all.subarray(at, at + n));
        at += n;
        request.respond(n);
      },
    });
  return { size: blob.size, stream } as Blob;
}

/**
 * The same bytes behind a byte stream whose reader ignores `min` (an option some runtimes lack):
 * each read gives what the stream has at once, here at most 1000 bytes, however much was asked.
 */
function readsIgnoringMin(blob: Blob): Blob {
  const bytes = blob.arrayBuffer().then((b) => new Uint8Array(b));
  const stream = () => {
    let at = 0;
    const s = new ReadableStream({
      type: 'bytes',
      async pull(controller) {
        const all = await bytes;
        const request = controller.byobRequest!;
        const n = Math.min(request.view!.byteLength, all.length - at, 1000);
        if (n === 0) {
          controller.close();
          request.respond(0);
          return;
        }
        const view = request.view!;
        new Uint8Array(view.buffer, view.byteOffset, n).set(all.subarray(at, at + n));
        at += n;
        request.respond(n);
      },
    });
    const getReader = s.getReader.bind(s) as (options?: { mode?: 'byob' }) => ReadableStreamBYOBReader;
    return Object.assign(s, {
      getReader: (options?: { mode?: 'byob' }) => {
        const reader = getReader(options);
        const read = reader.read.bind(reader);
        return Object.assign(reader, { read: (view: Uint8Array<ArrayBuffer>) => read(view) });
      },
    });
  };
  return { size: blob.size, stream } as unknown as Blob;
}

describe('reading a file slice by slice', () => {
  it('reads every byte when a read gives fewer bytes than it asked for', async () => {
    const blob = new Blob([text()]);
    const whole = await records(blob, blob.size + 1);
    for (const readBytes of [4099, 65_536, blob.size + 1])
      expect((await records(readsIgnoringMin(blob), readBytes)).seen).toEqual(whole.seen);
  });

  it('ends with the last byte, without waiting for the stream to say it closed', async () => {
    const blob = new Blob([text()]);
    const whole = await records(blob, blob.size + 1);
    for (const readBytes of [4099, 65_536, blob.size + 1])
      expect((await records(neverClosingBlob(blob), readBytes)).seen).toEqual(whole.seen);
  });

  it('gives the same records wherever slices and decoded pieces fall, with or without a byte reader', async () => {
    const blob = new Blob([text()]);
    const whole = await records(blob, blob.size + 1);
    expect(whole.seen).toHaveLength(4001);
    expect(whole.seen[4000]).toEqual([['3999', 'Łódź żółć 3999', '😀 line\nbreak 3999'], 2 + 3999 * 2]);
    for (const readBytes of [5, 4099, 65_537, 1024 * 1024]) {
      expect((await records(blob, readBytes)).seen).toEqual(whole.seen);
      expect((await records(plainStreamBlob(blob), readBytes)).seen).toEqual(whole.seen);
    }
  });

  it('hands every byte over once, in order', async () => {
    const bytes = new TextEncoder().encode(text());
    for (const blob of [new Blob([bytes]), plainStreamBlob(new Blob([bytes]))]) {
      const { handed } = await records(blob, 65_536);
      const joined = new Uint8Array(handed.reduce((n, b) => n + b.length, 0));
      let at = 0;
      for (const b of handed) {
        joined.set(b, at);
        at += b.length;
      }
      expect(Buffer.from(joined).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('reads into the buffers handed back instead of new ones', async () => {
    const blob = new Blob([text()]);
    const pool: ArrayBuffer[] = [];
    const given: ArrayBuffer[] = [];
    let allocated = 0;
    const spare = (bytes: number) => {
      const buffer = pool.pop() ?? (allocated++, new ArrayBuffer(bytes));
      given.push(buffer);
      return buffer;
    };
    const { seen, handed } = await records(blob, 16_384, spare, (buffer) => pool.push(buffer));
    const used = handed.map((b) => b.buffer);
    expect(seen).toEqual((await records(blob, blob.size + 1)).seen);
    expect(used.length).toBeGreaterThan(10);
    // Every slice was read into a buffer the hook gave (a read moves the buffer it fills, so the
    // one given is left empty), and only a few buffers' memory went round.
    expect(given.length).toBeGreaterThanOrEqual(used.length);
    expect(given.every((b) => b.byteLength === 0)).toBe(true);
    expect(allocated).toBeLessThanOrEqual(3);
  });
});
