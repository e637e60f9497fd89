// The content hash that detects a re-import, and the only place it is defined: SHA-256 of the
// bytes for a file up to 8 MB; above, 'tree:' + SHA-256 over the SHA-256 of each 8 MB block, all
// in lowercase hex (WebCrypto has no streaming digest). Stored datasets hold these values, so the
// definition never changes. The import feeds it the slices it already reads (one read of the file,
// not two competing for the same cores); the preview's contentHash feeds it the file's slices.

const BLOCK = 8 * 1024 * 1024;

const hex = (digest: ArrayBuffer): string =>
  [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');

export class StreamHash {
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
