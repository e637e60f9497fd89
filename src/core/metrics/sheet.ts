// Monthly sheet (metrics.md §9): pass-through columns, the KPIs derived from them, custom:<header>.
import type { Frame } from '../datasets/frame.ts';
import { FIELD_TYPES } from '../datasets/kinds.ts';
import type { MetricSettings } from '../workspace-data.ts';
import { acquisitionCost, type CostLayer } from './costs.ts';
import { ltvSeries } from './ltv.ts';
import { numbers } from './columns.ts';
import { monthSerialOf, type MonthRange } from './time.ts';
import { ratio, seriesOf, type Family, type Value } from './types.ts';

/** Known columns that are KPI ids of their own (the cost columns go through the cost layer). */
const PASS_THROUGH = [
  'mrr',
  'revenue',
  'customers',
  'new_customers',
  'churned_customers',
  'users',
  'visitors',
];
const KNOWN = new Set(Object.keys(FIELD_TYPES.monthly_sheet));

/** Row of the sheet for each month of the range (−1 when the sheet has none: §14.11 → null). */
function rowsByMonth(frame: Frame, range: MonthRange): Int32Array {
  const rows = new Int32Array(range.count).fill(-1);
  const month = numbers(frame, 'month');
  for (let r = 0; month && r < frame.rows; r++) {
    const i = monthSerialOf(month[r]) - range.first;
    if (month[r] === month[r] && i >= 0 && i < range.count) rows[i] = r;
  }
  return rows;
}

export function sheetMetrics(
  frame: Frame,
  range: MonthRange,
  costs: CostLayer | null,
  settings: MetricSettings,
): Family {
  const n = range.count;
  const rowOf = rowsByMonth(frame, range);
  const col = (name: string): Value[] | null => {
    const values = numbers(frame, name);
    if (!values || name === 'month') return null;
    return Array.from({ length: n }, (_, i) => {
      const v = rowOf[i] < 0 ? NaN : values[rowOf[i]];
      return v === v ? v : null;
    });
  };
  const fam: Family = new Map();
  const pass = (id: string, values: Value[]) =>
    fam.set(
      id,
      seriesOf(n, (i) => [values[i], null]),
    );
  const c: Record<string, Value[] | null> = {};
  for (const name of [...PASS_THROUGH, 'conversions', 'nps']) {
    c[name] = col(name);
    if (c[name]) pass(name, c[name]);
  }
  const prev = (v: Value[], i: number): Value => (i > 0 ? v[i - 1] : null);

  if (c.mrr)
    fam.set(
      'arr',
      seriesOf(n, (i) => [c.mrr![i] === null ? null : 12 * c.mrr![i]!, { mrr: c.mrr![i] }]),
    );
  const customers = c.customers;
  if (customers && c.churned_customers) {
    const churned = c.churned_customers;
    fam.set(
      'customer_churn_rate',
      seriesOf(n, (i) => [
        ratio(churned[i], prev(customers, i), 100),
        { churned_customers: churned[i], customers_prev: prev(customers, i) },
      ]),
    );
  }
  if (customers && c.new_customers) {
    const added = c.new_customers;
    fam.set(
      'crr',
      seriesOf(n, (i) => {
        const kept = customers[i] === null || added[i] === null ? null : customers[i]! - added[i]!;
        return [
          ratio(kept, prev(customers, i), 100),
          { customers: customers[i], new_customers: added[i], customers_prev: prev(customers, i) },
        ];
      }),
    );
  }
  const base = c.users ?? customers;
  if (c.revenue && base) {
    const revenue = c.revenue;
    const baseName = c.users ? 'users' : 'customers';
    fam.set(
      'arpu',
      seriesOf(n, (i) => [ratio(revenue[i], base[i]), { revenue: revenue[i], [baseName]: base[i] }]),
    );
  }
  if (c.visitors && c.conversions) {
    const { visitors, conversions } = c;
    fam.set(
      'visitor_conversion_rate',
      seriesOf(n, (i) => [
        ratio(conversions[i], visitors[i], 100),
        { conversions: conversions[i], visitors: visitors[i] },
      ]),
    );
  }
  const arpu = fam.get('arpu');
  const churnRate = fam.get('customer_churn_rate');
  if (arpu && churnRate)
    fam.set('ltv', ltvSeries(arpu.values, churnRate.values, settings.gross_margin, 'arpu'));
  if (costs && c.new_customers) {
    const added = c.new_customers;
    const cac = seriesOf(n, (i) => {
      const cost = acquisitionCost(costs, i);
      return [ratio(cost, added[i]), { acquisition_cost: cost, new_customers: added[i] }];
    });
    fam.set('cac', cac);
    const ltv = fam.get('ltv');
    if (ltv) {
      fam.set(
        'ltv_cac',
        seriesOf(n, (i) => [ratio(ltv.values[i], cac.values[i]), { ltv: ltv.values[i], cac: cac.values[i] }]),
      );
    }
  }
  for (const [name, column] of frame.columns) {
    if (KNOWN.has(name) || column.type !== 'number') continue;
    pass(`custom:${name}`, col(name)!);
  }
  return fam;
}
