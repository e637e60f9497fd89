// The content hash that detects a re-import, and the only place it is defined. Stored datasets
// hold these values, so a definition never changes; a new one gets a prefix of its own, and a file
// is compared with each stored dataset under that dataset's scheme (schemeOf).
// - 'murmur3' (from December 2026): 'mm3:' + MurmurHash3 x86 128 of the bytes, seed 0 (murmur3.ts),
//   as 32 lowercase hex digits. WebCrypto's SHA-256 cost an import ~0.5 s of a core per 69 MB on a
//   small machine, most of it in copying each block for the digest.
// - 'sha256' (before): SHA-256 of the bytes for a file up to 8 MB; above, 'tree:' + SHA-256 over
//   the SHA-256 of each 8 MB block, all in lowercase hex (WebCrypto has no streaming digest).
// The import feeds the hash the slices it already reads (one read of the file, not two competing
// for the same cores); the preview's contentHash feeds it the file's slices.
import { Murmur3x86128 } from './murmur3.ts';

export type HashScheme = 'murmur3' | 'sha256';

/** The scheme new imports are hashed with. */
export const CURRENT_SCHEME: HashScheme = 'murmur3';

const MURMUR_PREFIX = 'mm3:';

/** The scheme a stored hash was made with. */
export function schemeOf(hash: string): HashScheme {
  return hash.startsWith(MURMUR_PREFIX) ? 'murmur3' : 'sha256';
}

export interface ContentHash {
  /** The next bytes of the file, in order. */
  add(bytes: Uint8Array): void;
  finish(): Promise<string>;
}

export function newContentHash(scheme: HashScheme = CURRENT_SCHEME): ContentHash {
  return scheme === 'murmur3' ? new MurmurHash() : new Sha256Blocks();
}

class MurmurHash implements ContentHash {
  readonly #hash = new Murmur3x86128();

  add(bytes: Uint8Array): void {
    this.#hash.add(bytes);
  }

  finish(): Promise<string> {
    return Promise.resolve(MURMUR_PREFIX + this.#hash.digest());
  }
}

const BLOCK = 8 * 1024 * 1024;

const hex = (digest: ArrayBuffer): string =>
  [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');

class Sha256Blocks implements ContentHash {
  #block = new Uint8Array(BLOCK);
  #filled = 0;
  /** Digests of the full blocks, in order; WebCrypto copies its input, so the block is reused. */
  readonly #digests: Promise<ArrayBuffer>[] = [];

  /** The next bytes of the file, in order. */
  add(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.length) {
      // A full block is digested only once more bytes follow: a file of exactly 8 MB is one plain hash.
      if (this.#filled === BLOCK) this.#digestBlock();
      const n = Math.min(BLOCK - this.#filled, bytes.length - at);
      this.#block.set(bytes.subarray(at, at + n), this.#filled);
      this.#filled += n;
      at += n;
    }
  }

  async finish(): Promise<string> {
    const rest = this.#block.subarray(0, this.#filled);
    if (this.#digests.length === 0) return hex(await crypto.subtle.digest('SHA-256', rest));
    if (this.#filled > 0) this.#digestBlock();
    const parts = await Promise.all(this.#digests);
    const all = new Uint8Array(parts.length * 32);
    parts.forEach((p, i) => all.set(new Uint8Array(p), i * 32));
    return 'tree:' + hex(await crypto.subtle.digest('SHA-256', all));
  }

  #digestBlock(): void {
    const digest = crypto.subtle.digest('SHA-256', this.#block.subarray(0, this.#filled));
    digest.catch(() => undefined);
    this.#digests.push(digest);
    this.#filled = 0;
  }
}
