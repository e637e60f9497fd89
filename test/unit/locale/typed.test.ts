import { describe, expect, it } from 'vitest';
import { parseTypedNumber } from '../../../src/core/locale/typed';

describe('parseTypedNumber', () => {
  it('reads a dot as grouping in Indonesian and Polish, as the decimal in English', () => {
    expect(parseTypedNumber('15.800', 'id')).toBe(15800);
    expect(parseTypedNumber('15.800', 'pl')).toBe(15800);
    expect(parseTypedNumber('15.800', 'en')).toBe(15.8);
  });

  it('reads grouped values in each language', () => {
    expect(parseTypedNumber('1.234.567', 'id')).toBe(1234567);
    expect(parseTypedNumber('1 234,56', 'pl')).toBe(1234.56);
    expect(parseTypedNumber('1\u00a0234,56', 'pl')).toBe(1234.56);
    expect(parseTypedNumber('1,234,567.5', 'en')).toBe(1234567.5);
    expect(parseTypedNumber('1,234', 'en')).toBe(1234);
    expect(parseTypedNumber('1,234', 'pl')).toBe(1.234);
  });

  it('reads signs, currency and blanks around the number', () => {
    expect(parseTypedNumber('  -12,5 ', 'id')).toBe(-12.5);
    expect(parseTypedNumber('(1.000)', 'id')).toBe(-1000);
    expect(parseTypedNumber('Rp 22.050.650,67', 'id')).toBe(22050650.67);
    expect(parseTypedNumber('$1,200', 'en')).toBe(1200);
  });

  it('reads a mark that can only be a decimal even against the language', () => {
    expect(parseTypedNumber('0.5', 'pl')).toBe(0.5);
    expect(parseTypedNumber('12,50', 'en')).toBe(12.5);
    expect(parseTypedNumber('1 234,56', 'en')).toBe(1234.56);
  });

  it('gives NaN for text that is no number', () => {
    expect(parseTypedNumber('', 'en')).toBeNaN();
    expect(parseTypedNumber('   ', 'id')).toBeNaN();
    expect(parseTypedNumber('abc', 'pl')).toBeNaN();
    expect(parseTypedNumber('1.2.3', 'en')).toBeNaN();
    expect(parseTypedNumber('12,3,4', 'id')).toBeNaN();
  });
});
