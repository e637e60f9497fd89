import { describe, expect, it } from 'vitest';
import { balanceSheetCsv, parseAmount, validDate } from '../../../src/ui/balance-sheet/csv.ts';
import {
  changeOf,
  compareIndex,
  currencyOf,
  formatInput,
  nullReason,
  parseGrain,
  pickIndex,
  sectionIds,
  window as lastPeriods,
  yearBefore,
} from '../../../src/ui/dashboard/model.ts';
import { toCsv } from '../../../src/ui/dashboard/csv.ts';

describe('periods', () => {
  const months = ['2024-05', '2024-06', '2024-07', '2025-05', '2025-06'];

  it('picks the URL period when the result has it, else the latest', () => {
    expect(pickIndex(months, '2024-06')).toBe(1);
    expect(pickIndex(months, '1999-01')).toBe(4);
    expect(pickIndex(months, undefined)).toBe(4);
    expect(pickIndex([], '2024-06')).toBe(-1);
  });

  it('compares with the previous period or the same one a year earlier', () => {
    expect(compareIndex(months, 4, 'previous')).toBe(3);
    expect(compareIndex(months, 4, 'year')).toBe(1);
    expect(compareIndex(months, 0, 'year')).toBe(-1);
    expect(yearBefore('2025-Q2')).toBe('2024-Q2');
    expect(yearBefore('2025')).toBe('2024');
  });

  it('reads the granularity, or infers it from the period', () => {
    expect(parseGrain('quarter')).toBe('quarter');
    expect(parseGrain(undefined, '2025-Q1')).toBe('quarter');
    expect(parseGrain(undefined, '2025')).toBe('year');
    expect(parseGrain('nonsense', '2025-06')).toBe('month');
  });

  it('takes the last 12 values for the sparkline', () => {
    const values = Array.from({ length: 20 }, (_, i) => i);
    expect(lastPeriods(values, 15)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(lastPeriods(values, 2)).toEqual([0, 1, 2]);
  });
});

describe('sections', () => {
  it('places every id once, unknown ones in Inputs', () => {
    const ids = [
      'mrr',
      'nrr',
      'feature_adoption:login',
      'custom:tickets',
      'churned_mrr',
      'current_ratio',
      'leads',
    ];
    const s = sectionIds(ids);
    expect(s.revenue).toEqual(['mrr']);
    expect(s.retention).toEqual(['nrr']);
    expect(s.engagement).toEqual(['feature_adoption:login']);
    expect(s.custom).toEqual(['custom:tickets']);
    expect(s.financial).toEqual(['current_ratio']);
    expect(s.acquisition).toEqual(['leads']);
    expect(s.inputs).toEqual(['churned_mrr']);
    expect(Object.values(s).flat().sort()).toEqual([...ids].sort());
  });
});

describe('changes and reasons', () => {
  it('judges a change by the KPI’s good direction', () => {
    expect(changeOf('customer_churn_rate', 2, 3)?.trend).toBe('better');
    expect(changeOf('customer_churn_rate', 4, 3)?.trend).toBe('worse');
    expect(changeOf('mrr', 110, 100)).toEqual({ delta: 10, relative: 10, trend: 'better' });
    expect(changeOf('customer_churn_rate', 4, 3)?.relative).toBeNull();
    expect(changeOf('sales_cost', 4, 3)?.trend).toBe('neutral');
    expect(changeOf('mrr', 1, null)).toBeNull();
  });

  it('explains a null value by its missing or zero input', () => {
    const ctx = { activationEvent: 'x', segmented: false };
    expect(nullReason('customer_churn_rate', { churned_customers: 0, customers_prev: 0 }, ctx)).toEqual({
      type: 'zero',
      input: 'customers_prev',
    });
    expect(nullReason('cac', { acquisition_cost: null, new_customers: 3 }, ctx)).toEqual({
      type: 'missing',
      input: 'acquisition_cost',
    });
    expect(nullReason('activation_rate', null, { activationEvent: '', segmented: false })).toEqual({
      type: 'activation',
    });
    expect(
      nullReason('cac', { acquisition_cost: 1, new_customers: 3 }, { activationEvent: '', segmented: true }),
    ).toEqual({ type: 'segment' });
    expect(nullReason('revenue', null, ctx)).toEqual({ type: 'no-data' });
  });

  it('takes the currency from the setting, then the subscriptions, then USD', () => {
    expect(currencyOf('eur', [])).toBe('EUR');
    expect(currencyOf(null, [{ kind: 'subscriptions', currencies: ['pln'] }])).toBe('PLN');
    expect(currencyOf(undefined, [{ kind: 'leads', currencies: [] }])).toBe('USD');
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and leaves null cells empty', () => {
    expect(
      toCsv([
        ['kpi', '2025-01'],
        ['custom:a,"b"', null],
        ['mrr', 1.5],
      ]),
    ).toBe('kpi,2025-01\r\n"custom:a,""b""",\r\nmrr,1.5\r\n');
  });

  it('builds a one-row balance sheet from the filled fields', () => {
    expect(
      balanceSheetCsv('2025-06-30', { current_assets: 500000, current_liabilities: 200000.5, cash: null }),
    ).toBe('period_end,current_assets,current_liabilities\r\n2025-06-30,500000,200000.5\r\n');
  });

  it('reads typed amounts and dates strictly', () => {
    expect(parseAmount(' 12 500,50 ', 'pl')).toBe(12500.5);
    expect(parseAmount('1.234.567', 'id')).toBe(1234567);
    expect(parseAmount('1 234,56', 'id')).toBe(1234.56);
    expect(parseAmount('15.800', 'id')).toBe(15800);
    expect(parseAmount('15.800', 'en')).toBe(15.8);
    expect(parseAmount('-300', 'en')).toBe(-300);
    expect(parseAmount('−7.25', 'en')).toBe(-7.25);
    expect(parseAmount('', 'en')).toBeNull();
    expect(parseAmount('12a', 'en')).toBeUndefined();
    expect(parseAmount('1.234.5', 'en')).toBeUndefined();
    expect(validDate('2025-02-30')).toBeNull();
    expect(validDate('2025-06-30')).toBe('2025-06-30');
  });
});

describe('the arithmetic a card shows', () => {
  it('writes the mean churn precisely enough that ARPA ÷ it gives the LTV shown, to the cent', () => {
    // LTV = ARPA × margin / c̄ (metrics.md §5): 125.40 / 0.0351123 = 3,571.40.
    const arpa = 125.4;
    const mean = 0.0351123;
    const shown = formatInput('mean_churn', mean, 'USD', 'en');
    const read = Number(shown.replace('%', '')) / 100;
    expect(Math.abs(arpa / read - arpa / mean)).toBeLessThan(0.05);
  });
});
