// A file's records, read slice by slice: incremental decoding, then papaparse's low-level parser
// on each decoded chunk (the last, maybe incomplete, record waits for the next chunk). Line
// numbers are the file's physical lines, counted exactly as core parseRows() counts them.

import Papa from 'papaparse';
import { guessLegacy, type EncodingLabel } from '../core/csv/decode.ts';
import {
  detectNewline,
  isEmptyRecord,
  TEXT_AFTER_QUOTE,
  UNCLOSED_QUOTE,
  type QuoteProblem,
  type RowSink,
} from '../core/csv/parse.ts';
import { readSepLine } from '../core/csv/sep-line.ts';
import type { Delimiter } from '../core/csv/sniff.ts';

/** Bytes read per slice: the unit between cancel checks and progress reports. */
export const READ_BYTES = 1024 * 1024;
/** A record longer than this (an unclosed quote swallowing the file) is rejected, not buffered. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

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

function lineBreaks(s: string): number {
  let n = 0;
  for (let at = s.indexOf('\n'); at >= 0; at = s.indexOf('\n', at + 1)) n++;
  for (let at = s.indexOf('\r'); at >= 0; at = s.indexOf('\r', at + 1)) if (s.charCodeAt(at + 1) !== 10) n++;
  return n;
}

function quoteProblem(errors: readonly { code?: string }[]): QuoteProblem | null {
  for (const e of errors) {
    if (e.code === 'MissingQuotes') return UNCLOSED_QUOTE;
    if (e.code === 'InvalidQuotes') return TEXT_AFTER_QUOTE;
  }
  return null;
}

interface StepResult {
  data: string[][] | string[];
  errors: { code?: string }[];
}

/**
 * Streams the non-empty records of `file` to `sink`; `between` runs after every slice (stage
 * frames, report progress, honour a cancel) with the bytes read so far.
 */
export async function streamRecords(
  file: Blob,
  source: StreamSource,
  sink: RowSink,
  between: (bytesRead: number) => Promise<void>,
  readBytes = READ_BYTES,
): Promise<void> {
  const decoder = decoderFor(source.encoding);
  const utf8 = source.encoding === 'utf-8' || source.encoding === 'utf-8-bom';
  let line = 1;
  let parser: Papa.Parser | null = null;
  let partial = '';
  let start = '';
  let started = false;
  let swallowed = false;

  const step = (result: StepResult) => {
    const fields = (Array.isArray(result.data[0]) ? result.data[0] : result.data) as string[];
    const first = line;
    let breaks = 0;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (f.length > 0 && (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)) breaks += lineBreaks(f);
    }
    line += 1 + breaks;
    if (isEmptyRecord(fields)) return;
    sink(fields, first, result.errors.length > 0 ? quoteProblem(result.errors) : null);
  };

  const feed = (text: string, last: boolean) => {
    if (swallowed) return;
    if (!started) {
      start += text;
      if (!last && start.length < 65536) return;
      const sep = readSepLine(start);
      line = 1 + sep.lines;
      text = sep.skip > 0 ? start.slice(sep.skip) : start;
      start = '';
      started = true;
      parser = new Papa.Parser({
        delimiter: source.delimiter,
        newline: detectNewline(text),
        quoteChar: '"',
        escapeChar: '"',
        step,
      });
    }
    const aggregate = partial + text;
    const result = parser!.parse(aggregate, 0, !last) as { meta: { cursor: number } };
    partial = last ? '' : aggregate.slice(result.meta.cursor);
    if (partial.length > MAX_RECORD_CHARS) {
      // Everything after an unclosed quote would be one record: reject it here and stop.
      sink([partial], line, UNCLOSED_QUOTE);
      partial = '';
      swallowed = true;
    }
  };

  let offset = 0;
  while (offset < file.size) {
    const bytes = new Uint8Array(await file.slice(offset, offset + readBytes).arrayBuffer());
    offset += bytes.length;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: offset < file.size });
    } catch (e) {
      if (utf8) throw new EncodingRestart(guessLegacy(bytes, source.preferPolish));
      throw e;
    }
    feed(text, offset >= file.size);
    await between(offset);
  }
  if (!started) feed('', true);
}
