// Reading a snapshot, in the order interfaces.md §3 asks: size before reading, then JSON, then
// prototype keys at any depth, then the schema of the document's version, then the named steps up
// to the current version. Every refusal is a SnapshotProblem; nothing here writes anything.
import * as v from 'valibot';
import { CURRENT_VERSION, SCHEMAS, upgrade, type Upgraded } from './migrations.ts';
import { refuse } from './problems.ts';
import { findPrototypeKey } from './prototype-keys.ts';
import { gunzip, isGzip } from './gzip.ts';

/** The largest snapshot read, compressed or not: about what one JavaScript string can hold. */
export const MAX_SNAPSHOT_BYTES = 500 * 1024 * 1024;

export const SNAPSHOT_FORMAT = 'yardstick-snapshot';

/** A file or blob: checks its size before reading a byte of it. */
export async function readSnapshotBlob(
  blob: Blob,
  limit = MAX_SNAPSHOT_BYTES,
): Promise<Upgraded & { hash: string }> {
  if (blob.size > limit) refuse({ code: 'too-big', bytes: blob.size, limit });
  if (blob.size === 0) refuse({ code: 'empty' });
  let bytes: Uint8Array = new Uint8Array(await blob.arrayBuffer());
  const hash = await sha256(bytes);
  if (isGzip(bytes)) bytes = await gunzip(bytes, limit);
  return { ...readSnapshotText(decodeUtf8(bytes), limit), hash };
}

/** The content hash that tells the same snapshot file opened twice. */
export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse({ code: 'not-json' });
  }
}

export function readSnapshotText(text: string, limit = MAX_SNAPSHOT_BYTES): Upgraded {
  if (text.length > limit) refuse({ code: 'too-big', bytes: text.length, limit });
  if (text.trim() === '' || text.trim() === '\uFEFF') refuse({ code: 'empty' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse({ code: looksTruncated(text) ? 'truncated' : 'not-json' });
  }
  return readSnapshotValue(parsed);
}

export function readSnapshotValue(parsed: unknown): Upgraded {
  const bad = findPrototypeKey(parsed);
  if (bad) refuse({ code: 'prototype-key', key: bad.key, path: bad.path });
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return refuse({ code: 'wrong-format' });
  const doc = parsed as Record<string, unknown>;
  if (doc.format !== SNAPSHOT_FORMAT) refuse({ code: 'wrong-format' });
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return refuse({ code: 'unknown-version', version: String(JSON.stringify(version) ?? 'none') });
  if (version > CURRENT_VERSION) refuse({ code: 'newer-version', version, supported: CURRENT_VERSION });
  const schema = SCHEMAS[version];
  if (!schema) return refuse({ code: 'unknown-version', version: String(version) });
  const result = v.safeParse(schema, doc);
  if (!result.success) return refuse({ code: 'wrong-types', path: v.getDotPath(result.issues[0]) ?? '' });
  return upgrade(result.output, version);
}

/**
 * Whether text that is not JSON was cut short: it opened an object, array or string it never
 * closed. A file that is simply something else (a CSV, prose) is "not JSON" instead.
 */
export function looksTruncated(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (start !== '{' && start !== '[') return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

/** A first look at a chosen file's start: does it look like a snapshot rather than a CSV? */
export function looksLikeSnapshot(head: Uint8Array, name: string): boolean {
  if (isGzip(head) || /\.json(\.gz)?$/i.test(name)) return true;
  const text = new TextDecoder()
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return text.startsWith('{');
}
