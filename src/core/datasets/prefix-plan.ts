// The import plan of a streamed file, decided from a bounded prefix of it: the encoding, the
// delimiter, the header row, the kind, the mapping and the per-column conventions. The rest of
// the file is then read with these decisions, so memory never grows with the file; statistics of
// every row check them, and a plan the whole file contradicts reads it again (the worker's
// import-file.ts).
//
// The steps are ingest()'s (the same title rows, headers and decideFromTable), so over a file
// smaller than the prefix both agree exactly. The user's overrides from the preview (kind,
// mapping, decimal and date order per column) always win.

import { cleanHeaders } from '../csv/headers.ts';
import type { EncodingLabel } from '../csv/decode.ts';
import { textDecoder } from '../csv/legacy-decoder.ts';
import { parseRows } from '../csv/parse.ts';
import { skipTitleRows } from '../csv/title-rows.ts';
import { readSepLine } from '../csv/sep-line.ts';
import { sniffDelimiter } from '../csv/sniff.ts';
import { IngestError } from './errors.ts';
import type { IngestOptions } from './ingest.ts';
import { readText, type TextSource } from './read.ts';
import { hasDateHeader } from './transpose.ts';
import { startTable, type Table } from './decide.ts';
import { decideFromTable, feedStats, type TableDecision } from './table-decision.ts';

/**
 * Cuts a prefix after its last line break, so no record and no multi-byte character is split.
 * UTF-16 files break on the two-byte line feed at an even offset.
 */
export function cutAtLineBreak(bytes: Uint8Array): Uint8Array {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  for (let i = bytes.length - 1; i > 0; i--) {
    if (le && bytes[i] === 0x00 && bytes[i - 1] === 0x0a && (i - 1) % 2 === 0)
      return bytes.subarray(0, i + 1);
    if (be && bytes[i] === 0x0a && bytes[i - 1] === 0x00 && (i - 1) % 2 === 0)
      return bytes.subarray(0, i + 1);
    if (!le && !be && bytes[i] === 0x0a) return bytes.subarray(0, i + 1);
  }
  return bytes;
}

/**
 * The text source of the prefix, as readText() decides it; `forced` re-decodes with a legacy
 * code page when strict UTF-8 failed later in the file.
 */
export function prefixSource(
  bytes: Uint8Array,
  fileName: string,
  preferPolish: boolean,
  forced?: EncodingLabel,
): TextSource {
  const src = readText(bytes, fileName, preferPolish);
  if (!forced || forced === src.encoding) return src;
  const text = textDecoder(forced).decode(bytes);
  const sep = readSepLine(text);
  const body = sep.skip > 0 ? text.slice(sep.skip) : text;
  return {
    encoding: forced,
    delimiter: sep.delimiter ?? sniffDelimiter(body),
    body,
    firstLine: 1 + sep.lines,
    replacementChars: text.includes('\uFFFD'),
  };
}

export interface PrefixPlan extends Omit<TableDecision, 'kindReason'> {
  source: TextSource;
  headers: string[];
  /** Physical line of the header row: title rows above it are left out. */
  headerLine: number;
  /** The header row is all dates: maybe a transposed balance sheet, which needs every row. */
  dated: boolean;
  /** Null for a sheet with dates as headers: ingest() decides it from the whole file. */
  kindReason: TableDecision['kindReason'] | null;
}

/** Decides the plan from the prefix's records (the same steps as ingest()'s analysis). */
export function planFromSource(src: TextSource, opts: IngestOptions): PrefixPlan {
  let headers: string[] | null = null;
  let dated = false;
  let table: Table | null = null;
  let headerLine = src.firstLine;
  const titles = skipTitleRows((fields, line, problem) => {
    if (headers === null) {
      headers = cleanHeaders(fields).names;
      headerLine = line;
      dated = hasDateHeader(headers);
      if (!dated) table = startTable(headers, opts);
      return;
    }
    if (table) feedStats(table, fields, problem);
  });
  parseRows(src.body, src.delimiter, titles.sink, src.firstLine);
  titles.end();
  if (headers === null) throw new IngestError('unreadable', '', { code: 'no-header' });
  const base = { source: src, headers: headers as string[], headerLine, dated };
  if (!table) {
    const none = { plan: null, kind: null, kindReason: null, required: [], missing: [], mapping: {} };
    return { ...base, ...none, decimal: '.', dateOrder: 'YMD' };
  }
  return { ...base, ...decideFromTable(table, base.headers, src.delimiter, opts) };
}
