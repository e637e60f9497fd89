import { describe, expect, it } from 'vitest';
import { monthNumber, parseMonthOnly } from '../../../src/core/locale/months.ts';

const month = (s: string) => {
  const t = parseMonthOnly(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 7);
};

describe('month names', () => {
  const english = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ];
  const englishShort = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const indonesian = [
    'januari',
    'februari',
    'maret',
    'april',
    'mei',
    'juni',
    'juli',
    'agustus',
    'september',
    'oktober',
    'november',
    'desember',
  ];
  const indonesianShort = [
    'jan',
    'feb',
    'mar',
    'apr',
    'mei',
    'jun',
    'jul',
    'agu',
    'sep',
    'okt',
    'nov',
    'des',
  ];
  const polish = [
    'styczeń',
    'luty',
    'marzec',
    'kwiecień',
    'maj',
    'czerwiec',
    'lipiec',
    'sierpień',
    'wrzesień',
    'październik',
    'listopad',
    'grudzień',
  ];
  const polishShort = ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'];
  const polishGenitive = [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ];

  for (const [name, list] of Object.entries({
    english,
    englishShort,
    indonesian,
    indonesianShort,
    polish,
    polishShort,
    polishGenitive,
  })) {
    it(`knows all twelve ${name} names`, () => {
      expect(list.map(monthNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    });
  }

  it('ignores case, including Polish capitals', () => {
    expect(monthNumber('MARCH')).toBe(3);
    expect(monthNumber('PAŹDZIERNIK')).toBe(10);
    expect(monthNumber('Września')).toBe(9);
    expect(monthNumber('brumaire')).toBe(0);
  });
});

describe('parseMonthOnly', () => {
  it('reads numeric month forms', () => {
    expect(month('2024-03')).toBe('2024-03');
    expect(month('03/2024')).toBe('2024-03');
    expect(month('3/2024')).toBe('2024-03');
    expect(month('03.2024')).toBe('2024-03');
  });

  it('reads named months in three languages', () => {
    expect(month('Mar 2024')).toBe('2024-03');
    expect(month('March 2024')).toBe('2024-03');
    expect(month('Maret 2024')).toBe('2024-03');
    expect(month('Agu 2025')).toBe('2025-08');
    expect(month('Agustus 2025')).toBe('2025-08');
    expect(month('Okt 2025')).toBe('2025-10');
    expect(month('Des 2025')).toBe('2025-12');
    expect(month('mar 2024')).toBe('2024-03');
    expect(month('marzec 2024')).toBe('2024-03');
    expect(month('stycznia 2025')).toBe('2025-01');
    expect(month('paź 2025')).toBe('2025-10');
  });

  it('returns the first instant of the month in UTC', () => {
    expect(parseMonthOnly('2024-03')).toBe(Date.UTC(2024, 2, 1));
  });

  it('rejects invalid months and full dates', () => {
    expect(month('2024-13')).toBeNull();
    expect(month('13/2024')).toBeNull();
    expect(month('Smarch 2024')).toBeNull();
    expect(month('2024-03-01')).toBeNull();
  });
});
