// A file's records, read slice by slice: incremental decoding, then core's RecordStream on each
// decoded slice, so line numbers are counted exactly as core parseRows() counts them.

import { guessLegacy, type EncodingLabel } from '../core/csv/decode.ts';
import { textDecoder, type Decoder } from '../core/csv/legacy-decoder.ts';
import { detectNewline, RecordStream, UNCLOSED_QUOTE, type RowSink } from '../core/csv/parse.ts';
import { readSepLine } from '../core/csv/sep-line.ts';
import type { Delimiter } from '../core/csv/sniff.ts';
import type { PhaseClock } from './import-profile.ts';

/** Bytes read per slice: the unit between cancel checks and progress reports. */
export const READ_BYTES = 1024 * 1024;
/**
 * Bytes decoded and parsed at a time. V8 keeps strings this small in its young generation; a
 * megabyte string goes to fresh large-object pages, and faulting those in cost more than decoding
 * (a 69 MB file decoded in 300 ms in 1 MB pieces, in 15 ms in 64 KB ones).
 */
const DECODE_BYTES = 64 * 1024;
/** A record longer than this (an unclosed quote swallowing the file) is rejected, not buffered. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;
/** Characters held before the first record, so a `sep=` line and the newline style are seen whole. */
const SEP_LOOKAHEAD = 65536;

/** Strict UTF-8 failed past the prefix: the import restarts with this legacy code page. */
export class EncodingRestart extends Error {
  constructor(readonly encoding: 'windows-1250' | 'windows-1252') {
    super(`the file is not UTF-8 after all: reading it as ${encoding}`);
  }
}

export interface StreamSource {
  encoding: EncodingLabel;
  delimiter: Delimiter;
  preferPolish: boolean;
}

function decoderFor(encoding: EncodingLabel): Decoder {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return new TextDecoder('utf-8', { fatal: true });
    case 'utf-16le':
    case 'utf-16be':
      return new TextDecoder(encoding, { fatal: true });
    default:
      return textDecoder(encoding);
  }
}

export interface StreamHooks {
  /** Times the phases (bench --profile only). */
  clock?: PhaseClock | null;
  /** Each slice's bytes once decoded, in order, handed over (the content hash is built from them). */
  bytesRead?: (bytes: Uint8Array) => void;
  /** A buffer of this many bytes handed back after use (by the hash), to read the next slice into. */
  spare?: (bytes: number) => ArrayBuffer | undefined;
}

export interface StreamRead {
  /** Some decoded text held U+FFFD: it was damaged before export, and must not pass unnoticed. */
  replacementChars: boolean;
}

/**
 * Streams the non-empty records of `file` to `sink`; `between` runs after every slice (stage
 * frames, report progress, honour a cancel) with the bytes read so far.
 */
