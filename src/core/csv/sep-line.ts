// Excel writes `sep=;` as a first line to force its delimiter; it is an instruction, not data.

import type { Delimiter } from './sniff.ts';

export interface SepLine {
  delimiter: Delimiter | null;
  /** Characters to skip (the `sep=` line and its line break). */
  skip: number;
  /** Physical lines skipped (0 or 1), so reported line numbers still count the `sep=` line. */
  lines: number;
}

const KNOWN = new Set<string>([',', ';', '\t', '|']);

/** Reads a leading `sep=X` line; the text must already be free of a BOM. */
export function readSepLine(text: string): SepLine {
  if (!/^"?sep=/i.test(text.slice(0, 5))) return { delimiter: null, skip: 0, lines: 0 };
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  let line = text.slice(0, end);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  const m = /^"?sep=(.)"?\s*$/i.exec(line) ?? /^"?sep=(.)/i.exec(line);
  const ch = m ? m[1] : '';
  if (!KNOWN.has(ch)) return { delimiter: null, skip: 0, lines: 0 };
  return { delimiter: ch as Delimiter, skip: Math.min(end + 1, text.length), lines: 1 };
}
