// cac_payback_months is a number of months: shown with its unit, never as a bare ratio.
import { describe, expect, it } from 'vitest';
import { kpiInfo } from '../../../src/core/metrics/catalogue.ts';
import { formatMonths } from '../../../src/i18n/format.ts';
import { formatValue } from '../../../src/ui/dashboard/model.ts';

describe('months as a unit', () => {
  it('catalogues cac_payback_months in months', () => {
    expect(kpiInfo('cac_payback_months')?.unit).toBe('months');
  });

  it('writes the unit in each language', () => {
    expect(formatValue('cac_payback_months', 8.2, 'USD', 'en')).toBe('8.2 months');
    expect(formatValue('cac_payback_months', 8.2, 'USD', 'id')).toBe('8,2 bulan');
    expect(formatValue('cac_payback_months', 8.2, 'USD', 'pl')).toBe('8,2 miesiąca');
    expect(formatValue('cac_payback_months', 1, 'USD', 'en')).toBe('1 month');
    expect(formatValue('cac_payback_months', 12.46, 'USD', 'en')).toBe('12.5 months');
    expect(formatValue('cac_payback_months', null, 'USD', 'en')).toBe('—');
    expect(formatMonths(5, { lang: 'pl' })).toBe('5 miesięcy');
  });
});
