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

const blob = (data: Uint8Array) => new Blob([data as Uint8Array<ArrayBuffer>]);
const text = (s: string) => new TextEncoder().encode(s);

// Reference values worked out apart from the code under test: the published SHA-256 test
// vectors (FIPS 180-2) and node:crypto's own digest.
const SHA_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const SHA_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SHA_MILLION_A = 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest();

/** 'tree:' + SHA-256 over the concatenated SHA-256 of each 8 MB block, with node:crypto. */
function tree(data: Uint8Array): string {
  const outer = createHash('sha256');
  for (let at = 0; at < data.length; at += 8 * MB) outer.update(sha(data.subarray(at, at + 8 * MB)));
  return 'tree:' + outer.digest('hex');
}

describe('content hash up to 8 MB: plain SHA-256', () => {
  it('gives the published digests of "abc" and of nothing', async () => {
    expect(await streamed(text('abc'), 1)).toBe(SHA_ABC);
    expect(await streamed(text('abc'), 3)).toBe(SHA_ABC);
    expect(await streamed(new Uint8Array(0), MB)).toBe(SHA_EMPTY);
    expect(await contentHash(blob(text('abc')))).toBe(SHA_ABC);
    expect(await contentHash(blob(new Uint8Array(0)))).toBe(SHA_EMPTY);
  });

  it('gives the published digest of a million "a", whatever the slices', async () => {
    const data = new Uint8Array(1_000_000).fill(0x61);
    expect(await streamed(data, 7)).toBe(SHA_MILLION_A);
    expect(await streamed(data, 64 * 1024)).toBe(SHA_MILLION_A);
    expect(await contentHash(blob(data))).toBe(SHA_MILLION_A);
  });

  it('keeps a file of exactly 8 MB one plain hash', async () => {
    const data = bytes(8 * MB, 2);
    const expected = sha(data).toString('hex');
    expect(await streamed(data, 3 * MB)).toBe(expected);
    expect(await contentHash(blob(data))).toBe(expected);
  });
});

describe('content hash above 8 MB: SHA-256 of the blocks’ digests', () => {
  it('hashes [0, 8), [8, 16), [16, 17 MB + 5) and then their digests', async () => {
    const data = bytes(17 * MB + 5, 3);
    const expected = tree(data);
    expect(expected).toMatch(/^tree:[0-9a-f]{64}$/);
    expect(await streamed(data, MB)).toBe(expected);
    expect(await streamed(data, 5 * MB + 3)).toBe(expected);
    expect(await contentHash(blob(data))).toBe(expected);
  });

  it('has no empty trailing block at exactly 16 MB', async () => {
    const data = bytes(16 * MB, 4);
    const expected =
      'tree:' +
      sha(Buffer.concat([sha(data.subarray(0, 8 * MB)), sha(data.subarray(8 * MB))])).toString('hex');
    expect(await streamed(data, MB)).toBe(expected);
    expect(await contentHash(blob(data))).toBe(expected);
  });

  it('turns into a tree at one byte past 8 MB', async () => {
    const data = bytes(8 * MB + 1, 5);
    const expected = tree(data);
    expect(await streamed(data, 8 * MB)).toBe(expected);
    expect(await contentHash(blob(data))).toBe(expected);
  });
});
