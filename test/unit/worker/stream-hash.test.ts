import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentHash } from '../../../src/worker/import-file.ts';
import { Murmur3x86128 } from '../../../src/worker/murmur3.ts';
import { newContentHash, schemeOf, type HashScheme } from '../../../src/worker/stream-hash.ts';

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

async function streamed(data: Uint8Array, slice: number, scheme: HashScheme = 'sha256'): Promise<string> {
  const h = newContentHash(scheme);
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

describe('older content hash up to 8 MB: plain SHA-256', () => {
  it('gives the published digests of "abc" and of nothing', async () => {
    expect(await streamed(text('abc'), 1)).toBe(SHA_ABC);
    expect(await streamed(text('abc'), 3)).toBe(SHA_ABC);
    expect(await streamed(new Uint8Array(0), MB)).toBe(SHA_EMPTY);
    expect(await contentHash(blob(text('abc')), 'sha256')).toBe(SHA_ABC);
    expect(await contentHash(blob(new Uint8Array(0)), 'sha256')).toBe(SHA_EMPTY);
  });

  it('gives the published digest of a million "a", whatever the slices', async () => {
    const data = new Uint8Array(1_000_000).fill(0x61);
    expect(await streamed(data, 7)).toBe(SHA_MILLION_A);
    expect(await streamed(data, 64 * 1024)).toBe(SHA_MILLION_A);
    expect(await contentHash(blob(data), 'sha256')).toBe(SHA_MILLION_A);
  });

  it('keeps a file of exactly 8 MB one plain hash', async () => {
    const data = bytes(8 * MB, 2);
    const expected = sha(data).toString('hex');
    expect(await streamed(data, 3 * MB)).toBe(expected);
    expect(await contentHash(blob(data), 'sha256')).toBe(expected);
  });
});

describe('older content hash above 8 MB: SHA-256 of the blocks’ digests', () => {
  it('hashes [0, 8), [8, 16), [16, 17 MB + 5) and then their digests', async () => {
    const data = bytes(17 * MB + 5, 3);
    const expected = tree(data);
    expect(expected).toMatch(/^tree:[0-9a-f]{64}$/);
    expect(await streamed(data, MB)).toBe(expected);
    expect(await streamed(data, 5 * MB + 3)).toBe(expected);
    expect(await contentHash(blob(data), 'sha256')).toBe(expected);
  });

  it('has no empty trailing block at exactly 16 MB', async () => {
    const data = bytes(16 * MB, 4);
    const expected =
      'tree:' +
      sha(Buffer.concat([sha(data.subarray(0, 8 * MB)), sha(data.subarray(8 * MB))])).toString('hex');
    expect(await streamed(data, MB)).toBe(expected);
    expect(await contentHash(blob(data), 'sha256')).toBe(expected);
  });

  it('turns into a tree at one byte past 8 MB', async () => {
    const data = bytes(8 * MB + 1, 5);
    const expected = tree(data);
    expect(await streamed(data, 8 * MB)).toBe(expected);
    expect(await contentHash(blob(data), 'sha256')).toBe(expected);
  });
});

// MurmurHash3 x86 128 (seed 0) as worked out by an independent implementation,
// murmurhash3js-revisited 3.0.0 (`x86.hash128`), which writes h1 to h4 as 8 hex digits each.
const MM3 = {
  empty: '00000000000000000000000000000000',
  a: 'a794933c5556b01b5556b01b5556b01b',
  abc: '75cdc6d1a2b006a5a2b006a5a2b006a5',
  fox: '2f1583c3ecee2c675d7bf66ce5e91d2c',
  millionA: '2cbdc83e4cbb864ccfb3219362af3afe',
  bytes1000: 'd3b71cb8c6ec70fdec7d059c7d89b332',
  bytes17MB: 'b129ec4e87ea93e8b32ec1f472f990d9',
};

const murmur = (data: Uint8Array) => {
  const h = new Murmur3x86128();
  h.add(data);
  return h.digest();
};

describe('MurmurHash3 x86 128', () => {
  it('gives the reference digests of short inputs, every tail length included', () => {
    expect(murmur(new Uint8Array(0))).toBe(MM3.empty);
    expect(murmur(text('a'))).toBe(MM3.a);
    expect(murmur(text('abc'))).toBe(MM3.abc);
    expect(murmur(text('The quick brown fox jumps over the lazy dog'))).toBe(MM3.fox);
    expect(murmur(bytes(1000, 7))).toBe(MM3.bytes1000);
  });

  it('mixes in every tail length, 0 to 16 bytes ("0123…" cut short)', () => {
    const byLength = [
      '00000000000000000000000000000000',
      '0ab2409ea5eb34f8a5eb34f8a5eb34f8',
      '0f87acb4674f3b21674f3b21674f3b21',
      'cd94fea54c13d78e4c13d78e4c13d78e',
      'dc378fea485d3536485d3536485d3536',
      '35c5b3ee7b3b211600ae108800ae1088',
      'db26dc756ce1944bf825536af825536a',
      'b708d0a186d15c02495d053b495d053b',
      'aa22bf849216040263b83c5e63b83c5e',
      '571b5f6775d48126d0205c304ca675dc',
      '0017a61e2e528b33a5443f2057a11235',
      'cc2e5e7898e4f0ecfd431b57d38d4065',
      'eab2fb48fd13dd83e39ce34fd6b24ef8',
      '363a97d7d5ea3ac36606884ec00d1cd7',
      'aec10c347a907188f9fd6fedcb32922f',
      'a013f1cae0540fbf695e6a402006e3be',
      'c1686ce1b69ee3f5b2ccd9032a40a294',
    ];
    const digits = Uint8Array.from({ length: 16 }, (_, i) => 0x30 + i);
    expect(byLength.map((_, n) => murmur(digits.subarray(0, n)))).toEqual(byLength);
  });

  it('gives the same digest whatever the pieces, aligned or not', () => {
    const data = bytes(1000, 7);
    for (const cut of [1, 3, 15, 16, 17, 64, 999]) {
      const h = new Murmur3x86128();
      // A piece starting at an odd offset of its buffer reads its words byte by byte.
      const shifted = new Uint8Array(data.length + 1);
      shifted.set(data, 1);
      const view = shifted.subarray(1);
      for (let at = 0; at < view.length; at += cut) h.add(view.subarray(at, at + cut));
      expect(h.digest()).toBe(MM3.bytes1000);
    }
  });
});

describe('content hash of new imports: mm3: and MurmurHash3 x86 128', () => {
  it('hashes every byte, whatever the slices', async () => {
    const data = new Uint8Array(1_000_000).fill(0x61);
    expect(await streamed(data, 7, 'murmur3')).toBe(`mm3:${MM3.millionA}`);
    expect(await streamed(data, MB, 'murmur3')).toBe(`mm3:${MM3.millionA}`);
    expect(await contentHash(blob(data))).toBe(`mm3:${MM3.millionA}`);
  });

  it('stays one hash of the bytes past 8 MB (no blocks)', async () => {
    const data = bytes(17 * MB + 5, 3);
    expect(await streamed(data, 5 * MB + 3, 'murmur3')).toBe(`mm3:${MM3.bytes17MB}`);
    expect(await contentHash(blob(data))).toBe(`mm3:${MM3.bytes17MB}`);
  });

  it('tells the scheme a stored hash was made with', () => {
    expect(schemeOf(`mm3:${MM3.abc}`)).toBe('murmur3');
    expect(schemeOf(SHA_ABC)).toBe('sha256');
    expect(schemeOf(`tree:${SHA_ABC}`)).toBe('sha256');
  });
});
