import { describe, expect, it } from 'vitest';
import { currencyGap, currencyProblem } from '../../../src/core/currency.ts';
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
    expect(currencyProblem(results, settings('USD'))).toMatch(/several currencies \(USD, EUR\).*EUR/);
    expect(currencyProblem(results, settings('USD', { EUR: 1.1 }))).toBeNull();
  });
});
