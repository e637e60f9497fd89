// Sales and marketing costs by month (metrics.md §5, §14.3, §14.6, §14.11).
import type { DatasetKind } from '../datasets/kinds.ts';
import type { WorkspaceData } from '../workspace-data.ts';
import { dictFlags, numbers, text } from './columns.ts';
import { monthSerialOf, type MonthRange } from './time.ts';
import type { Value } from './types.ts';

export interface CostLayer {
  source: DatasetKind;
  /** The `sales_cost` / `marketing_cost` ids: null in months where the file has no row (§14.11). */
  sales: Value[];
  marketing: Value[];
  /** §14.6: a sales or marketing row, or a non-empty cost cell, falls in the month. */
  covered: Uint8Array;
  /** Which of the two ids the source carries (a sheet may have only one cost column). */
  has: { sales: boolean; marketing: boolean };
}

const SALES = /^(sales|penjualan|sprzedaż)$/i;
const MARKETING = /^(marketing|pemasaran|ads|advertising|iklan|reklama)$/i;

/** The costs dataset counts as raw and wins over the sheet's cost columns (§14.3). */
export function costLayer(data: WorkspaceData, range: MonthRange): CostLayer | null {
  return fromCosts(data, range) ?? fromSheet(data, range);
}

function fromCosts(data: WorkspaceData, range: MonthRange): CostLayer | null {
  const frame = data.costs;
  if (!frame) return null;
  const n = range.count;
  const month = numbers(frame, 'month');
  const amount = numbers(frame, 'amount');
  const category = text(frame, 'category');
  const sales = new Array<Value>(n).fill(null);
  const marketing = new Array<Value>(n).fill(null);
  const covered = new Uint8Array(n);
  const isSales = category ? dictFlags(category, (s) => SALES.test(s.trim())) : null;
  const isMarketing = category ? dictFlags(category, (s) => MARKETING.test(s.trim())) : null;
  for (let r = 0; month && r < frame.rows; r++) {
    const t = month[r];
    if (t !== t) continue;
    const i = monthSerialOf(t) - range.first;
    if (i < 0 || i >= n) continue;
    sales[i] ??= 0;
    marketing[i] ??= 0;
    const code = category ? category.codes[r] : -1;
    const a = amount && amount[r] === amount[r] ? amount[r] : 0;
    if (code >= 0 && isSales![code]) {
      sales[i]! += a;
      covered[i] = 1;
    } else if (code >= 0 && isMarketing![code]) {
      marketing[i]! += a;
      covered[i] = 1;
    }
  }
  return { source: 'costs', sales, marketing, covered, has: { sales: true, marketing: true } };
}

function fromSheet(data: WorkspaceData, range: MonthRange): CostLayer | null {
  const frame = data.monthly_sheet;
  if (!frame) return null;
  const month = numbers(frame, 'month');
  const salesCol = numbers(frame, 'sales_cost');
  const marketingCol = numbers(frame, 'marketing_cost');
  if (!month || (!salesCol && !marketingCol)) return null;
  const n = range.count;
  const sales = new Array<Value>(n).fill(null);
  const marketing = new Array<Value>(n).fill(null);
  const covered = new Uint8Array(n);
  for (let r = 0; r < frame.rows; r++) {
    const i = monthSerialOf(month[r]) - range.first;
    if (month[r] !== month[r] || i < 0 || i >= n) continue;
    const s = salesCol ? salesCol[r] : NaN;
    const m = marketingCol ? marketingCol[r] : NaN;
    sales[i] = s === s ? s : null;
    marketing[i] = m === m ? m : null;
    if (s === s || m === m) covered[i] = 1;
  }
  return {
    source: 'monthly_sheet',
    sales,
    marketing,
    covered,
    has: { sales: salesCol !== null, marketing: marketingCol !== null },
  };
}

/** Sales + marketing of month i for CAC, a missing category counting as 0; null when not covered. */
export function acquisitionCost(layer: CostLayer | null, i: number): Value {
  if (!layer || !layer.covered[i]) return null;
  return (layer.sales[i] ?? 0) + (layer.marketing[i] ?? 0);
}
