// Every monthly KPI over a month range: runs the families and applies precedence.
import type { DatasetKind } from '../datasets/kinds.ts';
import type { MetricSettings, WorkspaceData } from '../workspace-data.ts';
import { balanceSheetMetrics } from './balance-sheet.ts';
import { costLayer, type CostLayer } from './costs.ts';
import { engagementMetrics } from './engagement.ts';
import { funnelMetrics } from './funnel.ts';
import { npsMetrics } from './nps.ts';
import { mergeFamilies, PRECEDENCE } from './precedence.ts';
import { sheetMetrics } from './sheet.ts';
import { subscriptionMetrics } from './subscriptions.ts';
import { monthSpans, rangeKeys, type MonthRange, type Spans } from './time.ts';
import { seriesOf, type CohortRow, type Family, type WorkspaceMetrics } from './types.ts';

export interface ComputeOptions {
  /** Segment filter on subscription fields (metrics.md §3b): field → chosen values. */
  segment?: Record<string, string[]>;
}

function costFamily(layer: CostLayer | null): Family {
  const fam: Family = new Map();
  if (!layer) return fam;
  if (layer.has.sales)
    fam.set(
      'sales_cost',
      seriesOf(layer.sales.length, (i) => [layer.sales[i], null]),
    );
  if (layer.has.marketing) {
    fam.set(
      'marketing_cost',
      seriesOf(layer.marketing.length, (i) => [layer.marketing[i], null]),
    );
  }
  return fam;
}

/**
 * Families whose values are recomputed from records over any spans (months, quarters, years):
 * funnel, NPS and engagement (metrics.md §15 "cohort rate" and "mean of days" rows).
 */
export function recordFamilies(
  data: WorkspaceData,
  settings: MetricSettings,
  spans: Spans,
): [DatasetKind, Family][] {
  const out: [DatasetKind, Family][] = [];
  if (data.leads) out.push(['leads', funnelMetrics(data.leads, spans)]);
  if (data.nps) out.push(['nps', npsMetrics(data.nps, spans)]);
  if (data.events) out.push(['events', engagementMetrics(data.events, spans, settings.activation_event)]);
  return out;
}

/** Every monthly KPI over a given month range. */
export function computeOnRange(
  data: WorkspaceData,
  settings: MetricSettings,
  range: MonthRange,
  opts: ComputeOptions = {},
): Omit<WorkspaceMetrics, 'inProgress'> {
  const costs = costLayer(data, range);
  const families: [DatasetKind, Family][] = [];
  let cohorts: Record<string, CohortRow> | null = null;
  if (data.subscriptions) {
    const subs = subscriptionMetrics(data.subscriptions, settings, range, costs, opts.segment);
    families.push(['subscriptions', subs.family]);
    cohorts = subs.cohorts;
  }
  if (costs) families.push([costs.source, costFamily(costs)]);
  families.push(...recordFamilies(data, settings, monthSpans(range)));
  if (data.balance_sheet) families.push(['balance_sheet', balanceSheetMetrics(data.balance_sheet, range)]);
  if (data.monthly_sheet)
    families.push(['monthly_sheet', sheetMetrics(data.monthly_sheet, range, costs, settings)]);
  families.sort((a, b) => PRECEDENCE.indexOf(a[0]) - PRECEDENCE.indexOf(b[0]));
  const merged = mergeFamilies(families);
  return {
    months: rangeKeys(range),
    values: merged.values,
    sources: merged.sources,
    inputs: merged.inputs,
    cohorts,
  };
}
