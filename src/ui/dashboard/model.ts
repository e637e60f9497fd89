// Pure helpers of the dashboard: which KPI goes in which section, which period is on screen and
// which one it is compared with, how a value is written and why a value is missing. Nothing here
// computes a KPI: every number comes from the worker's ComputeAnswer.
import type { DatasetKind } from '../../core/datasets/kinds.ts';
import { kpiInfo, type Unit } from '../../core/metrics/catalogue.ts';
import type { Inputs, WorkspaceMetrics } from '../../core/metrics/types.ts';
import type { Lang } from '../../i18n/index.ts';
import { formatMoney, formatMonths, formatNumber, formatPercent } from '../../i18n/format.ts';

// Which period is on screen is view state: it lives in src/state, the dashboard reads it from there.
export {
  compareIndex,
  parseCompare,
  parseGrain,
  periodLabel,
  pickIndex,
  yearBefore,
  type Compare,
  type Granularity,
} from '../../state/periods.ts';
import type { SectionKey } from '../../state/dashboard-layout.svelte.ts';
export type { SectionKey };

export interface SectionDef {
  key: SectionKey;
  ids: readonly string[];
  /** Id families (`custom:`) that belong here. */
  prefix?: string;
  /** The files that fill the section, for its empty state. */
  kinds: readonly DatasetKind[];
}

export const SECTIONS: readonly SectionDef[] = [
  {
    key: 'revenue',
    ids: ['mrr', 'arr', 'net_new_mrr', 'arpa', 'arpu'],
    kinds: ['subscriptions', 'monthly_sheet'],
  },
  {
    key: 'retention',
    ids: ['customer_churn_rate', 'gross_mrr_churn_rate', 'net_mrr_churn_rate', 'nrr', 'grr', 'crr'],
    kinds: ['subscriptions'],
  },
  {
    key: 'acquisition',
    ids: [
      'new_customers',
      'cac',
      'ltv',
      'ltv_cac',
      'cac_payback_months',
      'saas_quick_ratio',
      'leads',
      'lead_conversion_rate',
      'pqls',
      'pql_conversion_rate',
      'visitor_conversion_rate',
      'sales_cycle_days',
    ],
    kinds: ['subscriptions', 'costs', 'leads'],
  },
  {
    key: 'engagement',
    ids: ['mau', 'avg_dau', 'stickiness', 'new_users', 'activation_rate', 'dropoff_7d'],
    prefix: 'feature_adoption:',
    kinds: ['events'],
  },
  { key: 'satisfaction', ids: ['nps', 'nps_responses'], kinds: ['nps'] },
  {
    key: 'financial',
    ids: ['current_ratio', 'quick_ratio', 'debt_to_equity', 'equity_ratio', 'interest_coverage'],
    kinds: ['balance_sheet'],
  },
  { key: 'custom', ids: [], prefix: 'custom:', kinds: ['monthly_sheet'] },
  { key: 'inputs', ids: [], kinds: ['subscriptions', 'costs', 'monthly_sheet'] },
];

/** Every id of the result in its section, in section order; ids no section names go to Inputs. */
export function sectionIds(ids: readonly string[]): Record<SectionKey, string[]> {
  const out = Object.fromEntries(SECTIONS.map((s) => [s.key, [] as string[]])) as Record<
    SectionKey,
    string[]
  >;
  const present = new Set(ids);
  const placed = new Set<string>();
  const place = (key: SectionKey, id: string) => {
    out[key].push(id);
    placed.add(id);
  };
  for (const s of SECTIONS) {
    for (const id of s.ids) if (present.has(id)) place(s.key, id);
    const prefix = s.prefix;
    if (prefix) for (const id of ids) if (id.startsWith(prefix) && !placed.has(id)) place(s.key, id);
  }
  for (const id of ids) if (!placed.has(id)) out.inputs.push(id);
  return out;
}

export { currencyOf } from '../../core/money-currency.ts';

/** A KPI value in the unit of its id, localised. */
export function formatValue(
  id: string,
  value: number | null,
  currency: string,
  lang?: Lang,
  compact = false,
): string {
  return formatUnit(kpiInfo(id)?.unit ?? 'ratio', value, currency, lang, compact);
}

export function formatUnit(
  unit: Unit,
  value: number | null,
  currency: string,
  lang?: Lang,
  compact = false,
): string {
  switch (unit) {
    case 'money':
      return formatMoney(value, currency, { lang, whole: compact || Math.abs(value ?? 0) >= 100000 });
    case 'percent':
      return formatPercent(value, { lang, maximumFractionDigits: compact ? 1 : 2 });
    case 'count':
      return formatNumber(value, { lang, maximumFractionDigits: 1 });
    case 'days':
      return formatNumber(value, { lang, maximumFractionDigits: 1 });
    case 'months':
      return formatMonths(value, { lang, maximumFractionDigits: 1 });
    default:
      return formatNumber(value, { lang, maximumFractionDigits: 2 });
  }
}

