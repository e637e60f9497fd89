// The KPI catalogue: unit, good direction, formula text, benchmark band (metrics.md §12, §14.13)
// and how a KPI rolls up into quarters and years (§15).
import { FORMULAS, type FormulaText } from './formulas.ts';
import { above, atLeast, atMost, below } from './compare.ts';

export type Unit = 'money' | 'percent' | 'ratio' | 'count' | 'days' | 'months';
export type Direction = 'up' | 'down' | 'none';
/** §15 rows; `monthly_average` is the "mean of P's monthly values" part of the mean-of-days row. */
export type PeriodKind =
  'stock' | 'flow' | 'rate' | 'cohort_rate' | 'mean_of_days' | 'monthly_average' | 'ratio';
export type Section =
  | 'revenue'
  | 'retention'
  | 'unit_economics'
  | 'funnel'
  | 'satisfaction'
  | 'engagement'
  | 'balance_sheet'
  | 'sheet'
  | 'costs';
export type BandName = 'good' | 'watch' | 'bad';

/**
 * A benchmark band. `better` says which side is good; `good` and `bad` are the thresholds, with
 * `goodInclusive` telling whether the good threshold itself is good (§12 uses both ≤ and <).
 * Between the thresholds, both ends included, the value is "watch".
 */
export interface Band {
  better: 'higher' | 'lower';
  good: number;
  bad: number;
  goodInclusive: boolean;
  source: string;
  /**
   * The thresholds are for a monthly rate: §12 says so of customer churn, and §4 defines net MRR
   * churn and NRR over one month. A quarter's or a year's rate (§15) grows with its length.
   */
  monthly?: true;
}

export interface KpiInfo {
  id: string;
  unit: Unit;
  direction: Direction;
  section: Section;
  period: PeriodKind;
  formula: FormulaText;
  band: Band | null;
}

type Row = [Unit, Direction, Section, PeriodKind];

const ROWS = {
  mrr: ['money', 'up', 'revenue', 'stock'],
  arr: ['money', 'up', 'revenue', 'stock'],
  new_mrr: ['money', 'up', 'revenue', 'flow'],
  reactivation_mrr: ['money', 'up', 'revenue', 'flow'],
  expansion_mrr: ['money', 'up', 'revenue', 'flow'],
  contraction_mrr: ['money', 'down', 'revenue', 'flow'],
  churned_mrr: ['money', 'down', 'revenue', 'flow'],
  net_new_mrr: ['money', 'up', 'revenue', 'flow'],
  customers: ['count', 'up', 'revenue', 'stock'],
  new_customers: ['count', 'up', 'revenue', 'flow'],
  reactivated_customers: ['count', 'up', 'revenue', 'flow'],
  churned_customers: ['count', 'down', 'retention', 'flow'],
  customer_churn_rate: ['percent', 'down', 'retention', 'rate'],
  gross_mrr_churn_rate: ['percent', 'down', 'retention', 'rate'],
  net_mrr_churn_rate: ['percent', 'down', 'retention', 'rate'],
  nrr: ['percent', 'up', 'retention', 'rate'],
  grr: ['percent', 'up', 'retention', 'rate'],
  crr: ['percent', 'up', 'retention', 'rate'],
  arpa: ['money', 'up', 'unit_economics', 'stock'],
  saas_quick_ratio: ['ratio', 'up', 'retention', 'rate'],
  ltv: ['money', 'up', 'unit_economics', 'stock'],
  cac: ['money', 'down', 'unit_economics', 'rate'],
  ltv_cac: ['ratio', 'up', 'unit_economics', 'rate'],
  // A number of months, shown and exported with its unit ("8.2 months").
  cac_payback_months: ['months', 'down', 'unit_economics', 'rate'],
  leads: ['count', 'up', 'funnel', 'flow'],
  lead_conversion_rate: ['percent', 'up', 'funnel', 'cohort_rate'],
  pqls: ['count', 'up', 'funnel', 'flow'],
  pql_conversion_rate: ['percent', 'up', 'funnel', 'cohort_rate'],
  sales_cycle_days: ['days', 'down', 'funnel', 'cohort_rate'],
  visitor_conversion_rate: ['percent', 'up', 'funnel', 'rate'],
  // A score from −100 to 100, not a percentage of anything.
  nps: ['ratio', 'up', 'satisfaction', 'cohort_rate'],
  nps_responses: ['count', 'none', 'satisfaction', 'flow'],
  mau: ['count', 'up', 'engagement', 'monthly_average'],
  avg_dau: ['count', 'up', 'engagement', 'mean_of_days'],
  stickiness: ['percent', 'up', 'engagement', 'monthly_average'],
  new_users: ['count', 'up', 'engagement', 'flow'],
  activation_rate: ['percent', 'up', 'engagement', 'cohort_rate'],
  dropoff_7d: ['percent', 'down', 'engagement', 'cohort_rate'],
  'feature_adoption:': ['percent', 'up', 'engagement', 'monthly_average'],
  current_ratio: ['ratio', 'up', 'balance_sheet', 'stock'],
  quick_ratio: ['ratio', 'up', 'balance_sheet', 'stock'],
  debt_to_equity: ['ratio', 'down', 'balance_sheet', 'stock'],
  equity_ratio: ['ratio', 'up', 'balance_sheet', 'stock'],
  interest_coverage: ['ratio', 'up', 'balance_sheet', 'stock'],
  revenue: ['money', 'up', 'sheet', 'flow'],
  users: ['count', 'up', 'sheet', 'stock'],
  visitors: ['count', 'up', 'sheet', 'flow'],
  conversions: ['count', 'up', 'sheet', 'flow'],
  arpu: ['money', 'up', 'sheet', 'ratio'],
  sales_cost: ['money', 'none', 'costs', 'flow'],
  marketing_cost: ['money', 'none', 'costs', 'flow'],
  'custom:': ['ratio', 'none', 'sheet', 'stock'],
} satisfies Record<string, Row>;

