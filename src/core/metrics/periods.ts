// Quarters and years (metrics.md §15): built from the months, never by averaging a rate.
import type { MetricSettings, WorkspaceData } from '../workspace-data.ts';
import { kpiInfo } from './catalogue.ts';
import { computeOnRange, recordFamilies, type ComputeOptions } from './engine.ts';
import { mergeFamilies } from './precedence.ts';
import { workspaceRange } from './range.ts';
import { monthStart, spansOf, type MonthRange } from './time.ts';
import { noMonths, ratio, type Inputs, type Value, type WorkspaceMetrics } from './types.ts';

/** The periods KPIs are shown by: months as computed, quarters and years built from them (§15). */
export type Granularity = 'month' | 'quarter' | 'year';
/** The granularities built from months. */
export type PeriodGrain = Exclude<Granularity, 'month'>;

/** `YYYY-Qn` or `YYYY` of a month serial. */
export function periodKey(serial: number, granularity: PeriodGrain): string {
  const year = Math.floor(serial / 12);
  return granularity === 'year' ? String(year) : `${year}-Q${Math.floor((serial - year * 12) / 3) + 1}`;
}

/** Month indices [from, to] of each period that meets the range; edge periods keep only their months in range. */
export interface Period {
  key: string;
  from: number;
  to: number;
}

export function periodsOf(range: MonthRange, granularity: PeriodGrain): Period[] {
  const out: Period[] = [];
  for (let i = 0; i < range.count; i++) {
    const key = periodKey(range.first + i, granularity);
    if (out.length && out[out.length - 1].key === key) out[out.length - 1].to = i;
    else out.push({ key, from: i, to: i });
  }
  return out;
}

type Lookup = (id: string) => Value[] | undefined;

/** Σ over the period, nulls skipped; null when every month is null or the id is absent. */
function sum(values: Value[] | undefined, p: Period): Value {
  if (!values) return null;
  let total: Value = null;
  for (let i = p.from; i <= p.to; i++) if (values[i] !== null) total = (total ?? 0) + values[i]!;
  return total;
}

const before = (values: Value[] | undefined, p: Period): Value =>
  values && p.from > 0 ? values[p.from - 1] : null;
const add = (...xs: Value[]): Value =>
  xs.every((x) => x === null) ? null : xs.reduce<number>((a, x) => a + (x ?? 0), 0);

type RateFn = (v: Lookup, p: Period, ctx: RateContext) => [Value, Inputs];
interface RateContext {
  grossMargin: number;
  segmented: boolean;
  cac: (p: Period) => [Value, Inputs];
}

function movement(v: Lookup, p: Period) {
  return {
    new_mrr: sum(v('new_mrr'), p),
    reactivation_mrr: sum(v('reactivation_mrr'), p),
    expansion_mrr: sum(v('expansion_mrr'), p),
    contraction_mrr: sum(v('contraction_mrr'), p),
    churned_mrr: sum(v('churned_mrr'), p),
    mrr_prev: before(v('mrr'), p),
  };
}

const neg = (x: Value): Value => (x === null ? null : -x);

const RATES: Record<string, RateFn> = {
  customer_churn_rate: (v, p) => {
    const inputs = {
      churned_customers: sum(v('churned_customers'), p),
      customers_prev: before(v('customers'), p),
    };
    return [ratio(inputs.churned_customers, inputs.customers_prev, 100), inputs];
  },
  gross_mrr_churn_rate: (v, p) => {
    const m = movement(v, p);
    return [ratio(add(m.churned_mrr, m.contraction_mrr), m.mrr_prev, 100), m];
  },
  net_mrr_churn_rate: (v, p) => {
    const m = movement(v, p);
    const lost = add(m.churned_mrr, m.contraction_mrr, neg(m.expansion_mrr), neg(m.reactivation_mrr));
    return [ratio(lost, m.mrr_prev, 100), m];
  },
  nrr: (v, p) => {
    const m = movement(v, p);
    return [
      ratio(add(m.mrr_prev, m.expansion_mrr, neg(m.contraction_mrr), neg(m.churned_mrr)), m.mrr_prev, 100),
      m,
    ];
  },
  grr: (v, p) => {
    const m = movement(v, p);
    return [ratio(add(m.mrr_prev, neg(m.contraction_mrr), neg(m.churned_mrr)), m.mrr_prev, 100), m];
  },
  crr: (v, p) => {
    const inputs = {
      customers: v('customers')?.[p.to] ?? null,
      new_customers: sum(v('new_customers'), p),
      reactivated_customers: sum(v('reactivated_customers'), p),
      customers_prev: before(v('customers'), p),
    };
    const kept =
      inputs.customers === null
        ? null
        : add(inputs.customers, neg(inputs.new_customers), neg(inputs.reactivated_customers));
    return [ratio(kept, inputs.customers_prev, 100), inputs];
  },
  saas_quick_ratio: (v, p) => {
    const m = movement(v, p);
    return [ratio(add(m.new_mrr, m.expansion_mrr), add(m.churned_mrr, m.contraction_mrr)), m];
  },
  cac: (_v, p, ctx) => ctx.cac(p),
  cac_payback_months: (v, p, ctx) => {
    const [cac] = ctx.cac(p);
    const inputs = {
      cac,
      new_mrr: sum(v('new_mrr'), p),
      new_customers: sum(v('new_customers'), p),
      gross_margin: ctx.grossMargin,
    };
    const perCustomer = ratio(inputs.new_mrr, inputs.new_customers);
    return [ratio(cac, perCustomer === null ? null : perCustomer * ctx.grossMargin), inputs];
  },
  ltv_cac: (v, p, ctx) => {
    const inputs = { ltv: v('ltv')?.[p.to] ?? null, cac: ctx.cac(p)[0] };
    return [ratio(inputs.ltv, inputs.cac), inputs];
  },
  visitor_conversion_rate: (v, p) => {
    const inputs = { conversions: sum(v('conversions'), p), visitors: sum(v('visitors'), p) };
    return [ratio(inputs.conversions, inputs.visitors, 100), inputs];
  },
};

