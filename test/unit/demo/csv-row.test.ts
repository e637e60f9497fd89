import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { money, toCsv } from '../../../src/core/demo/csv-row.ts';

describe('demo csv writer', () => {
  it('quotes only fields that need it, doubling embedded quotes', () => {
    expect(
      toCsv(['a'], [['plain'], ['a,b'], ['Kopi "Senja"'], ['line\nbreak'], [' padded'], [null], [12]]),
    ).toBe('a\nplain\n"a,b"\n"Kopi ""Senja"""\n"line\nbreak"\n" padded"\n\n12\n');
  });

  it('round-trips awkward values through an RFC 4180 parser', () => {
    const values = ['a,b', 'say "hi"', 'two\nlines', 'Łódź', '', '"', ',,,', '-12.50'];
    const parsed = Papa.parse<string[]>(toCsv(values, [values]), { header: false, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual(values);
  });

  it('refuses rows whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(RangeError);
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\n1,2\n');
  });

  it('formats money with two decimals and optional accounting negatives', () => {
    expect(money(1234.5)).toBe('1234.50');
    expect(money(-3.004)).toBe('-3.00');
    expect(money(-3.5, true)).toBe('(3.50)');
    expect(money(-0.001, true)).toBe('0.00');
  });
});
