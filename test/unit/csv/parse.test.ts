import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  detectNewline,
  isEmptyRecord,
  parseAll,
  parseRows,
  RecordStream,
  type QuoteProblem,
} from '../../../src/core/csv/parse.ts';
import { sniffDelimiter, type Delimiter } from '../../../src/core/csv/sniff.ts';
import { cleanHeaders } from '../../../src/core/csv/headers.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const spectrum = path.join(root, 'node_modules/csv-spectrum');

describe('parseRows', () => {
  it('numbers records by physical line, counting embedded newlines and blank lines', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n\r\n2,3\r\n';
    expect(parseAll(text, ',')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', 'x\r\ny'], line: 2 },
      { fields: ['2', '3'], line: 5 },
    ]);
  });

  it('starts counting at the given line (after a sep= line)', () => {
    expect(parseAll('h\nv\n', ',', 2).map((r) => r.line)).toEqual([2, 3]);
  });

  it('skips blank, whitespace-only and all-empty lines anywhere', () => {
    const text = 'a;b\n\n1;2\n   \n;;\n;\n3;4\n;\n\n';
    expect(parseAll(text, ';')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 3 },
      { fields: ['3', '4'], line: 7 },
    ]);
  });

  it('handles LF, CRLF and lone CR line ends', () => {
    expect(parseAll('a\rb\rc', ',').map((r) => [r.fields[0], r.line])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('reads a file whose lines end both ways as one table', () => {
    // A header typed by hand above rows a CSV library wrote with CRLF, then rows appended in an
    // editor that writes LF: every field keeps exactly its text, the last one too.
    const text = 'a,b,c\n1,2,x\r\n3,4,"y"\r\n5,6,"p\r\nq"\r\n7,8,z\n9,10,w\n';
    expect(parseAll(text, ',')).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', '2', 'x'], line: 2 },
      { fields: ['3', '4', 'y'], line: 3 },
      { fields: ['5', '6', 'p\r\nq'], line: 4 },
      { fields: ['7', '8', 'z'], line: 6 },
      { fields: ['9', '10', 'w'], line: 7 },
    ]);
    const crlfFirst = 'a;b\r\n1;2\r\n3;4\n5;6\n';
    expect(parseAll(crlfFirst, ';').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('hands ragged records over unchanged', () => {
    expect(parseAll('a,b,c\n1,2\n1,2,3,4\n', ',').map((r) => r.fields.length)).toEqual([3, 2, 4]);
  });

  it('flags an unterminated quote instead of guessing', () => {
    const problems: (QuoteProblem | null)[] = [];
    parseRows('a,b\n1,"open\n2,3\n', ',', (_f, _l, p) => problems.push(p));
    expect(problems).toEqual([null, { code: 'quote-unclosed' }]);
  });

  it('flags text after a closing quote', () => {
    const problems: (QuoteProblem | null)[] = [];
    parseRows('a,b\n"x"y,2\n', ',', (_f, _l, p) => problems.push(p));
    expect(problems).toEqual([null, { code: 'quote-trailing' }]);
  });
});

describe('csv-spectrum corpus', () => {
  const files = readdirSync(path.join(spectrum, 'csvs')).filter((f) => f.endsWith('.csv'));
  it('has the corpus installed', () => expect(files.length).toBeGreaterThanOrEqual(12));
  for (const file of files) {
    it(`parses ${file} to its expected JSON`, () => {
      const text = readFileSync(path.join(spectrum, 'csvs', file), 'utf8');
      const expected = JSON.parse(
        readFileSync(path.join(spectrum, 'json', file.replace(/\.csv$/, '.json')), 'utf8'),
      );
      const [head, ...rows] = parseAll(text, sniffDelimiter(text));
      const names = cleanHeaders(head.fields).names;
      const objects = rows.map((r) => Object.fromEntries(names.map((n, i) => [n, r.fields[i]])));
      if (file === 'location_coordinates.csv') {
        // Upstream defect in csv-spectrum 2.0: this JSON is a bare object and its phone number
        // (1234567890) is not the one in the CSV (2095257564). Everything else must match.
        expect(objects).toHaveLength(1);
        expect(objects[0]).toEqual({ ...expected, 'Contact Phone Number': '2095257564' });
        return;
      }
      expect(objects).toEqual(expected);
    });
  }
});

describe('records of text without quotes', () => {
  // Such text takes a path of its own (no papaparse). Papa.parse of the whole text is the
  // reference: a record per line, fields cut at the delimiter, the CR of a CRLF dropped, empty
  // records left out, and lines counted from 1.
  function reference(text: string, delimiter: Delimiter) {
    const rows = Papa.parse<string[]>(text, { delimiter, newline: '\n' }).data;
    return rows.flatMap((fields, i) => {
      const end = fields.length - 1;
      if (fields[end].endsWith('\r')) fields[end] = fields[end].slice(0, -1);
      return isEmptyRecord(fields) ? [] : [{ fields, line: i + 1 }];
    });
  }

  function streamed(text: string, delimiter: Delimiter, cuts: number[]) {
    const out: { fields: string[]; line: number }[] = [];
    const stream = new RecordStream(delimiter, '\n', (fields, line) => out.push({ fields, line }));
    let at = 0;
    for (const cut of [...cuts, text.length]) {
      stream.push(text.slice(at, cut), cut === text.length);
      at = cut;
    }
    return out;
  }

  const ALPHABET = ['a', 'b', '7', ',', ';', '\t', '|', ' ', '\u00a0', 'ż', '\r', '\n', '\n', '\r\n'];

  it('are the records papaparse reads, whatever the pieces the text arrives in', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 400; round++) {
      const length = Math.floor(random() * 60);
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      // A text whose first break is a lone CR is read with CR line ends, another path.
      if (detectNewline(text) !== '\n') continue;
      const delimiter = ([',', ';', '\t', '|'] as const)[round % 4];
      const expected = reference(text, delimiter);
      expect(parseAll(text, delimiter)).toEqual(expected);
      const cuts = [...new Set([0, 1, 2, 3].map(() => Math.floor(random() * text.length)))].sort(
        (a, b) => a - b,
      );
      expect(streamed(text, delimiter, cuts)).toEqual(expected);
    }
  });

  it('keeps a line that has not ended for the next piece', () => {
    const out: string[][] = [];
    const stream = new RecordStream(',', '\n', (fields) => out.push(fields));
    stream.push('a,b\nc,', false);
    expect(out).toEqual([['a', 'b']]);
    expect(stream.pendingLength).toBe(2);
    stream.push('d\r\ne', false);
    stream.push('', true);
    expect(out).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('goes on with the quoting rules once a piece holds a quote', () => {
    const out: { fields: string[]; line: number }[] = [];
    const stream = new RecordStream(',', '\n', (fields, line) => out.push({ fields, line }));
    stream.push('a,b\n1,2\n', false);
    stream.push('3,"x\ny"\n4,5\n', true);
    expect(out).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', 'x\ny'], line: 3 },
      { fields: ['4', '5'], line: 5 },
    ]);
  });
});
