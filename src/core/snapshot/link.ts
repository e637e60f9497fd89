// Share links (interfaces.md §3): a kpis snapshot, gzip-compressed and base64url-encoded in the
// fragment, `#/view?s=<data>`, which never reaches a server. A plain link's data is exactly that
// (gzip's header makes it start `H4sI`); `p…` holds salt ‖ iv ‖ AES-GCM ciphertext of the same
// gzip bytes, with a key derived from a passphrase by PBKDF2 — the passphrase itself is never
// part of the link. Plain links written before had a `z` in front of the same data: they still open.
import { base64UrlToBytes, bytesToBase64Url } from './base64.ts';
import { gunzip, gzip } from './gzip.ts';
import { refuse, SnapshotError } from './problems.ts';
import { readSnapshotText } from './read.ts';
import type { Upgraded } from './migrations.ts';

/** Longer links are cut by chat tools and mail clients: warn and offer the file instead. */
export const LINK_WARN_LENGTH = 8000;
/** The most a link's data may inflate to; a shared KPI table is far smaller. */
const LINK_TEXT_LIMIT = 50 * 1024 * 1024;
const PBKDF2_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

async function keyOf(passphrase: string, salt: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: PBKDF2_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The `s` value of a link for a snapshot's JSON text. */
export async function encodeLink(json: string, passphrase = ''): Promise<string> {
  const packed = new Uint8Array(await (await gzip(new Blob([json]))).arrayBuffer());
  if (!passphrase) return bytesToBase64Url(packed);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await keyOf(passphrase, salt),
      packed as BufferSource,
    ),
  );
  const out = new Uint8Array(SALT_BYTES + IV_BYTES + sealed.length);
  out.set(salt, 0);
  out.set(iv, SALT_BYTES);
  out.set(sealed, SALT_BYTES + IV_BYTES);
  return 'p' + bytesToBase64Url(out);
}

/** A link's data needs a passphrase before it can be read. */
export const needsPassphrase = (s: string): boolean => s.startsWith('p');

/** The snapshot a link holds; refuses damaged data and a wrong or missing passphrase in words. */
export async function decodeLink(s: string, passphrase = ''): Promise<Upgraded> {
  const sealed = needsPassphrase(s);
  let bytes: Uint8Array;
  try {
    bytes = base64UrlToBytes(sealed || s.startsWith('z') ? s.slice(1) : s);
  } catch {
    return refuse({ code: 'link-damaged' });
  }
  if (sealed) {
    if (!passphrase) refuse({ code: 'link-needs-passphrase' });
    if (bytes.length <= SALT_BYTES + IV_BYTES) refuse({ code: 'link-damaged' });
    const salt = bytes.slice(0, SALT_BYTES);
    const iv = bytes.slice(SALT_BYTES, SALT_BYTES + IV_BYTES);
    try {
      const key = await keyOf(passphrase, salt);
      bytes = new Uint8Array(
        await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, bytes.slice(SALT_BYTES + IV_BYTES)),
      );
    } catch {
      // AES-GCM cannot tell a wrong key from altered data: both fail its tag check.
      return refuse({ code: 'link-passphrase' });
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(bytes, LINK_TEXT_LIMIT));
  } catch (e) {
    if (e instanceof SnapshotError && e.problem.code === 'too-big') throw e;
    return refuse({ code: 'link-damaged' });
  }
  try {
    return readSnapshotText(text, LINK_TEXT_LIMIT);
  } catch (e) {
    // Cut or garbled JSON inside a link is a damaged link, not a damaged file.
    if (e instanceof SnapshotError && (e.problem.code === 'truncated' || e.problem.code === 'not-json'))
      return refuse({ code: 'link-damaged' });
    throw e;
  }
}
