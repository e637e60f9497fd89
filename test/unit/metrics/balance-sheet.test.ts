// metrics.md §10, §14.9.
import { describe, expect, it } from 'vitest';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { frame, settings } from './frames.ts';

const F = {
  period_end: 'time',
  current_assets: 'number',
  current_liabilities: 'number',
  cash: 'number',
  marketable_securities: 'number',
  accounts_receivable: 'number',
  inventory: 'number',
  total_assets: 'number',
  total_liabilities: 'number',
  total_debt: 'number',
  total_equity: 'number',
  ebit: 'number',
  interest_expense: 'number',
} as const;

describe('balance sheet (§10)', () => {
  const full = {
    current_assets: 300,
    current_liabilities: 100,
    cash: 50,
    marketable_securities: 20,
    accounts_receivable: 30,
    inventory: 40,
    total_assets: 1000,
    total_liabilities: 600,
    total_equity: 400,
    ebit: 90,
    interest_expense: 30,
  };

  it('computes the five ratios in the month of period_end; the latest period_end in a month wins (§14.9)', () => {
    const r = computeWorkspace(
      {
        balance_sheet: frame(F, [
          { period_end: '2024-03-31', ...full },
          { period_end: '2024-03-15', ...full, current_assets: 1 },
          { period_end: '2024-05-31', ...full, total_equity: -200, interest_expense: 0 },
        ]),
      },
      settings(),
    );
    expect(r.months).toEqual(['2024-03', '2024-04', '2024-05']);
    expect(r.values.current_ratio).toEqual([3, null, 3]);
    expect(r.values.quick_ratio).toEqual([1, null, 1]);
    expect(r.values.debt_to_equity).toEqual([1.5, null, -3]);
    expect(r.values.equity_ratio).toEqual([0.4, null, -0.2]);
    expect(r.values.interest_coverage).toEqual([3, null, null]);
  });

  it('quick ratio without cash: (current assets − inventory) / current liabilities, inventory 0 when missing', () => {
    const r = computeWorkspace(
      {
        balance_sheet: frame(F, [
          { period_end: '2024-01-31', current_assets: 300, current_liabilities: 100, inventory: 40 },
          { period_end: '2024-02-29', current_assets: 300, current_liabilities: 100 },
        ]),
      },
      settings(),
    );
    expect(r.values.quick_ratio).toEqual([2.6, 3]);
  });

  it('quick ratio with cash: missing securities or receivables count as 0, and the inputs say so', () => {
    const r = computeWorkspace(
      {
        balance_sheet: frame(F, [
          // (50 + 0 + 30) / 100 = 0.8
          { period_end: '2024-01-31', cash: 50, accounts_receivable: 30, current_liabilities: 100 },
          // (50 + 20 + 0) / 200 = 0.35
          { period_end: '2024-02-29', cash: 50, marketable_securities: 20, current_liabilities: 200 },
          // 60 / 40 = 1.5, both parts missing; current assets and inventory play no part
          { period_end: '2024-03-31', cash: 60, current_liabilities: 40, current_assets: 500, inventory: 10 },
          // cash present but no liabilities: no ratio
          { period_end: '2024-04-30', cash: 60 },
        ]),
      },
      settings(),
    );
    expect(r.values.quick_ratio).toEqual([0.8, 0.35, 1.5, null]);
    expect(r.inputs.quick_ratio[0]).toEqual({
      cash: 50,
      marketable_securities: null,
      accounts_receivable: 30,
      current_liabilities: 100,
    });
    expect(r.inputs.quick_ratio[2]).toMatchObject({ marketable_securities: null, accounts_receivable: null });
  });

  it('quick ratio without cash keeps a missing inventory visible in its inputs', () => {
    const r = computeWorkspace(
      {
        balance_sheet: frame(F, [
          { period_end: '2024-02-29', current_assets: 300, current_liabilities: 100 },
        ]),
      },
      settings(),
    );
    expect(r.values.quick_ratio).toEqual([3]);
    expect(r.inputs.quick_ratio[0]).toEqual({
      current_assets: 300,
      inventory: null,
      current_liabilities: 100,
    });
  });

  it('debt_to_equity uses total_debt when total_liabilities is absent; a missing input is null', () => {
    const r = computeWorkspace(
      { balance_sheet: frame(F, [{ period_end: '2024-01-31', total_debt: 50, total_equity: 100 }]) },
      settings(),
    );
    expect(r.values.debt_to_equity).toEqual([0.5]);
    expect(r.values.current_ratio).toEqual([null]);
    expect(r.values.equity_ratio).toEqual([null]);
  });
});
