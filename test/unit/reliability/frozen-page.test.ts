// Files built to freeze the page get an answer quickly: thousands of repeated headers are renamed
// in linear time, a single huge cell is read as the value it is, UTF-16 without a BOM is text.
import { describe, expect, it } from 'vitest';
import { cleanHeaders } from '../../../src/core/csv/headers.ts';
import { decodeBytes, sniffUtf16 } from '../../../src/core/csv/decode.ts';
import { analyse } from '../../../src/core/datasets/ingest.ts';

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[order === 'le' ? 2 * i : 2 * i + 1] = c & 0xff;
    out[order === 'le' ? 2 * i + 1 : 2 * i] = c >> 8;
  }
  return out;
}

describe('repeated headers', () => {
  it('are renamed as before: first keeps its name, later ones _2, _3, skipping names in the file', () => {
    expect(cleanHeaders(['a', 'a', 'a_2', 'a', '', 'b', ' ']).names).toEqual([
      'a',
      'a_3',
      'a_2',
      'a_4',
      'column_5',
      'b',
      'column_7',
    ]);
  });

  it('40,000 copies of one name take well under a second', () => {
    const started = performance.now();
    const { names } = cleanHeaders(Array.from({ length: 40_000 }, () => 'x'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(names[39_999]).toBe('x_40000');
    expect(new Set(names).size).toBe(40_000);
  });
});

describe('a single 5 MB cell', () => {
  it('is a row with a value, not an empty file', () => {
    const big = 'y'.repeat(5 * 1024 * 1024);
    const a = analyse(new TextEncoder().encode(`user_id,timestamp,event\nu1,2024-01-05,${big}\n`), 'e.csv', {
      locale: 'en-US',
    });
    expect(a.dataRows).toBe(1);
    expect(a.kind).toBe('events');
  });
});

describe('UTF-16 without a BOM', () => {
  const text = 'customer_id,amount\nc1,49\nŁódź,12\n';
  it.each(['le', 'be'] as const)('is read from the NUL pattern (%s)', (order) => {
    expect(sniffUtf16(utf16(text, order))).toBe(`utf-16${order}`);
    expect(decodeBytes(utf16(text, order))).toMatchObject({ text, encoding: `utf-16${order}` });
  });

  it('leaves binary files refused', () => {
    const binary = new Uint8Array(64).map((_, i) => (i % 7 === 0 ? 0 : i * 37));
    expect(() => decodeBytes(binary)).toThrow('not-text');
  });
});
