import { describe, expect, it } from 'vitest';
import { decideDateOrder, emptyDateTally, parseInstant, tallyDate } from '../../../src/core/locale/dates.ts';

const at = (s: string, order: 'DMY' | 'MDY' = 'DMY') => {
  const t = parseInstant(s, order);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

function order(values: string[], locale: 'DMY' | 'MDY') {
  const t = emptyDateTally();
  for (const v of values) tallyDate(t, v);
  return decideDateOrder(t, locale);
}

describe('parseInstant', () => {
  it('reads ISO dates and date-times as UTC', () => {
    expect(at('2024-03-15')).toBe('2024-03-15T00:00:00.000Z');
    expect(at('2025-12-29 14:34')).toBe('2025-12-29T14:34:00.000Z');
    expect(at('2024-01-01 17:35:39')).toBe('2024-01-01T17:35:39.000Z');
    expect(at('2024-01-03T22:27:52Z')).toBe('2024-01-03T22:27:52.000Z');
    expect(at('2024-01-03T22:27:52.250Z')).toBe('2024-01-03T22:27:52.250Z');
  });

  it('applies zone offsets', () => {
    expect(at('2024-01-03T22:27:52+02:00')).toBe('2024-01-03T20:27:52.000Z');
    expect(at('2024-01-03T01:00:00-0130')).toBe('2024-01-03T02:30:00.000Z');
    expect(at('2024-01-01T00:30:00+01')).toBe('2023-12-31T23:30:00.000Z');
  });

  it('reads Unix seconds and milliseconds', () => {
    expect(at('1700000000')).toBe('2023-11-14T22:13:20.000Z');
    expect(at('1700000000123')).toBe('2023-11-14T22:13:20.123Z');
    expect(at('20240315')).toBeNull(); // eight digits are neither
  });

  it('reads a/b/yyyy by the column order', () => {
    expect(at('02/03/2024', 'DMY')).toBe('2024-03-02T00:00:00.000Z');
    expect(at('02/03/2024', 'MDY')).toBe('2024-02-03T00:00:00.000Z');
    expect(at('23/02/2024', 'MDY')).toBeNull();
    expect(at('1/2/2024 10:05', 'MDY')).toBe('2024-01-02T10:05:00.000Z');
  });

  it('reads dotted and dashed day-first dates whatever the order', () => {
    expect(at('03.01.2024', 'MDY')).toBe('2024-01-03T00:00:00.000Z');
    expect(at('03-01-2024', 'MDY')).toBe('2024-01-03T00:00:00.000Z');
  });

  it('reads two-digit years as 20YY', () => {
    expect(at('15.03.24')).toBe('2024-03-15T00:00:00.000Z');
    expect(at('3/15/99', 'MDY')).toBe('2099-03-15T00:00:00.000Z');
  });

  it('rejects impossible dates and times instead of rolling them over', () => {
    expect(at('30.02.2024')).toBeNull();
    expect(at('2024-02-30')).toBeNull();
    expect(at('2023-02-29')).toBeNull();
    expect(at('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(at('2024-13-01')).toBeNull();
    expect(at('2024-04-31')).toBeNull();
    expect(at('2024-03-15 24:00')).toBeNull();
    expect(at('2024-03-15 10:60')).toBeNull();
    expect(at('31/04/2024')).toBeNull();
  });

  it('rejects text that is not a date', () => {
    expect(at('yesterday')).toBeNull();
    expect(at('2024-03-15 noon')).toBeNull();
    expect(at('')).toBeNull();
  });
});

describe('decideDateOrder', () => {
  it('is day-first when a first part exceeds 12', () => {
    expect(order(['01/02/2024', '23/02/2024'], 'MDY')).toEqual({ parse: 'DMY', report: 'DMY' });
  });

  it('is month-first when a second part exceeds 12', () => {
    expect(order(['01/02/2024', '02/23/2024'], 'DMY')).toEqual({ parse: 'MDY', report: 'MDY' });
  });

  it('falls back to the workspace locale when every value is ambiguous', () => {
    expect(order(['01/02/2024', '03/04/2024'], 'MDY')).toEqual({ parse: 'MDY', report: 'MDY' });
    expect(order(['01/02/2024'], 'DMY')).toEqual({ parse: 'DMY', report: 'DMY' });
  });

  it('reports YMD for ISO columns and DMY for dotted ones', () => {
    expect(order(['2024-01-02'], 'MDY').report).toBe('YMD');
    expect(order(['03.01.2024'], 'MDY').report).toBe('DMY');
  });
});