/** A catalogue entry: one per KPI, one per family (`custom:`, `feature_adoption:`). */
export type KpiKey = keyof typeof ROWS;
type Family = Extract<KpiKey, `${string}:`>;
/** Every KPI id the engine produces: a catalogue entry, or a member of a family. */
export type KpiId = Exclude<KpiKey, Family> | `${Family}${string}`;

const band = (
  better: Band['better'],
  good: number,
  bad: number,
  goodInclusive: boolean,
  source: string,
): Band => ({
  better,
  good,
  bad,
  goodInclusive,
  source,
});

/** §12, verbatim: thresholds and their sources. */
export const BANDS: Readonly<Record<string, Band>> = {
  customer_churn_rate: { ...band('lower', 3, 7, false, 'ChartMogul (3–7% typical)'), monthly: true },
  net_mrr_churn_rate: { ...band('lower', 0, 2, false, 'ChartMogul ("ideally negative")'), monthly: true },
  nrr: { ...band('higher', 100, 95, true, 'ChartMogul'), monthly: true },
  ltv_cac: band('higher', 3, 1, true, 'David Skok'),
  cac_payback_months: band('lower', 12, 18, true, 'industry surveys'),
  saas_quick_ratio: band('higher', 4, 1, true, 'Mamoon Hamid'),
  nps: band('higher', 50, 0, true, 'Bain'),
  current_ratio: band('higher', 2, 1, true, 'classic credit analysis'),
  quick_ratio: band('higher', 1, 0.5, true, 'Dun & Bradstreet'),
  debt_to_equity: band('lower', 1.5, 3, true, 'rule of thumb (industry-dependent)'),
  interest_coverage: band('higher', 3, 1.5, true, 'rule of thumb'),
} satisfies Partial<Record<KpiKey, Band>>;

/** The catalogue key of an id: the `custom:` and `feature_adoption:` families share one entry. */
export function familyKey(id: string): string {
  if (id.startsWith('custom:')) return 'custom:';
  if (id.startsWith('feature_adoption:')) return 'feature_adoption:';
  return id;
}

function isKey(key: string): key is KpiKey {
  return Object.hasOwn(ROWS, key);
}

export const KPI_IDS = Object.keys(ROWS).filter((id) => !id.endsWith(':')) as readonly Exclude<
  KpiKey,
  Family
>[];

/** Catalogue entry of any KPI id, or null for an id the engine never produces. */
export function kpiInfo(id: string): KpiInfo | null {
  const key = familyKey(id);
  if (!isKey(key)) return null;
  const row: Row = ROWS[key];
  const [unit, direction, section, period] = row;
  return { id, unit, direction, section, period, formula: FORMULAS[key], band: BANDS[key] ?? null };
}

const MONTH = /^\d{4}-\d{2}$/;

/**
 * Benchmark band of a value (§12); §14.13: negative equity makes debt_to_equity bad whatever it is.
 * `period` is the period the value is for (`2025-06`, `2025-Q2`, `2025`), when it is known.
 */
export function bandFor(
  id: string,
  value: number | null,
  extra?: { total_equity?: number | null; period?: string },
): BandName | null {
  const b = BANDS[familyKey(id)];
  if (!b || value === null || !Number.isFinite(value)) return null;
  // A quarter's churn of 9 % made of 3 % months is no "bad" monthly churn: no band for it.
  if (b.monthly && extra?.period !== undefined && !MONTH.test(extra.period)) return null;
  if (id === 'debt_to_equity') {
    const equity = extra?.total_equity;
    if (equity !== undefined && equity !== null ? equity < 0 : value < 0) return 'bad';
  }
  if (b.better === 'higher') {
    if (b.goodInclusive ? atLeast(value, b.good) : above(value, b.good)) return 'good';
    return below(value, b.bad) ? 'bad' : 'watch';
  }
  if (b.goodInclusive ? atMost(value, b.good) : below(value, b.good)) return 'good';
  return above(value, b.bad) ? 'bad' : 'watch';
}
