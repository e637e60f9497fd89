import { describe, expect, it } from 'vitest';
import {
  currencyGap,
  currencyProblem,
  importCurrencyGap,
  parseRate,
  withRates,
} from '../../../src/core/currency.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/workspace-data.ts';

const settings = (currency: string | null, fx: Record<string, number> = {}) => ({
  ...DEFAULT_SETTINGS,
  currency,
  fx,
});

describe('several subscription currencies', () => {
  it('are fine with one currency, or when every other code has a rate', () => {
    expect(currencyGap(['USD', 'USD'], settings(null))).toBeNull();
    expect(currencyGap(['USD', 'EUR'], settings('USD', { EUR: 1.1 }))).toBeNull();
    // No workspace currency chosen: the one code without a rate is the workspace currency.
    expect(currencyGap(['USD', 'EUR'], settings(null, { EUR: 1.1 }))).toBeNull();
  });

  it('name the codes that still need a rate', () => {
    expect(currencyGap(['USD', 'EUR', 'PLN'], settings(null, { EUR: 1.1 }))).toEqual({
      codes: ['USD', 'EUR', 'PLN'],
      missing: ['USD', 'PLN'],
    });
    expect(currencyGap(['USD', 'EUR'], settings('PLN', { EUR: 4.3 }))).toEqual({
      codes: ['USD', 'EUR'],
      missing: ['USD'],
    });
  });

  it('stop the report with one line naming them', () => {
    const results = [
      { kind: 'subscriptions', currencies: ['USD'] },
      { kind: 'subscriptions', currencies: ['EUR'] },
      { kind: 'costs', currencies: ['PLN'] },
    ];
    expect(currencyProblem(results, settings('USD'))).toBe(
      'subscriptions carry several currencies (USD, EUR): add "fx" rates to USD for EUR in the settings file',
    );
    // Without a workspace currency no code is the one the others convert to: none is named as lacking a rate.
    expect(currencyProblem(results, settings(null))).toBe(
      'subscriptions carry several currencies (USD, EUR): set "currency" to one of them and "fx" rates to it for the others in the settings file',
    );
    expect(currencyProblem(results, settings('USD', { EUR: 1.1 }))).toBeNull();
  });
});

describe('which imports stop for conversion rates (datasets.md §4)', () => {
  const subs = (id: string, ...currencies: string[]) => ({ id, kind: 'subscriptions', currencies });

  it('lets a file with one currency through, whatever its case', () => {
    expect(importCurrencyGap([], { kind: 'subscriptions', currencies: ['USD'] }, settings(null))).toBeNull();
    // Stripe writes `usd`: the same code as a stored `USD`.
    expect(
      importCurrencyGap([subs('a', 'USD')], { kind: 'subscriptions', currencies: ['usd'] }, settings(null)),
    ).toBeNull();
    expect(currencyGap(['usd', 'USD', ' Usd '], settings(null))).toBeNull();
  });

  it('stops a file whose second code meets the stored subscriptions', () => {
    expect(
      importCurrencyGap([subs('a', 'USD')], { kind: 'subscriptions', currencies: ['EUR'] }, settings(null)),
    ).toEqual({ codes: ['USD', 'EUR'], missing: ['USD', 'EUR'] });
    expect(
      importCurrencyGap([], { kind: 'subscriptions', currencies: ['EUR', 'USD'] }, settings(null)),
    ).toEqual({ codes: ['EUR', 'USD'], missing: ['EUR', 'USD'] });
  });

  it('lets it through when the settings already hold the rates', () => {
    const both = { kind: 'subscriptions', currencies: ['EUR', 'USD'] };
    expect(importCurrencyGap([], both, settings('USD', { EUR: 1.08 }))).toBeNull();
    expect(importCurrencyGap([], both, settings('usd', { EUR: 1.08 }))).toBeNull();
    // A rate for one code only is not enough when a third arrives.
    expect(
      importCurrencyGap(
        [subs('a', 'EUR', 'USD')],
        { kind: 'subscriptions', currencies: ['PLN'] },
        settings('USD', { EUR: 1.08 }),
      ),
    ).toEqual({ codes: ['EUR', 'USD', 'PLN'], missing: ['PLN'] });
  });

  it('leaves out the dataset the import replaces', () => {
    const stored = [subs('old', 'EUR'), subs('other', 'USD')];
    const incoming = { kind: 'subscriptions', currencies: ['USD'] };
    expect(importCurrencyGap(stored, incoming, settings(null), 'old')).toBeNull();
    expect(importCurrencyGap(stored, incoming, settings(null))).toEqual({
      codes: ['EUR', 'USD'],
      missing: ['EUR', 'USD'],
    });
  });

  it('looks only at subscriptions (rule 6)', () => {
    const costs = { id: 'c', kind: 'costs', currencies: ['PLN'] };
    expect(
      importCurrencyGap(
        [costs, subs('a', 'USD')],
        { kind: 'subscriptions', currencies: ['USD'] },
        settings(null),
      ),
    ).toBeNull();
    // A file of another kind never waits, even beside subscriptions stored before the stop existed.
    expect(
      importCurrencyGap([subs('a', 'USD', 'EUR')], { kind: 'leads', currencies: [] }, settings(null)),
    ).toBeNull();
  });

  it('closes the gap with the answer: the chosen currency and rates to it', () => {
    const before = settings('PLN', { GBP: 5.1 });
    const after = withRates(before, { currency: 'usd', fx: { eur: 1.08, USD: 3, PLN: 0 } });
    // Upper case; no rate from the workspace currency to itself; non-positive rates are not stored.
    expect(after).toEqual({ ...before, currency: 'USD', fx: { GBP: 5.1, EUR: 1.08 } });
    expect(currencyGap(['USD', 'EUR'], after)).toBeNull();
    expect(before.fx).toEqual({ GBP: 5.1 });
  });
});

describe('a typed conversion rate', () => {
  it('takes a decimal point or a decimal comma', () => {
    expect(parseRate('1.08', '.')).toBe(1.08);
    expect(parseRate('1,08', '.')).toBe(1.08);
    expect(parseRate('4,25', ',')).toBe(4.25);
    expect(parseRate(' 0,000063 ', ',')).toBe(0.000063);
    expect(parseRate('15 800', ',')).toBe(15800);
    expect(parseRate('1.234,5', '.')).toBe(1234.5);
  });

  it('reads a lone mark before three digits the way the reader writes', () => {
    expect(parseRate('15.800', ',')).toBe(15800);
    expect(parseRate('15.800', '.')).toBe(15.8);
    expect(parseRate('15,800', '.')).toBe(15800);
  });

  it('refuses what is not a positive number', () => {
    for (const text of ['', ' ', '0', '0,00', '-1', '−1.5', 'abc', '1.2.3', '1,2,3,4.5.6'])
      expect(parseRate(text, '.'), text).toBeNull();
  });
});