// Input names that hold an amount of money (the rest are counts or plain numbers).
const MONEY_INPUTS =
  /(^|_)(mrr|arpa|arpu|ltv|cac|revenue|cost|assets|liabilities|cash|securities|receivable|inventory|debt|equity|ebit|expense)($|_)/;

/** An input of the disclosure, written in its own unit. */
export function formatInput(name: string, value: number | null, currency: string, lang?: Lang): string {
  // The mean churn divides LTV: at two decimals, ARPA ÷ 3.51 % missed the LTV shown by dollars.
  if (name === 'gross_margin' || name === 'mean_churn')
    return formatPercent(value === null ? null : value * 100, {
      lang,
      maximumFractionDigits: name === 'mean_churn' ? 4 : 2,
    });
  if (MONEY_INPUTS.test(name)) return formatMoney(value, currency, { lang });
  return formatNumber(value, { lang, maximumFractionDigits: 2 });
}

/** The inputs of one value; a quarter's stock value points at its last month's inputs. */
export function inputsAt(
  metrics: WorkspaceMetrics,
  monthly: WorkspaceMetrics | null,
  id: string,
  index: number,
): Record<string, number | null> | null {
  const own: Inputs = metrics.inputs[id]?.[index] ?? null;
  if (own && 'month_index' in own && Object.keys(own).length === 1 && monthly) {
    const at = own.month_index;
    return at === null ? null : (monthly.inputs[id]?.[at] ?? null);
  }
  if (own && 'months' in own && Object.keys(own).length === 1) return null;
  return own;
}

export type Reason =
  | { type: 'zero'; input: string }
  | { type: 'missing'; input: string }
  | { type: 'activation' }
  | { type: 'segment' }
  | { type: 'no-data' };

const SEGMENT_NULLED = new Set(['cac', 'ltv_cac', 'cac_payback_months']);

/** Inputs a formula counts as 0 when missing (metrics.md §10): never the reason for a null. */
const ZERO_WHEN_MISSING: Record<string, ReadonlySet<string>> = {
  quick_ratio: new Set(['marketable_securities', 'accounts_receivable', 'inventory']),
};

/** Why a value is null, read from its inputs: the first missing input, else the first zero. */
export function nullReason(
  id: string,
  inputs: Record<string, number | null> | null,
  ctx: { activationEvent: string; segmented: boolean },
): Reason {
  if (id === 'activation_rate' && !ctx.activationEvent) return { type: 'activation' };
  if (ctx.segmented && SEGMENT_NULLED.has(id)) return { type: 'segment' };
  if (!inputs) return { type: 'no-data' };
  const entries = Object.entries(inputs);
  const optional = ZERO_WHEN_MISSING[id];
  const missing = entries.find(([k, v]) => v === null && !optional?.has(k));
  if (missing) return { type: 'missing', input: missing[0] };
  // The divisor is usually the last input named; a zero there is what leaves the rate undefined.
  const zero = [...entries].reverse().find(([, v]) => v === 0);
  if (zero) return { type: 'zero', input: zero[0] };
  return { type: 'no-data' };
}

export type Trend = 'better' | 'worse' | 'same' | 'neutral';

export interface Change {
  delta: number;
  /** Relative change in percent, null when the previous value is 0 or the unit is a percentage. */
  relative: number | null;
  trend: Trend;
}

// Scores whose change reads in points, not in percent of the previous score.
const ABSOLUTE_CHANGE = new Set(['nps']);

/** Change vs the compared value, judged by the KPI's good direction. */
export function changeOf(id: string, value: number | null, before: number | null): Change | null {
  if (value === null || before === null) return null;
  const info = kpiInfo(id);
  const delta = value - before;
  const relative =
    info?.unit !== 'percent' && !ABSOLUTE_CHANGE.has(id) && before !== 0
      ? (delta / Math.abs(before)) * 100
      : null;
  const direction = info?.direction ?? 'none';
  const same = Math.abs(delta) < 1e-9;
  const trend: Trend = same
    ? 'same'
    : direction === 'none'
      ? 'neutral'
      : delta > 0 === (direction === 'up')
        ? 'better'
        : 'worse';
  return { delta, relative, trend };
}

/** The last n values up to and including index (the sparkline). */
export function window(values: readonly (number | null)[], index: number, n = 12): (number | null)[] {
  if (index < 0) return [];
  return values.slice(Math.max(0, index - n + 1), index + 1);
}
