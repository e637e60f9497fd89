import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../../src/core/datasets/builders.ts';
import { ingest } from '../../../src/core/datasets/ingest.ts';
import { GUESS_ROWS } from '../../../src/core/datasets/speculate.ts';
import type { TextColumn } from '../../../src/core/datasets/frame.ts';
import { daysFromCivil } from '../../../src/core/locale/iso-fast.ts';
import { parseInstant } from '../../../src/core/locale/dates.ts';
import { decimalEvidence, parseNumber } from '../../../src/core/locale/numbers.ts';

// The per-cell fast paths must give exactly what the general readers give.
describe('TextBuilder', () => {
  it('encodes like a first-seen Map, across growth, repeats, empty strings and resets', () => {
    const b = new TextBuilder(5000);
    for (let round = 0; round < 2; round++) {
      const ref = new Map<string, number>();
      const want: number[] = [];
      for (let r = 0; r < 5000; r++) {
        const v = r % 97 === 0 ? null : r % 89 === 0 ? '' : `v${(r * 7919) % 1500}`;
        b.set(r, v);
        if (v === null) want.push(-1);
        else {
          if (!ref.has(v)) ref.set(v, ref.size);
          want.push(ref.get(v)!);
        }
      }
      const col = b.build(5000, true) as TextColumn;
      expect(col.dict).toEqual([...ref.keys()]);
      expect([...col.codes]).toEqual(want);
      b.reset();
    }
  });
});

describe('ISO fast path', () => {
  it('computes the calendar Date.UTC does', () => {
    for (let y = 1899; y <= 2101; y++)
      for (const [m, d] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
      ])
        expect(daysFromCivil(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
  });

  it('reads the common shapes and leaves the rest to the general reader', () => {
    expect(parseInstant('2024-02-29', 'DMY')).toBe(Date.UTC(2024, 1, 29));
    expect(parseInstant('2024-02-29T23:59:59Z', 'DMY')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(parseInstant('2024-02-29 07:05', 'DMY')).toBe(Date.UTC(2024, 1, 29, 7, 5));
    expect(parseInstant('0099-03-01', 'DMY')).toBe(daysFromCivil(99, 3, 1) * 86_400_000);
    expect(parseInstant('2023-02-29', 'DMY')).toBeNaN();
    expect(parseInstant('2024-02-29T24:00:00Z', 'DMY')).toBeNaN();
    expect(parseInstant('2024-02-2x', 'DMY')).toBeNaN();
  });

  it('reads plain numbers as the general reader does', () => {
    expect(parseNumber('490.00', '.')).toBe(490);
    expect(parseNumber('0.1', '.')).toBe(0.1);
    expect(parseNumber('1.234', ',')).toBe(1234);
    expect(parseNumber('12,5', ',')).toBe(12.5);
    expect(decimalEvidence('1.234')).toBe('ambiguous');
    expect(decimalEvidence('0.234')).toBe('dot');
    expect(decimalEvidence('1234,5')).toBe('comma');
    expect(decimalEvidence('42')).toBe('none');
  });
});

describe('ingest() normalising during the analysis', () => {
  const csv = (amount: (i: number) => string) => {
    const lines = ['customer_id;start_date;amount;interval'];
    for (let i = 0; i < GUESS_ROWS + 500; i++) lines.push(`c${i % 900};2024-01-02;${amount(i)};month`);
    return new TextEncoder().encode(lines.join('\n'));
  };
  const amounts = (bytes: Uint8Array) => {
    const r = ingest(bytes, 'subs.csv', { locale: 'en-US' });
    const all: number[] = [];
    for (const f of r.frames) {
      const col = f.columns.get('amount');
      if (col?.type === 'number') all.push(...col.values);
    }
    return { all, decimal: r.columns.find((c) => c.field === 'amount')?.decimal };
  };

  it('keeps what the first rows decided when the whole column agrees', () => {
    const { all, decimal } = amounts(csv((i) => (i % 2 ? '12.5' : '1.234')));
    expect(decimal).toBe('.');
    expect(all[0]).toBe(1.234);
    expect(all[1]).toBe(12.5);
  });

  it('reads the rows again when later values decide the column differently', () => {
    // Ambiguous `1.234` for the first rows (a `;` file: comma decimal), then clear dot decimals.
    const { all, decimal } = amounts(csv((i) => (i < GUESS_ROWS + 100 ? '1.234' : '12.50')));
    expect(decimal).toBe('.');
    expect(all[0]).toBe(1.234);
    expect(all.length).toBe(GUESS_ROWS + 500);
  });
});
