// Balance-sheet ratios (metrics.md §10, §14.9): each ratio belongs to the month of its period_end.
import type { Frame } from '../datasets/frame.ts';
import { numbers } from './columns.ts';
import { monthSerialOf, type MonthRange } from './time.ts';
import { ratio, seriesOf, type Family, type Inputs, type Value } from './types.ts';

type Row = (name: string) => Value;

const RATIOS: Record<string, (get: Row) => [Value, Inputs]> = {
  current_ratio: (get) => {
    const inputs = { current_assets: get('current_assets'), current_liabilities: get('current_liabilities') };
    return [ratio(inputs.current_assets, inputs.current_liabilities), inputs];
  },
  quick_ratio: (get) => {
    const cash = get('cash');
    const liabilities = get('current_liabilities');
    // §10: with cash present, a missing securities or receivables value counts as 0. The inputs
    // keep it null, so the arithmetic shown says which parts were missing.
    if (cash !== null) {
      const ms = get('marketable_securities');
      const ar = get('accounts_receivable');
      const quick = cash + (ms ?? 0) + (ar ?? 0);
      const inputs = {
        cash,
        marketable_securities: ms,
        accounts_receivable: ar,
        current_liabilities: liabilities,
      };
      return [ratio(quick, liabilities), inputs];
    }
    // Without cash the quick assets are what is left of current assets once stock is set aside.
    const assets = get('current_assets');
    const inventory = get('inventory');
    const inputs = { current_assets: assets, inventory, current_liabilities: liabilities };
    return [ratio(assets === null ? null : assets - (inventory ?? 0), liabilities), inputs];
  },
  debt_to_equity: (get) => {
    const liabilities = get('total_liabilities');
    const debt = liabilities ?? get('total_debt');
    const name = liabilities !== null ? 'total_liabilities' : 'total_debt';
    const inputs = { [name]: debt, total_equity: get('total_equity') };
    return [ratio(debt, inputs.total_equity), inputs];
  },
  equity_ratio: (get) => {
    const inputs = { total_equity: get('total_equity'), total_assets: get('total_assets') };
    return [ratio(inputs.total_equity, inputs.total_assets), inputs];
  },
  interest_coverage: (get) => {
    const inputs = { ebit: get('ebit'), interest_expense: get('interest_expense') };
    return [ratio(inputs.ebit, inputs.interest_expense), inputs];
  },
};

export const BALANCE_SHEET_IDS = Object.keys(RATIOS);

export function balanceSheetMetrics(frame: Frame, range: MonthRange): Family {
  const n = range.count;
  const periodEnd = numbers(frame, 'period_end');
  // §14.9: of two rows in one month, the latest period_end is used (ties: the later row).
  const rowOf = new Int32Array(n).fill(-1);
  for (let r = 0; periodEnd && r < frame.rows; r++) {
    const t = periodEnd[r];
    const i = monthSerialOf(t) - range.first;
    if (t !== t || i < 0 || i >= n) continue;
    if (rowOf[i] < 0 || periodEnd[rowOf[i]] <= t) rowOf[i] = r;
  }
  const fam: Family = new Map();
  for (const [id, f] of Object.entries(RATIOS)) {
    fam.set(
      id,
      seriesOf(n, (i) => {
        const r = rowOf[i];
        if (r < 0) return [null, null];
        return f((name) => {
          const v = numbers(frame, name)?.[r] ?? NaN;
          return v === v ? v : null;
        });
      }),
    );
  }
  return fam;
}
