// Properties of the delimiter sniffer and the number and date readers, over generated input:
// they never throw, never roll a date over, never lose an integer's digits, and read back what
// each locale writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter, type Delimiter } from '../../../src/core/csv/sniff.ts';
import { parseInstant } from '../../../src/core/locale/dates.ts';
import { parseNumber } from '../../../src/core/locale/numbers.ts';

const RUNS = { numRuns: 300 };
const LOCALES = [
  { tag: 'en-US', decimal: '.' },
  { tag: 'en-GB', decimal: '.' },
  { tag: 'id', decimal: ',' },
  { tag: 'pl', decimal: ',' },
] as const;

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const validDate = fc
  .record({
    y: fc.integer({ min: 1971, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));

describe('sniffDelimiter', () => {
  it('never throws and always answers one of the four delimiters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect([',', ';', '\t', '|']).toContain(sniffDelimiter(text));
      }),
      RUNS,
    );
  });

  it('finds the delimiter of any regular table of plain cells', () => {
    const cell = fc.stringMatching(/^[A-Za-z0-9 .]{0,8}$/);
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (d, width, rows, trailing) => {
          const line = (r: number) => Array.from({ length: width }, (_, c) => `v${r}x${c}`).join(d);
          const header = Array.from({ length: width }, (_, c) => `h${c}`).join(d);
          const text =
            [header, ...Array.from({ length: rows }, (_, r) => line(r))].join('\n') + (trailing ? '\n' : '');
          expect(sniffDelimiter(text)).toBe(d);
        },
      ),
      RUNS,
    );
    // Cells with spaces and dots do not confuse it either.
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = ['a;b', ...rows.map(([x, y]) => `${x};${y}`)].join('\r\n');
        expect(sniffDelimiter(text)).toBe(';');
      }),
      RUNS,
    );
  });
});

describe('parseNumber', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('.', ','), (s, dec) => {
        expect(typeof parseNumber(s, dec)).toBe('number');
      }),
      RUNS,
    );
  });

  it('never loses an integer id’s digits: exact, or not a number at all', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,24}$/), fc.constantFrom('.', ','), (digits, dec) => {
        const v = parseNumber(digits, dec);
        if (!Number.isNaN(v)) expect(BigInt(v)).toBe(BigInt(digits));
      }),
      RUNS,
    );
    expect(parseNumber('123456789012345', '.')).toBe(123456789012345);
  });

  it.each(LOCALES)('reads back what $tag writes (grouping included)', ({ tag, decimal }) => {
    const format = new Intl.NumberFormat(tag, { maximumFractionDigits: 2, useGrouping: true });
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + (Math.sign(whole || 1) * cents) / 100;
          const text = format.format(value);
          expect(parseNumber(text, decimal)).toBeCloseTo(
            Number(
              format
                .formatToParts(value)
                .map((p) =>
                  p.type === 'decimal'
                    ? '.'
                    : p.type === 'group'
                      ? ''
                      : p.type === 'minusSign'
                        ? '-'
                        : p.value,
                )
                .join(''),
            ),
            9,
          );
        },
      ),
      RUNS,
    );
  });
});

describe('parseInstant', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('DMY', 'MDY'), (s, order) => {
        expect(typeof parseInstant(s, order)).toBe('number');
      }),
      RUNS,
    );
  });

  it('reads every valid date in each way it is written', () => {
    fc.assert(
      fc.property(validDate, ({ y, m, d }) => {
        const at = Date.UTC(y, m - 1, d);
        expect(parseInstant(`${y}-${pad(m)}-${pad(d)}`, 'DMY')).toBe(at);
        expect(parseInstant(`${pad(d)}.${pad(m)}.${y}`, 'MDY')).toBe(at);
        expect(parseInstant(`${pad(d)}/${pad(m)}/${y}`, 'DMY')).toBe(at);
        expect(parseInstant(`${m}/${d}/${y}`, 'MDY')).toBe(at);
      }),
      RUNS,
    );
  });

  it('never rolls an impossible date over into the next month', () => {
    const impossible = fc
      .record({
        y: fc.integer({ min: 1971, max: 2099 }),
        m: fc.integer({ min: 1, max: 12 }),
        extra: fc.integer({ min: 1, max: 3 }),
      })
      .filter(({ y, m, extra }) => daysIn(y, m) + extra <= 31 || extra === 1);
    fc.assert(
      fc.property(impossible, ({ y, m, extra }) => {
        const d = daysIn(y, m) + extra;
        if (d > 31 && d !== 32) return;
        expect(parseInstant(`${y}-${pad(m)}-${pad(d)}`, 'DMY')).toBeNaN();
        expect(parseInstant(`${pad(d)}.${pad(m)}.${y}`, 'DMY')).toBeNaN();
        expect(parseInstant(`${pad(m)}/${pad(d)}/${y}`, 'MDY')).toBeNaN();
      }),
      RUNS,
    );
    expect(parseInstant('30.02.2024', 'DMY')).toBeNaN();
    expect(parseInstant('29.02.2023', 'DMY')).toBeNaN();
    expect(parseInstant('29.02.2024', 'DMY')).toBe(Date.UTC(2024, 1, 29));
  });
});
