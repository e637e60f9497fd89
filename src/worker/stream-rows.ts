// A file's records, read slice by slice: incremental decoding, then core's RecordStream on each
// decoded slice, so line numbers are counted exactly as core parseRows() counts them.

import { guessLegacy, type EncodingLabel } from '../core/csv/decode.ts';
import { detectNewline, RecordStream, UNCLOSED_QUOTE, type RowSink } from '../core/csv/parse.ts';
import { readSepLine } from '../core/csv/sep-line.ts';
import type { Delimiter } from '../core/csv/sniff.ts';
import type { PhaseClock } from './import-profile.ts';

/** Bytes read per slice: the unit between cancel checks and progress reports. */
export const READ_BYTES = 1024 * 1024;
/** Slices asked for at once: their bytes are all that is held ahead of the parse. */
const READ_AHEAD = 3;
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

function decoderFor(encoding: EncodingLabel): TextDecoder {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return new TextDecoder('utf-8', { fatal: true });
    case 'utf-16le':
    case 'utf-16be':
      return new TextDecoder(encoding, { fatal: true });
    default:
      return new TextDecoder(encoding);
  }
}

export interface StreamHooks {
  /** Times the phases (bench --profile only). */
  clock?: PhaseClock | null;
  /** Each slice's bytes once decoded, in order, handed over (the content hash is built from them). */
  bytesRead?: (bytes: Uint8Array) => void;
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

  // The next slices are read while this one is parsed: the browser reads files off this thread,
  // and each read waits its turn there, so a few are asked for ahead (READ_AHEAD).
  const ahead: Promise<ArrayBuffer>[] = [];
  let asked = 0;
  const readAhead = () => {
    while (ahead.length < READ_AHEAD && asked < file.size) {
      const bytes = file.slice(asked, asked + readBytes).arrayBuffer();
      bytes.catch(() => undefined);
      ahead.push(bytes);
      asked += readBytes;
    }
  };
  let offset = 0;
  readAhead();
  while (ahead.length > 0) {
    let since = clock ? performance.now() : 0;
    const bytes = new Uint8Array(await ahead.shift()!);
    if (clock) since = clock.add('read', since);
    readAhead();
    offset += bytes.length;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: offset < file.size });
    } catch (e) {
      if (utf8) throw new EncodingRestart(guessLegacy(bytes, source.preferPolish));
      throw e;
    }
    if (!replacementChars && text.includes('\uFFFD')) replacementChars = true;
    if (clock) since = clock.add('decode', since);
    // Decoded: the bytes can be handed over (the hash worker takes the buffer itself).
    if (bytesRead) {
      bytesRead(bytes);
      if (clock) since = clock.add('hash', since);
    }
    feed(text, offset >= file.size);
    if (clock) {
      clock.add('parse', since);
      release();
    }
    await between(offset);
  }
  if (!records) feed('', true);
  if (clock) release();
  return { replacementChars };
}
