// What the overview puts first, and where each chart sits: the numbers a founder looks for on
// Monday morning, then every section with its own charts beside its cards.
import type { SectionKey } from './model.ts';

/** The headline KPIs, in the order the overview strip shows them (those the data has). */
export const HEADLINE_IDS = [
  'mrr',
  'net_new_mrr',
  'customer_churn_rate',
  'nrr',
  'ltv_cac',
  'cac_payback_months',
  'nps',
  'mau',
] as const;

const HEADLINE = new Set<string>(HEADLINE_IDS);

export const isHeadline = (id: string): boolean => HEADLINE.has(id);

/**
 * The headline ids the result holds. A KPI the data cannot give in any period (no events, so no
 * active users) is left out rather than shown as an empty tile.
 */
export function headlineIds(values: Readonly<Record<string, readonly (number | null)[]>>): string[] {
  return HEADLINE_IDS.filter((id) => (values[id] ?? []).some((v) => v !== null));
}

/** The section's cards once the headline ones have moved to the overview (each card lives once). */
export function sectionCards(ids: readonly string[], headline: readonly string[]): string[] {
  const moved = new Set(headline);
  return ids.filter((id) => !moved.has(id));
}

/** Where each chart of `dashboardCharts` is drawn. */
export const CHART_PLACE: Readonly<Record<string, SectionKey | 'overview'>> = {
  mrr: 'overview',
  'revenue-per-account': 'revenue',
  customers: 'retention',
  retention: 'retention',
  'cohort-logo': 'retention',
  'cohort-revenue': 'retention',
  funnel: 'acquisition',
  'active-users': 'engagement',
  adoption: 'engagement',
  nps: 'satisfaction',
  'nps-distribution': 'satisfaction',
};

export function chartsOf(place: SectionKey | 'overview', chartIds: readonly string[]): string[] {
  return chartIds.filter((id) => (CHART_PLACE[id] ?? 'revenue') === place);
}
