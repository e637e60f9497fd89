import { describe, expect, it } from 'vitest';
import { GZIP_ABOVE, SnapshotWriter } from '../../../src/worker/snapshot-export.ts';

const text = async (blob: Blob, gzipped: boolean) =>
  gzipped ? new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text() : blob.text();

describe('snapshot writer', () => {
  it('keeps a small document as plain JSON bytes', async () => {
    const w = new SnapshotWriter();
    await w.write('{"a":');
    await w.write(new TextEncoder().encode('"żółw"'));
    await w.write('}');
    const { blob, gzipped } = await w.close();
    expect(gzipped).toBe(false);
    expect(blob.type).toBe('application/json');
    expect(await text(blob, false)).toBe('{"a":"żółw"}');
  });

  it('past the threshold writes everything, the first parts included, through gzip', async () => {
    const w = new SnapshotWriter();
    const line = 'x'.repeat(1023) + '\n';
    const parts = Math.ceil(GZIP_ABOVE / 1024) + 10;
    await w.write('[');
    for (let i = 0; i < parts; i++) await w.write(i % 2 ? line : new TextEncoder().encode(line));
    await w.write(']');
    const { blob, gzipped } = await w.close();
    expect(gzipped).toBe(true);
    expect(blob.type).toBe('application/gzip');
    expect(blob.size).toBeLessThan(GZIP_ABOVE / 10);
    const back = await text(blob, true);
    expect(back.length).toBe(2 + parts * 1024);
    expect(back.startsWith('[xxx')).toBe(true);
    expect(back.endsWith('x\n]')).toBe(true);
  });

  it('gives exactly the threshold as plain bytes, one byte more as gzip', async () => {
    const at = new SnapshotWriter();
    await at.write(new Uint8Array(GZIP_ABOVE).fill(0x20));
    expect((await at.close()).gzipped).toBe(false);
    const over = new SnapshotWriter();
    await over.write(new Uint8Array(GZIP_ABOVE).fill(0x20));
    await over.write(' ');
    expect((await over.close()).gzipped).toBe(true);
  });
});
