import { describe, expect, it } from 'vitest';
import { cleanHeaders } from '../../../src/core/csv/headers.ts';

describe('cleanHeaders', () => {
  it('trims names and names empty ones by position', () => {
    expect(cleanHeaders([' month ', '', 'mrr', '  ']).names).toEqual([
      'month',
      'column_2',
      'mrr',
      'column_4',
    ]);
  });

  it('numbers duplicates predictably, never taking an existing name', () => {
    expect(cleanHeaders(['a', 'a', 'a']).names).toEqual(['a', 'a_2', 'a_3']);
    // `a_2` exists in the file, so the duplicate `a` skips to `a_3`.
    expect(cleanHeaders(['a', 'a', 'a_2']).names).toEqual(['a', 'a_3', 'a_2']);
    expect(cleanHeaders(['column_2', '']).names).toEqual(['column_2', 'column_2_2']);
  });

  it('reports every rename', () => {
    const { renamed } = cleanHeaders(['x', 'x', '']);
    expect(renamed).toEqual([
      { code: 'header-repeated', column: 2, header: 'x', name: 'x_2' },
      { code: 'header-unnamed', column: 3, name: 'column_3' },
    ]);
  });

  it('keeps __proto__ and constructor as ordinary names', () => {
    expect(cleanHeaders(['__proto__', 'constructor', '__proto__']).names).toEqual([
      '__proto__',
      'constructor',
      '__proto___2',
    ]);
  });
});
