// RFC 4180 records with their physical line numbers. papaparse does the quoting; we only count
// line breaks (embedded ones included) so every reported line matches what an editor shows.

import Papa from 'papaparse';
import type { Delimiter } from './sniff.ts';

/** Broken quoting in a record, as a code the import report words in the reader's language. */
export type QuoteProblem = { readonly code: 'quote-unclosed' } | { readonly code: 'quote-trailing' };

/** A quoted field runs to the end of the input. */
export const UNCLOSED_QUOTE: QuoteProblem = Object.freeze({ code: 'quote-unclosed' });
/** A quoted field has text after its closing quote. */
export const TEXT_AFTER_QUOTE: QuoteProblem = Object.freeze({ code: 'quote-trailing' });

/** Called per record; `problem` is set when the quoting is broken (the record should be rejected). */
export type RowSink = (fields: string[], line: number, problem: QuoteProblem | null) => void;

/**
 * The record separator papaparse splits on. LF for every file with LF line ends, CRLF included:
 * a CRLF record then ends its last field with a CR, which `RecordStream` drops. One file can end
 * its lines both ways (a header typed by hand above rows written by a CSV library, rows appended
 * in another editor), and splitting on CRLF would merge every LF line into one record. Only a file
 * whose first line ends in a lone CR (old Mac text) splits on CR.
 */
export function detectNewline(text: string): '\n' | '\r' {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && c === 13) return text.charCodeAt(i + 1) === 10 ? '\n' : '\r';
    else if (!inQuotes && c === 10) return '\n';
  }
  return '\n';
}

/** The CR of a CRLF line end: the record was split on its LF. */
function dropLineEndCr(fields: string[]): void {
  const end = fields.length - 1;
  if (fields[end].charCodeAt(fields[end].length - 1) === 13) fields[end] = fields[end].slice(0, -1);
}

function lineBreaks(s: string): number {
  let n = 0;
  let at = s.indexOf('\n');
  while (at >= 0) {
    n++;
    at = s.indexOf('\n', at + 1);
  }
  at = s.indexOf('\r');
  while (at >= 0) {
    if (s.charCodeAt(at + 1) !== 10) n++;
    at = s.indexOf('\r', at + 1);
  }
  return n;
}

/** Blank lines, whitespace-only lines and lines of bare delimiters carry no record. */
export function isEmptyRecord(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    for (let k = 0; k < f.length; k++) {
      const c = f.charCodeAt(k);
      if (c > 32 && c !== 0xa0 && c !== 0xfeff) return false;
    }
  }
  return true;
}

interface ParseResult {
  data: string[][];
  /** `row` is the index in `data` of the record the error belongs to. */
  errors: { code?: string; row?: number }[];
  meta: { cursor: number };
}

/**
 * Records of a text that arrives in pieces (a file read slice by slice), each with the physical
 * line it starts on. papaparse's low-level parser reads a whole piece at a time — its per-record
 * step callback would build a result object for every record; the last record of a piece, maybe
 * incomplete, waits for the next one.
 */
export class RecordStream {
  private readonly parser: Papa.Parser;
  private line: number;
  private pending = '';

  constructor(
    private readonly delimiter: Delimiter,
    private readonly newline: '\n' | '\r',
    private readonly sink: RowSink,
    firstLine = 1,
  ) {
    this.line = firstLine;
    this.parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', escapeChar: '"' });
  }

  /** Characters held back for the next piece (an open quoted field can make this grow). */
  get pendingLength(): number {
    return this.pending.length;
  }

  /** Gives up the held-back text (a quoted field never closed) and the line it starts on. */
  dropPending(): { text: string; line: number } {
    const text = this.pending;
    this.pending = '';
    return { text, line: this.line };
  }

  /** Parses `text` after the held-back characters; `last` ends the input. */
  push(text: string, last: boolean): void {
    const input = this.pending + text;
    // Without a quote in the piece no field can hold a line break or a delimiter.
    const quoted = input.indexOf('"') >= 0;
    if (!quoted && this.newline === '\n') {
      this.pending = this.plainRecords(input, last);
      return;
    }
    const result = this.parser.parse(input, 0, !last) as ParseResult;
    this.pending = last ? '' : input.slice(result.meta.cursor);
    this.emit(result, quoted);
  }

  /**
   * The records of a piece without a quote: each line is one, its fields cut at every delimiter,
   * as papaparse's own path for such input cuts them (`split` of the piece, then of each line),
   * without a string per line in between. Returns the unfinished last line, kept for the next piece.
   */
  private plainRecords(input: string, last: boolean): string {
    const delimiter = this.delimiter;
    for (let at = 0; ;) {
      let end = input.indexOf('\n', at);
      if (end < 0) {
        if (!last) return input.slice(at);
        end = input.length;
      }
      const fields: string[] = [];
      for (let from = at; ;) {
        const cut = input.indexOf(delimiter, from);
        if (cut < 0 || cut > end) {
          fields.push(input.slice(from, end));
          break;
        }
        fields.push(input.slice(from, cut));
        from = cut + 1;
      }
      dropLineEndCr(fields);
      this.record(fields, 0, null);
      if (end === input.length) return '';
      at = end + 1;
    }
  }

  /** One record of `breaks` line breaks inside its fields, to the sink unless it is empty. */
  private record(fields: string[], breaks: number, problem: QuoteProblem | null): void {
    const first = this.line;
    this.line += 1 + breaks;
    if (isEmptyRecord(fields)) return;
    this.sink(fields, first, problem);
  }

  private emit(result: ParseResult, quoted: boolean): void {
    const rows = result.data;
    let problems: Map<number, QuoteProblem> | null = null;
    for (const e of result.errors) {
      const problem = quoteProblem([e]);
      if (e.row === undefined || problem === null) continue;
      problems ??= new Map();
      if (!problems.has(e.row)) problems.set(e.row, problem);
    }
    for (let r = 0; r < rows.length; r++) {
      const fields = rows[r];
      dropLineEndCr(fields);
      let breaks = 0;
      if (quoted) {
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i];
          if (f.length > 0 && (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)) breaks += lineBreaks(f);
        }
      }
      this.record(fields, breaks, problems?.get(r) ?? null);
    }
  }
}

/**
 * Streams the non-empty records of `text` to `sink`. `firstLine` is the physical line number of
 * the text's first character (2 after a `sep=` line).
 */
export function parseRows(text: string, delimiter: Delimiter, sink: RowSink, firstLine = 1): void {
  new RecordStream(delimiter, detectNewline(text), sink, firstLine).push(text, true);
}

function quoteProblem(errors: readonly { code?: string }[]): QuoteProblem | null {
  for (const e of errors) {
    if (e.code === 'MissingQuotes') return UNCLOSED_QUOTE;
    if (e.code === 'InvalidQuotes') return TEXT_AFTER_QUOTE;
  }
  return null;
}

/** All records at once (small inputs and tests). */
export function parseAll(
  text: string,
  delimiter: Delimiter,
  firstLine = 1,
): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  parseRows(text, delimiter, (fields, line) => out.push({ fields, line }), firstLine);
  return out;
}
