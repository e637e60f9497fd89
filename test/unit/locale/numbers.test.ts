import { describe, expect, it } from 'vitest';
import {
  decideDecimal,
  decimalEvidence,
  emptyTally,
  parseNumber,
  tallyDecimal,
} from '../../../src/core/locale/numbers.ts';

function decide(values: string[], delimiter = ',', locale: '.' | ',' = '.') {
  const t = emptyTally();
  for (const v of values) tallyDecimal(t, v);
  return decideDecimal(t, delimiter, locale).decimal;
}

describe('parseNumber', () => {
  it('reads dot-decimal values with comma grouping', () => {
    expect(parseNumber('1,234.56', '.')).toBe(1234.56);
    expect(parseNumber('1234.56', '.')).toBe(1234.56);
    expect(parseNumber('1,234,567', '.')).toBe(1234567);
  });

  it('reads comma-decimal values with dot, space, NBSP, narrow NBSP and apostrophe grouping', () => {
    expect(parseNumber('1.234,56', ',')).toBe(1234.56);
    expect(parseNumber('1234,56', ',')).toBe(1234.56);
    expect(parseNumber('1 234,56', ',')).toBe(1234.56);
    expect(parseNumber('1\u00a0234,56', ',')).toBe(1234.56);
    expect(parseNumber('1\u202f234,56', ',')).toBe(1234.56);
    expect(parseNumber("1'234.56", '.')).toBe(1234.56);
  });

  it('strips currency signs and codes before or after, with or without a space', () => {
    expect(parseNumber('$99.00', '.')).toBe(99);
    expect(parseNumber('€ 12,50', ',')).toBe(12.5);
    expect(parseNumber('£7', '.')).toBe(7);
    expect(parseNumber('Rp 22.050.650,67', ',')).toBe(22050650.67);
    expect(parseNumber('Rp. 150.000', ',')).toBe(150000);
    expect(parseNumber('Rp.1.250.000,50', ',')).toBe(1250000.5);
    expect(parseNumber('150.000 Rp.', ',')).toBe(150000);
    expect(parseNumber('IDR1.000', ',')).toBe(1000);
    expect(parseNumber('1 199,50 zł', ',')).toBe(1199.5);
    expect(parseNumber('119,99zł', ',')).toBe(119.99);
    expect(parseNumber('12 PLN', '.')).toBe(12);
    expect(parseNumber('USD 5', '.')).toBe(5);
    expect(parseNumber('5EUR', '.')).toBe(5);
  });

  it('reads the three negative forms', () => {
    expect(parseNumber('-12', '.')).toBe(-12);
    expect(parseNumber('(12)', '.')).toBe(-12);
    expect(parseNumber('(443,174.21)', '.')).toBe(-443174.21);
    expect(parseNumber('\u221212', '.')).toBe(-12);
    expect(parseNumber('-$1,234.50', '.')).toBe(-1234.5);
  });

  it('reads percentages as the number before the sign', () => {
    expect(parseNumber('12%', '.')).toBe(12);
    expect(parseNumber('12,5 %', ',')).toBe(12.5);
  });

  it('reads Excel exponents with either decimal mark', () => {
    expect(parseNumber('5,58199E+12', ',')).toBe(5581990000000);
    expect(parseNumber('5.58199E+12', '.')).toBe(5581990000000);
    expect(parseNumber('1e-3', '.')).toBe(0.001);
  });

  it('rejects what is not a number under the column convention', () => {
    expect(parseNumber('12,5', '.')).toBeNaN(); // a comma group must have three digits
    expect(parseNumber('1.2.3', ',')).toBeNaN();
    expect(parseNumber('12.34.567', ',')).toBeNaN(); // first group may have 1–3 digits, then exactly 3
    expect(parseNumber('abc', '.')).toBeNaN();
    expect(parseNumber('-', '.')).toBeNaN();
    expect(parseNumber('(12', '.')).toBeNaN();
    expect(parseNumber('1 2', '.')).toBeNaN();
  });

  it('matches Number() exactly, also for long mantissas', () => {
    expect(parseNumber('0.1', '.')).toBe(0.1);
    expect(parseNumber('123456789012345678', '.')).toBe(Number('123456789012345678'));
    expect(parseNumber('3,14159265358979323846', ',')).toBe(Number('3.14159265358979323846'));
    expect(parseNumber('1.7976931348623157e308', '.')).toBe(Number.MAX_VALUE);
    // Every 15-digit-or-less value goes through the fast path; compare a spread of them.
    for (const s of ['9007199254740.993', '0.000001234', '123456.789012', '99.99', '1e22', '4.35']) {
      expect(parseNumber(s, '.')).toBe(Number(s));
    }
  });
});

describe('decimal evidence and the column decision', () => {
  it('classifies single values', () => {
    expect(decimalEvidence('1,234.56')).toBe('dot');
    expect(decimalEvidence('1.234,56')).toBe('comma');
    expect(decimalEvidence('1234,56')).toBe('comma');
    expect(decimalEvidence('1 234,56')).toBe('comma');
    expect(decimalEvidence('1.234')).toBe('ambiguous');
    expect(decimalEvidence('1,234')).toBe('ambiguous');
    expect(decimalEvidence('0,234')).toBe('comma');
    expect(decimalEvidence('Rp. 1.234,56')).toBe('comma');
    expect(decimalEvidence('1234,567')).toBe('comma');
    expect(decimalEvidence('1.234.567')).toBe('comma');
    expect(decimalEvidence('7')).toBe('none');
    expect(decimalEvidence('n/a')).toBe('invalid');
  });

  it('lets the other values of the column settle an ambiguous one', () => {
    expect(decide(['1.234', '12.5'])).toBe('.');
    expect(decide(['1.234', '0,5'])).toBe(',');
    expect(decide(['3.932', '10.149', '12.000.000'])).toBe(',');
  });

  it('falls back to the delimiter (; means comma), then the workspace locale', () => {
    expect(decide(['1.234', '4.030'], ';', '.')).toBe(',');
    expect(decide(['1,234'], ',', '.')).toBe('.');
    expect(decide(['1,234'], '\t', ',')).toBe(',');
    expect(decide(['7', '12'], '|', ',')).toBe(',');
    expect(decideDecimal(null, ',', '.')).toEqual({ decimal: '.', evident: false });
  });

  it('parses an ambiguous value by the column decision', () => {
    expect(parseNumber('1.234', decide(['1.234', '4.030'], ';', '.'))).toBe(1234);
    expect(parseNumber('1.234', decide(['1.234', '0.5']))).toBe(1.234);
  });
});
