// The engine's entry point: stored frames + settings → every KPI of every month of the workspace.
import type { MetricSettings, WorkspaceData } from '../workspace-data.ts';
import { computeOnRange, type ComputeOptions } from './engine.ts';
import { workspaceRange } from './range.ts';
import { noMonths, type WorkspaceMetrics } from './types.ts';

export type { ComputeOptions } from './engine.ts';
export type { CohortRow, Inputs, Value, WorkspaceMetrics } from './types.ts';
export { computePeriods, type Granularity, type PeriodGrain } from './periods.ts';

export function computeWorkspace(
  data: WorkspaceData,
  settings: MetricSettings,
  opts: ComputeOptions = {},
): WorkspaceMetrics {
  const { range, inProgress } = workspaceRange(data);
  if (!range) return noMonths(Boolean(data.subscriptions), inProgress);
  return { ...computeOnRange(data, settings, range, opts), inProgress };
}
