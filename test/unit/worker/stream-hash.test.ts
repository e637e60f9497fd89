import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentHash } from '../../../src/worker/import-file.ts';
import { StreamHash } from '../../../src/worker/stream-hash.ts';

const MB = 1024 * 1024;

function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function streamed(data: Uint8Array, slice: number): Promise<string> {
  const h = new StreamHash();
  for (let at = 0; at < data.length; at += slice) h.add(data.subarray(at, at + slice));
  return h.finish();
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest();

describe('StreamHash', () => {
  it('is the plain SHA-256 of a file up to 8 MB, whatever the slices', async () => {
    const data = bytes(3 * MB + 17, 1);
    const expected = sha(data).toString('hex');
    expect(await streamed(data, MB)).toBe(expected);
    expect(await streamed(data, 7)).toBe(expected);
    expect(await streamed(new Uint8Array(0), MB)).toBe(sha(new Uint8Array(0)).toString('hex'));
  });

  it('keeps a file of exactly 8 MB one plain hash', async () => {
    const data = bytes(8 * MB, 2);
    expect(await streamed(data, 3 * MB)).toBe(sha(data).toString('hex'));
  });

  it('hashes the 8 MB blocks, then their digests, above 8 MB: the same as contentHash', async () => {
    const data = bytes(17 * MB + 5, 3);
    // Worked out independently: SHA-256 over the concatenated SHA-256 of [0, 8), [8, 16), [16, 17 MB + 5).
    const blocks = [data.subarray(0, 8 * MB), data.subarray(8 * MB, 16 * MB), data.subarray(16 * MB)];
    const expected = 'tree:' + sha(Buffer.concat(blocks.map(sha))).toString('hex');
    expect(await streamed(data, MB)).toBe(expected);
    expect(await streamed(data, 5 * MB + 3)).toBe(expected);
    expect(await contentHash(new Blob([data as Uint8Array<ArrayBuffer>]))).toBe(expected);
  });

  it('matches contentHash at exactly 16 MB (no empty trailing block)', async () => {
    const data = bytes(16 * MB, 4);
    expect(await streamed(data, MB)).toBe(await contentHash(new Blob([data as Uint8Array<ArrayBuffer>])));
  });
});
