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

/** The record separator: the first line break outside quotes decides. */
export function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    else if (!inQuotes && c === 10) return '\n';
  }
  return '\n';
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

/**
 * Streams the non-empty records of `text` to `sink`. `firstLine` is the physical line number of
 * the text's first character (2 after a `sep=` line).
 */
export function parseRows(text: string, delimiter: Delimiter, sink: RowSink, firstLine = 1): void {
  let line = firstLine;
  // Only a record containing a quote can hold a line break; the others skip the field scan.
  let nextQuote = text.indexOf('"');
  Papa.parse<string[]>(text, {
    delimiter,
    newline: detectNewline(text),
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const fields = result.data;
      const start = line;
      const end = result.meta.cursor;
      let breaks = 0;
      if (nextQuote >= 0 && nextQuote < end) {
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i];
          if (f.length > 0 && (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)) breaks += lineBreaks(f);
        }
        nextQuote = text.indexOf('"', end);
      }
      line += 1 + breaks;
      if (isEmptyRecord(fields)) return;
      const problem = result.errors.length > 0 ? quoteProblem(result.errors) : null;
      sink(fields, start, problem);
    },
  });
}

function quoteProblem(errors: readonly Papa.ParseError[]): QuoteProblem | null {
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
