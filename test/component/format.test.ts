import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatFileSize,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  MISSING,
} from '../../src/i18n/format.ts';
import { locale } from '../../src/state/locale.svelte.ts';

// Intl uses U+00A0 / U+202F in several locales; compare the visible text.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => locale.set('en'));

describe('format helpers', () => {
  it('formats money per language', () => {
    expect(plain(formatMoney(12345.67, 'PLN', { lang: 'pl' }))).toBe('12 345,67 zł');
    expect(plain(formatMoney(1234567, 'IDR', { lang: 'id' }))).toBe('Rp 1.234.567');
    expect(formatMoney(1234.56, 'USD', { lang: 'en' })).toBe('$1,234.56');
    expect(formatMoney(1234.56, 'usd', { lang: 'en' })).toBe('$1,234.56');
  });

  it('defaults to the interface language', () => {
    locale.set('pl');
    expect(plain(formatMoney(12345.67, 'PLN'))).toBe('12 345,67 zł');
    expect(plain(formatNumber(1234567.891))).toBe('1 234 567,89');
    locale.set('id');
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    locale.set('en');
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
  });

  it('formats percent values that are already in percent units', () => {
    expect(formatPercent(12.5, { lang: 'en' })).toBe('12.5%');
    expect(plain(formatPercent(12.5, { lang: 'pl' }))).toBe('12,5%');
    expect(formatPercent(-3, { lang: 'en' })).toBe('-3%');
  });

  it('formats months and dates without shifting the day', () => {
    expect(formatMonth('2025-06', { lang: 'en' })).toBe('June 2025');
    expect(formatMonth('2025-06', { lang: 'pl' })).toBe('czerwiec 2025');
    expect(formatMonth('2025-06', { lang: 'id' })).toBe('Juni 2025');
    expect(formatMonth('2025-13')).toBe(MISSING);
    expect(formatDate('2025-06-30', { lang: 'en' })).toBe('Jun 30, 2025');
    expect(formatDate('2025-02-30', { lang: 'en' })).toBe(MISSING);
    expect(formatDate(Date.UTC(2025, 0, 1), { lang: 'en', style: 'short' })).toBe('1/1/25');
  });

  it('shows missing values as a dash', () => {
    expect(formatNumber(null)).toBe(MISSING);
    expect(formatMoney(Number.NaN, 'USD')).toBe(MISSING);
    expect(formatPercent(undefined)).toBe(MISSING);
  });

  it('formats file sizes', () => {
    expect(formatFileSize(793, { lang: 'en' })).toBe('793\u00a0B');
    expect(formatFileSize(2500, { lang: 'en' })).toBe('2.5 kB');
    expect(plain(formatFileSize(1_634_000, { lang: 'pl' }))).toBe('1,6 MB');
  });
});