export async function streamRecords(
  file: Blob,
  source: StreamSource,
  rowSink: RowSink,
  between: (bytesRead: number) => Promise<void>,
  readBytes = READ_BYTES,
  hooks: StreamHooks = {},
): Promise<StreamRead> {
  const { clock = null, bytesRead } = hooks;
  // Profiling: a slice's records are parsed into a list first and then handed to `rowSink`, so
  // parsing and what the sink does (normalising) are timed apart. Same records, same order.
  const held: Parameters<RowSink>[] = [];
  const sink: RowSink = clock ? (fields, line, problem) => void held.push([fields, line, problem]) : rowSink;
  const release = () => {
    const since = performance.now();
    try {
      for (const args of held) rowSink(...args);
    } finally {
      held.length = 0;
      clock!.add('normalise', since);
    }
  };
  let replacementChars = false;
  const decoder = decoderFor(source.encoding);
  const utf8 = source.encoding === 'utf-8' || source.encoding === 'utf-8-bom';
  let records: RecordStream | null = null;
  let start = '';
  let swallowed = false;

  const feed = (text: string, last: boolean) => {
    if (swallowed) return;
    if (!records) {
      start += text;
      if (!last && start.length < SEP_LOOKAHEAD) return;
      const sep = readSepLine(start);
      text = sep.skip > 0 ? start.slice(sep.skip) : start;
      start = '';
      records = new RecordStream(source.delimiter, detectNewline(text), sink, 1 + sep.lines);
    }
    records.push(text, last);
    if (records.pendingLength > MAX_RECORD_CHARS) {
      // Everything after an unclosed quote would be one record: reject it here and stop.
      const runaway = records.dropPending();
      sink([runaway.text], runaway.line, UNCLOSED_QUOTE);
      swallowed = true;
    }
  };

  let offset = 0;
  const slices = fileSlices(file, readBytes, hooks.spare);
  for (;;) {
    let since = clock ? performance.now() : 0;
    const bytes = await slices.next();
    if (bytes === null) break;
    if (clock) since = clock.add('read', since);
    const start = offset;
    offset += bytes.length;
    for (let at = 0; at < bytes.length; at += DECODE_BYTES) {
      const piece = bytes.subarray(at, at + DECODE_BYTES);
      const last = start + at + piece.length >= file.size;
      let text: string;
      try {
        text = decoder.decode(piece, { stream: !last });
      } catch (e) {
        // The whole slice, not the piece, is what the code page is guessed from: more letters.
        if (utf8) throw new EncodingRestart(guessLegacy(bytes, source.preferPolish));
        throw e;
      }
      if (!replacementChars && text.includes('\uFFFD')) replacementChars = true;
      if (clock) since = clock.add('decode', since);
      feed(text, last);
      if (clock) since = clock.add('parse', since);
    }
    // Decoded: the bytes can be handed over (the hash worker takes the buffer itself).
    if (bytesRead) {
      bytesRead(bytes);
      clock?.add('hash', since);
    }
    if (clock) release();
    await between(offset);
  }
  if (!records) feed('', true);
  if (clock) release();
  return { replacementChars };
}

/** The bytes of a file in order, in slices of at most `size` bytes, the next one read ahead. */
interface Slices {
  /** The next slice, or null after the last. */
  next(): Promise<Uint8Array | null>;
}

/**
 * Reads through the file's byte stream into buffers of `size` bytes, reusing those handed back
 * (`spare`): a fresh megabyte costs ~4 ms to fault in on a machine with slow page faults, and
 * `slice().arrayBuffer()` allocated one per slice (69 MB read in ~700 ms, against ~100 ms
 * this way). Without a byte stream (Node), the stream's chunks are cut to `size`.
 */
function fileSlices(file: Blob, size: number, spare?: (bytes: number) => ArrayBuffer | undefined): Slices {
  let byob: ReadableStreamBYOBReader | null;
  try {
    byob = file.stream().getReader({ mode: 'byob' });
  } catch {
    byob = null;
  }
  if (byob) {
    const reader = byob;
    // Reads never ask for more than the file still holds, and none is made past its end: a read
    // that waits for the stream to close (a `min` beyond the bytes left, or a read after the
    // last byte) sometimes never settled in Chromium, and the import stalled on its last slice.
    // What arrived, not what was asked: a runtime without `min` answers a read with what the
    // stream has at once, and counting the asked bytes would end the file early, silently.
    let received = 0;
    const read = () => {
      const n = Math.min(size, file.size - received);
      if (n <= 0) return null;
      const view = new Uint8Array(spare?.(size) ?? new ArrayBuffer(size), 0, n);
      const answer = reader.read(view, { min: n });
      answer.catch(() => undefined);
      return answer;
    };
    let ahead = read();
    return {
      async next() {
        while (ahead) {
          const { value, done } = await ahead;
          received += value?.length ?? 0;
          ahead = done ? null : read();
          if (value && value.length > 0) return value;
        }
        reader.cancel().catch(() => undefined);
        return null;
      },
    };
  }
  const reader = file.stream().getReader();
  let chunk = new Uint8Array(0);
  let at = 0;
  return {
    async next() {
      while (at >= chunk.length) {
        const { value, done } = await reader.read();
        if (done) return null;
        chunk = value;
        at = 0;
      }
      const slice = chunk.subarray(at, at + size);
      at += slice.length;
      return slice;
    },
  };
}
