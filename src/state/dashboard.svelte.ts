// The dashboard's view state: granularity, period and comparison live in the URL
// (`#/?grain=quarter&period=2025-Q2&compare=year`); the values come from metrics.result.
import type { WorkspaceMetrics } from '../core/metrics/types.ts';
import { formatMonth } from '../i18n/format.ts';
import {
  compareIndex,
  parseCompare,
  parseGrain,
  periodLabel,
  pickIndex,
  type Compare,
  type Granularity,
} from './periods.ts';
import { metrics } from './app.svelte.ts';
import { locale } from './locale.svelte.ts';
import { router } from './router.svelte.ts';
import { segmentFromQuery } from './segment.ts';

/** What a dashboard reads: the worker's answer, or a shared snapshot's tables in the viewer. */
export type DashboardSource = () => Partial<Record<Granularity, WorkspaceMetrics | null>> | null;

export class DashboardState {
  /** `source` defaults to the current workspace's results; the viewer passes a snapshot's. */
  constructor(private readonly source: DashboardSource = () => metrics.result) {}

  readonly grain: Granularity = $derived(parseGrain(router.param('grain'), router.param('period')));
  readonly compare: Compare = $derived(parseCompare(router.param('compare')));
  readonly metrics = $derived.by(() => this.source()?.[this.grain] ?? null);
  readonly monthly = $derived.by(() => this.source()?.month ?? null);
  readonly labels: readonly string[] = $derived(this.metrics?.months ?? []);
  readonly index: number = $derived(pickIndex(this.labels, router.param('period')));
  readonly period: string | null = $derived(this.labels[this.index] ?? null);
  readonly compareIndex: number = $derived(compareIndex(this.labels, this.index, this.compare));
  readonly comparePeriod: string | null = $derived(this.labels[this.compareIndex] ?? null);
  readonly segmented: boolean = $derived(segmentFromQuery(router.query) !== undefined);
  /** The latest period is in progress when the data stops before its end. */
  readonly inProgress: boolean = $derived(
    !!this.metrics?.inProgress && this.index >= 0 && this.index === this.labels.length - 1,
  );

  label(period: string | null): string {
    return period === null ? '' : periodLabel(period, (m) => formatMonth(m), locale.messages.quarterLabel);
  }

  setGrain(grain: Granularity): void {
    router.setQuery({ grain: grain === 'month' ? null : grain, period: null });
  }

  setPeriod(period: string): void {
    router.setQuery({ period });
  }

  setCompare(compare: Compare): void {
    router.setQuery({ compare: compare === 'previous' ? null : compare });
  }
}

export const dashboard = new DashboardState();
