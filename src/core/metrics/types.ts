// Shapes shared by the metric families.
import type { DatasetKind } from '../datasets/kinds.ts';

export type Value = number | null;
/** The named inputs that produced one value, e.g. {churned_customers: 12, customers_prev: 400}. */
export type Inputs = Record<string, number | null> | null;

export interface Series {
  values: Value[];
  inputs: Inputs[];
}

/** One family's output: KPI id → series over the buckets it was asked for. */
export type Family = Map<string, Series>;

export interface CohortRow {
  size: number;
  mrr: number;
  logo: number[];
  revenue: number[];
}

export interface WorkspaceMetrics {
  /** `YYYY-MM` per month, or `YYYY-Qn` / `YYYY` for periods. */
  months: string[];
  values: Record<string, Value[]>;
  sources: Record<string, DatasetKind>;
  inputs: Record<string, Inputs[]>;
  cohorts: Record<string, CohortRow> | null;
  inProgress: boolean;
}

/** The metrics of a workspace with no month of data: nothing, and no cohorts when it has subscriptions. */
export function noMonths(hasSubscriptions: boolean, inProgress: boolean): WorkspaceMetrics {
  return {
    months: [],
    values: {},
    sources: {},
    inputs: {},
    cohorts: hasSubscriptions ? {} : null,
    inProgress,
  };
}

export function emptySeries(n: number): Series {
  return { values: new Array<Value>(n).fill(null), inputs: new Array<Inputs>(n).fill(null) };
}

/** Amounts closer than this are equal (§3): float noise is neither a movement nor a denominator. */
export const EPS = 1e-9;

/**
 * num / den × scale, or null when the denominator is 0 or an input is missing (§4). A denominator
 * within EPS of 0 is 0: `0.1 + 0.2 − 0.3` of MRR last month is no MRR, and dividing by it would
 * print a rate for a month the rules say has none. Scaled before dividing: counts give one rounding
 * (7 of 100 customers is 7 %, where 7 / 100 × 100 is 7.000000000000001).
 */
export function ratio(num: Value, den: Value, scale = 1): Value {
  if (num === null || den === null || Math.abs(den) < EPS || !Number.isFinite(num) || !Number.isFinite(den))
    return null;
  return (num * scale) / den;
}

/** A series from a per-bucket function returning the value and its inputs. */
export function seriesOf(n: number, at: (i: number) => [Value, Inputs]): Series {
  const s = emptySeries(n);
  for (let i = 0; i < n; i++) [s.values[i], s.inputs[i]] = at(i);
  return s;
}

/** A plain count or amount series whose value is its own input. */
export function plainSeries(values: ArrayLike<number>): Series {
  return { values: Array.from(values), inputs: new Array<Inputs>(values.length).fill(null) };
}
