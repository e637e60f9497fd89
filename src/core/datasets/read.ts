// File bytes → the CSV body, its encoding and delimiter; the first gate of every import.

import { DecodeError, decodeBytes } from '../csv/decode.ts';
import type { EncodingLabel } from '../csv/decode.ts';
import { readSepLine } from '../csv/sep-line.ts';
import type { Delimiter } from '../csv/sniff.ts';
import { sniffDelimiter } from '../csv/sniff.ts';
import { IngestError } from './errors.ts';
import { isSpreadsheetName } from './spreadsheet-name.ts';

export interface TextSource {
  encoding: EncodingLabel;
  delimiter: Delimiter;
  /** The text after any `sep=` line. */
  body: string;
  /** Physical line number of the body's first line. */
  firstLine: number;
  replacementChars: boolean;
}

function isSpreadsheet(bytes: Uint8Array, fileName: string): boolean {
  if (isSpreadsheetName(fileName)) return true;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

export function readText(bytes: Uint8Array, fileName: string, preferPolish: boolean): TextSource {
  if (isSpreadsheet(bytes, fileName)) {
    throw new IngestError('spreadsheet', fileName, { code: 'spreadsheet' });
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes, preferPolish);
  } catch (e) {
    if (e instanceof DecodeError) throw new IngestError('unreadable', fileName, e.problem);
    throw e;
  }
  const sep = readSepLine(decoded.text);
  const body = sep.skip > 0 ? decoded.text.slice(sep.skip) : decoded.text;
  if (body.trim() === '') throw new IngestError('unreadable', fileName, { code: 'empty-file' });
  return {
    encoding: decoded.encoding,
    delimiter: sep.delimiter ?? sniffDelimiter(body),
    body,
    firstLine: 1 + sep.lines,
    replacementChars: decoded.replacementChars,
  };
}
