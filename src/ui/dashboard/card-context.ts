// What every KPI card of one dashboard shares: the tables, the period shown and the one compared,
// the currency and the activation event. The dashboard and a snapshot's viewer both spread it
// into their cards, so a card never gets one of them from somewhere else.
import type { WorkspaceMetrics } from '../../core/metrics/types.ts';
import type { DashboardState } from '../../state/dashboard.svelte.ts';

export interface CardContext {
  metrics: WorkspaceMetrics;
  monthly: WorkspaceMetrics | null;
  index: number;
  compareIndex: number;
  /** The compared period as people read it, e.g. "May 2025". */
  compareLabel: string;
  currency: string;
  activationEvent: string;
  segmented: boolean;
}

/** Null until the view has tables. */
export function cardContext(
  view: DashboardState,
  place: { currency: string; activationEvent: string; segmented: boolean },
): CardContext | null {
  if (!view.metrics) return null;
  return {
    metrics: view.metrics,
    monthly: view.monthly,
    index: view.index,
    compareIndex: view.compareIndex,
    compareLabel: view.comparePeriod ? view.label(view.comparePeriod) : '',
    ...place,
  };
}
