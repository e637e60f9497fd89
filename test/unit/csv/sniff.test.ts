import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../../src/core/csv/sniff.ts';
import { readSepLine } from '../../../src/core/csv/sep-line.ts';

describe('sniffDelimiter', () => {
  it('finds each of the four delimiters', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\n1,5\t2\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3')).toBe('|');
  });

  it('copes with a header-only file and trailing newlines', () => {
    expect(sniffDelimiter('month;mrr')).toBe(';');
    expect(sniffDelimiter('month;mrr\r\n\r\n\r\n')).toBe(';');
    expect(sniffDelimiter('a\tb\n\n')).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    // Each record has one `;` outside quotes and several commas inside them.
    const text = 'name;amount\n"Smith, Jones, and Co";"1,5"\n"A, B";2\n';
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('prefers the delimiter whose count is the same on every record', () => {
    // Semicolons: 2 per record; commas appear unquoted in values with varying counts.
    const text = 'a;b;c\nx,y;1;2\nz;3,5;4\nw;5;6,7,8\n';
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('defaults to a comma for a single column', () => {
    expect(sniffDelimiter('email\nx@example.com\n')).toBe(',');
  });
});

describe('readSepLine', () => {
  it('reads and skips an Excel sep= line', () => {
    expect(readSepLine('sep=;\r\nbulan;mrr\r\n')).toEqual({ delimiter: ';', skip: 7, lines: 1 });
    expect(readSepLine('sep=\t\na\tb')).toEqual({ delimiter: '\t', skip: 6, lines: 1 });
    expect(readSepLine('SEP=|\na|b')).toEqual({ delimiter: '|', skip: 6, lines: 1 });
  });

  it('leaves ordinary first lines alone', () => {
    expect(readSepLine('separator,b\n1,2')).toEqual({ delimiter: null, skip: 0, lines: 0 });
    expect(readSepLine('a,b')).toEqual({ delimiter: null, skip: 0, lines: 0 });
  });
});
