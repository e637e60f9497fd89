// Bytes → text. Spreadsheet exports arrive as UTF-8 (with or without BOM), Excel "Unicode Text"
// (UTF-16 with BOM) or a legacy Windows code page; we must say which, and never hide damage.

import { textDecoder } from './legacy-decoder.ts';

export type EncodingLabel = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: EncodingLabel;
  /** True when the decoded text already contained U+FFFD (the file was damaged before we saw it). */
  replacementChars: boolean;
}

/** Why bytes are not text, as a code: the import worded it in the reader's language. */
export type DecodeProblem = { code: 'not-text' } | { code: 'bad-encoding'; encoding: EncodingLabel };

export class DecodeError extends Error {
  constructor(readonly problem: DecodeProblem) {
    super(problem.code);
  }
}

const POLISH = 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ';
// Letters windows-1252 shares with Western languages; Œ œ Ÿ are too rare to count as evidence.
const RARE_WESTERN = 'ŒœŸ';
const LETTER = /\p{L}/u;

/** Per high byte: +w votes for windows-1250, -w for windows-1252, 0 neutral. */
const HIGH_BYTE_VOTE: Int8Array = buildVotes();

function buildVotes(): Int8Array {
  const bytes = new Uint8Array(128);
  for (let i = 0; i < 128; i++) bytes[i] = 0x80 + i;
  const cp1250 = textDecoder('windows-1250').decode(bytes);
  const cp1252 = textDecoder('windows-1252').decode(bytes);
  const votes = new Int8Array(128);
  for (let i = 0; i < 128; i++) {
    const a = cp1250[i];
    const b = cp1252[i];
    if (a === b) continue;
    const westernLetter = LETTER.test(b) && !RARE_WESTERN.includes(b);
    if (POLISH.includes(a)) votes[i] = westernLetter ? 1 : 3;
    else if (westernLetter) votes[i] = -1;
  }
  return votes;
}

function isWordByte(b: number | undefined): boolean {
  if (b === undefined) return false;
  return b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/**
 * Chooses between the two legacy code pages from letters inside words: `ł`, `ą`, `ż`… are symbols
 * in windows-1252 (`³ ¹ ¿`), so a word full of them is Polish. Bytes beside digits or spaces
 * (`£12`) carry no vote. A draw goes to the workspace's hint.
 */
export function guessLegacy(bytes: Uint8Array, preferPolish: boolean): 'windows-1250' | 'windows-1252' {
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const vote = HIGH_BYTE_VOTE[b - 0x80];
    if (vote !== 0 && (isWordByte(bytes[i - 1]) || isWordByte(bytes[i + 1]))) score += vote;
  }
  if (score > 0) return 'windows-1250';
  if (score < 0) return 'windows-1252';
  return preferPolish ? 'windows-1250' : 'windows-1252';
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * UTF-16 without a BOM (some exporters drop it): text that is mostly ASCII has a NUL in every
 * other byte, after each character in little-endian order and before it in big-endian. Binary
 * files have NULs too, but not in one column of byte pairs.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= odd * 0.05) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= even * 0.05) return 'utf-16be';
  return null;
}

/** Decodes a whole file; throws DecodeError when the bytes are not text. */
export function decodeBytes(bytes: Uint8Array, preferPolish = false): Decoded {
  let text: string | null;
  let encoding: EncodingLabel;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = strict('utf-16le', bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = strict('utf-16be', bytes.subarray(2));
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = strict('utf-8', bytes.subarray(3));
  } else if (looksBinary(bytes)) {
    const utf16 = sniffUtf16(bytes);
    if (!utf16) throw new DecodeError({ code: 'not-text' });
    encoding = utf16;
    // Strict: bytes that are not whole UTF-16 text after all are refused, not patched.
    // An odd last byte is half of a line end cut off with a file's prefix.
    text = strict(utf16, bytes.subarray(0, bytes.length & ~1));
    if (text === null || text.includes('\0')) throw new DecodeError({ code: 'not-text' });
  } else {
    encoding = 'utf-8';
    text = strict('utf-8', bytes);
    if (text === null) {
      encoding = guessLegacy(bytes, preferPolish);
      text = textDecoder(encoding).decode(bytes);
    }
  }
  if (text === null) throw new DecodeError({ code: 'bad-encoding', encoding });
  return { text, encoding, replacementChars: text.includes('\uFFFD') };
}