export function computePeriods(
  data: WorkspaceData,
  settings: MetricSettings,
  granularity: PeriodGrain,
  opts: ComputeOptions = {},
  /** The months of the same data, settings and segment, when already computed. */
  months?: WorkspaceMetrics,
): WorkspaceMetrics {
  const { range, inProgress } = workspaceRange(data);
  if (!range) return noMonths(Boolean(data.subscriptions), inProgress);
  const monthly = months ?? computeOnRange(data, settings, range, opts);
  const periods = periodsOf(range, granularity);
  const bounds = periods.map((p) => monthStart(range.first + p.from));
  bounds.push(monthStart(range.first + range.count));
  const recomputed = mergeFamilies(recordFamilies(data, settings, spansOf(bounds)));
  const v: Lookup = (id) => monthly.values[id];
  const segmented = Object.keys(opts.segment ?? {}).length > 0;
  const ctx: RateContext = {
    grossMargin: settings.gross_margin,
    segmented,
    cac: (p) => {
      // Acquisition cost of the covered months only (§14.6), as each month's CAC recorded it.
      const costs = monthly.inputs.cac?.slice(p.from, p.to + 1).map((x) => x?.acquisition_cost ?? null) ?? [];
      const inputs = { acquisition_cost: add(...costs), new_customers: sum(v('new_customers'), p) };
      const nulled = segmented && monthly.sources.cac === 'subscriptions';
      return [nulled ? null : ratio(inputs.acquisition_cost, inputs.new_customers), inputs];
    },
  };

  const values: Record<string, Value[]> = {};
  const inputs: Record<string, Inputs[]> = {};
  for (const [id, series] of Object.entries(monthly.values)) {
    const kind = kpiInfo(id)?.period ?? 'stock';
    const out = periods.map((p, k): [Value, Inputs] => {
      switch (kind) {
        case 'stock':
          return [series[p.to], { month_index: p.to }];
        case 'flow':
          return [sum(series, p), null];
        case 'monthly_average': {
          const defined = series.slice(p.from, p.to + 1).filter((x): x is number => x !== null);
          const mean = defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
          return [mean, { months: defined.length }];
        }
        case 'cohort_rate':
        case 'mean_of_days': {
          // Recomputed over the period's records; a sheet value (e.g. a monthly NPS) cannot be.
          const fromRecords = recomputed.sources[id] === monthly.sources[id];
          return fromRecords ? [recomputed.values[id][k], recomputed.inputs[id][k]] : [null, null];
        }
        case 'ratio':
          return arpuOf(monthly.inputs.arpu, v, p);
        case 'rate':
          return RATES[id] ? RATES[id](v, p, ctx) : [series[p.to], null];
      }
    });
    values[id] = out.map((x) => x[0]);
    inputs[id] = out.map((x) => x[1]);
  }
  return {
    months: periods.map((p) => p.key),
    values,
    sources: monthly.sources,
    inputs,
    cohorts: monthly.cohorts,
    inProgress,
  };
}

/** §15: Σrevenue / users(last(P)) ÷ number of months, i.e. the monthly ARPU of the period. */
function arpuOf(monthlyInputs: Inputs[] | undefined, v: Lookup, p: Period): [Value, Inputs] {
  const last = monthlyInputs?.[p.to] ?? null;
  const baseName = last && 'users' in last ? 'users' : 'customers';
  const base = last ? last[baseName] : null;
  const revenue = sum(v('revenue'), p);
  const months = p.to - p.from + 1;
  const perMonth = ratio(revenue, base);
  return [perMonth === null ? null : perMonth / months, { revenue, [baseName]: base, months }];
}
