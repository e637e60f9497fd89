// Subscription KPIs per month (metrics.md §2–§5): MRR, movements, counts, rates, LTV and CAC.
import type { Frame } from '../datasets/frame.ts';
import type { MetricSettings } from '../workspace-data.ts';
import { acquisitionCost, type CostLayer } from './costs.ts';
import { livePeriods } from './segment-periods.ts';
import { mrrBreakdown, mrrInputs } from './mrr-breakdown.ts';
import { movementSeries, type MovementSeries } from './movements.ts';
import { ltvSeries } from './ltv.ts';
import { cohortsOf } from './cohorts.ts';
import type { MonthRange } from './time.ts';
import { plainSeries, ratio, seriesOf, type CohortRow, type Family, type Value } from './types.ts';

export interface SubscriptionResult {
  family: Family;
  cohorts: Record<string, CohortRow>;
  series: MovementSeries;
}

export function subscriptionMetrics(
  frame: Frame,
  settings: MetricSettings,
  range: MonthRange,
  costs: CostLayer | null,
  segment?: Record<string, string[]>,
): SubscriptionResult {
  const n = range.count;
  const live = livePeriods(frame, settings, range, segment);
  const s = movementSeries(live, n);
  const breakdown = mrrBreakdown(frame, live, n);
  const fam: Family = new Map();
  const prev = (a: Float64Array, i: number): number => (i > 0 ? a[i - 1] : 0);
  fam.set(
    'mrr',
    seriesOf(n, (i) => [s.mrr[i], mrrInputs(breakdown, i)]),
  );
  fam.set(
    'arr',
    seriesOf(n, (i) => [12 * s.mrr[i], { mrr: s.mrr[i] }]),
  );
  // KPIs that are a month's sum as it is, with no inputs to show.
  const plain = (ids: Record<string, Float64Array>) => {
    for (const [id, values] of Object.entries(ids)) fam.set(id, plainSeries(values));
  };
  plain({
    new_mrr: s.newMrr,
    reactivation_mrr: s.reactivationMrr,
    expansion_mrr: s.expansionMrr,
    contraction_mrr: s.contractionMrr,
    churned_mrr: s.churnedMrr,
  });
  fam.set(
    'net_new_mrr',
    seriesOf(n, (i) => {
      const v =
        s.newMrr[i] + s.reactivationMrr[i] + s.expansionMrr[i] - s.contractionMrr[i] - s.churnedMrr[i];
      return [v, movementInputs(s, i)];
    }),
  );
  plain({
    customers: s.customers,
    new_customers: s.newCustomers,
    reactivated_customers: s.reactivatedCustomers,
    churned_customers: s.churnedCustomers,
  });
  fam.set(
    'customer_churn_rate',
    seriesOf(n, (i) => {
      const inputs = { churned_customers: s.churnedCustomers[i], customers_prev: prev(s.customers, i) };
      return [ratio(inputs.churned_customers, inputs.customers_prev, 100), inputs];
    }),
  );
  const overPrevMrr = (id: string, num: (i: number) => number) =>
    fam.set(
      id,
      seriesOf(n, (i) => [
        ratio(num(i), prev(s.mrr, i), 100),
        { ...movementInputs(s, i), mrr_prev: prev(s.mrr, i) },
      ]),
    );
  overPrevMrr('gross_mrr_churn_rate', (i) => s.churnedMrr[i] + s.contractionMrr[i]);
  overPrevMrr(
    'net_mrr_churn_rate',
    (i) => s.churnedMrr[i] + s.contractionMrr[i] - s.expansionMrr[i] - s.reactivationMrr[i],
  );
  overPrevMrr('nrr', (i) => prev(s.mrr, i) + s.expansionMrr[i] - s.contractionMrr[i] - s.churnedMrr[i]);
  overPrevMrr('grr', (i) => prev(s.mrr, i) - s.contractionMrr[i] - s.churnedMrr[i]);
  fam.set(
    'crr',
    seriesOf(n, (i) => {
      const inputs = {
        customers: s.customers[i],
        new_customers: s.newCustomers[i],
        reactivated_customers: s.reactivatedCustomers[i],
        customers_prev: prev(s.customers, i),
      };
      const kept = inputs.customers - inputs.new_customers - inputs.reactivated_customers;
      return [ratio(kept, inputs.customers_prev, 100), inputs];
    }),
  );
  const arpa = seriesOf(n, (i) => [
    ratio(s.mrr[i], s.customers[i]),
    { mrr: s.mrr[i], customers: s.customers[i] },
  ]);
  fam.set('arpa', arpa);
  fam.set(
    'saas_quick_ratio',
    seriesOf(n, (i) => [
      ratio(s.newMrr[i] + s.expansionMrr[i], s.churnedMrr[i] + s.contractionMrr[i]),
      movementInputs(s, i),
    ]),
  );
  const ltv = ltvSeries(arpa.values, fam.get('customer_churn_rate')!.values, settings.gross_margin, 'arpa');
  fam.set('ltv', ltv);
  if (costs) addAcquisition(fam, s, costs, ltv.values, settings, segment !== undefined && hasFields(segment));
  return { family: fam, cohorts: cohortsOf(s, range), series: s };
}

function hasFields(segment: Record<string, string[]>): boolean {
  return Object.keys(segment).length > 0;
}

function movementInputs(s: MovementSeries, i: number): Record<string, number> {
  return {
    new_mrr: s.newMrr[i],
    reactivation_mrr: s.reactivationMrr[i],
    expansion_mrr: s.expansionMrr[i],
    contraction_mrr: s.contractionMrr[i],
    churned_mrr: s.churnedMrr[i],
  };
}

/** CAC family (§5, §14.7); costs are not attributable to plans, so a segment nulls them (§14.12). */
function addAcquisition(
  fam: Family,
  s: MovementSeries,
  costs: CostLayer,
  ltv: Value[],
  settings: MetricSettings,
  segmented: boolean,
): void {
  const n = s.mrr.length;
  const cac = seriesOf(n, (i) => {
    const cost = acquisitionCost(costs, i);
    const inputs = { acquisition_cost: cost, new_customers: s.newCustomers[i] };
    return [segmented ? null : ratio(cost, s.newCustomers[i]), inputs];
  });
  fam.set('cac', cac);
  fam.set(
    'ltv_cac',
    seriesOf(n, (i) => [ratio(ltv[i], cac.values[i]), { ltv: ltv[i], cac: cac.values[i] }]),
  );
  fam.set(
    'cac_payback_months',
    seriesOf(n, (i) => {
      const perCustomer = ratio(s.newMrr[i], s.newCustomers[i]);
      const inputs = {
        cac: cac.values[i],
        new_mrr: s.newMrr[i],
        new_customers: s.newCustomers[i],
        gross_margin: settings.gross_margin,
      };
      return [
        ratio(cac.values[i], perCustomer === null ? null : perCustomer * settings.gross_margin),
        inputs,
      ];
    }),
  );
}
