// MurmurHash3, x86 128-bit variant (Austin Appleby's public-domain reference, seed 0), fed in
// pieces of any length: the bytes of a file as they are read. The content hash of an import
// (stream-hash.ts): on a small machine WebCrypto's SHA-256 took ~0.5 s of a core for a 69 MB file,
// this ~0.1 s, and a re-import only needs accidental matches to be out of reach (128 bits).

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

// Each lane's word, mixed before it enters the lane's state (blocks and tail alike).
const mix1 = (k: number): number => Math.imul(rotl(Math.imul(k, C1), 15), C2);
const mix2 = (k: number): number => Math.imul(rotl(Math.imul(k, C2), 16), C3);
const mix3 = (k: number): number => Math.imul(rotl(Math.imul(k, C3), 17), C4);
const mix4 = (k: number): number => Math.imul(rotl(Math.imul(k, C4), 18), C1);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const hex8 = (h: number): string => (h >>> 0).toString(16).padStart(8, '0');

export class Murmur3x86128 {
  // The state as one typed array: the block loop reads and writes numbers only.
  readonly #h = new Int32Array(4);
  /** Bytes of an unfinished 16-byte block, carried to the next piece. */
  readonly #carry = new Uint8Array(16);
  #carried = 0;
  #length = 0;

  /** The next bytes, in order. */
  add(bytes: Uint8Array): void {
    this.#length += bytes.length;
    let at = 0;
    if (this.#carried > 0) {
      const n = Math.min(16 - this.#carried, bytes.length);
      this.#carry.set(bytes.subarray(0, n), this.#carried);
      this.#carried += n;
      at = n;
      if (this.#carried < 16) return;
      blocks(this.#h, this.#carry, 0, 1);
      this.#carried = 0;
    }
    const count = (bytes.length - at) >> 4;
    if (count > 0) {
      const offset = bytes.byteOffset + at;
      // Aligned (a slice read into a buffer of its own): the words are read as they lie.
      if (LITTLE_ENDIAN && offset % 4 === 0)
        wordBlocks(this.#h, new Int32Array(bytes.buffer, offset, count * 4));
      else blocks(this.#h, bytes, at, count);
      at += count * 16;
    }
    this.#carry.set(bytes.subarray(at), 0);
    this.#carried = bytes.length - at;
  }

  /** The hash of every byte added, as 32 hex digits (h1 to h4, each written high digit first). */
  digest(): string {
    const h = this.#h;
    let [h1, h2, h3, h4] = h;
    // The tail (under 16 bytes) as four little-endian words padded with zeros; each lane holding
    // a byte of it is mixed in, as the reference's switch with fall-through does.
    const n = this.#carried;
    const w = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) w[i >> 2] |= this.#carry[i] << ((i & 3) * 8);
    if (n > 12) h4 ^= mix4(w[3]);
    if (n > 8) h3 ^= mix3(w[2]);
    if (n > 4) h2 ^= mix2(w[1]);
    if (n > 0) h1 ^= mix1(w[0]);
    // The reference takes the length as a 32-bit int: beyond 4 GB it wraps, as there.
    const len = this.#length | 0;
    h1 ^= len;
    h2 ^= len;
    h3 ^= len;
    h4 ^= len;
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h3 = fmix(h3);
    h4 = fmix(h4);
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    return hex8(h1) + hex8(h2) + hex8(h3) + hex8(h4);
  }
}

/** One round per 16-byte block; the words little-endian, as the reference reads them on x86. */
function round(h: Int32Array, a: number, b: number, c: number, d: number): void {
  let h1 = h[0];
  let h2 = h[1];
  let h3 = h[2];
  let h4 = h[3];
  h1 ^= mix1(a);
  h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
  h2 ^= mix2(b);
  h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
  h3 ^= mix3(c);
  h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
  h4 ^= mix4(d);
  h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  h[0] = h1;
  h[1] = h2;
  h[2] = h3;
  h[3] = h4;
}

function blocks(h: Int32Array, b: Uint8Array, at: number, count: number): void {
  const word = (i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  for (let i = at, end = at + count * 16; i < end; i += 16)
    round(h, word(i), word(i + 4), word(i + 8), word(i + 12));
}

function wordBlocks(h: Int32Array, w: Int32Array): void {
  for (let i = 0; i < w.length; i += 4) round(h, w[i], w[i + 1], w[i + 2], w[i + 3]);
}
