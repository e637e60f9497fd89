import type { DatasetKind } from './datasets/kinds.ts';
import type { IngestResult } from './datasets/ingest.ts';
import { computeWorkspace } from './metrics/compute.ts';
import type { MetricSettings, WorkspaceData } from './workspace-data.ts';
import type { DateOrder } from './locale/dates.ts';
import type { Decimal } from './locale/numbers.ts';

/** The JSON document of `npm run report` (interfaces.md §1). */
export interface ReportDocument {
  files: ReportFile[];
  months: Record<string, Record<string, number | null>>;
  cohorts: Record<string, { size: number; mrr: number; logo: number[]; revenue: number[] }> | null;
}

export interface ReportFile {
  name: string;
  kind: DatasetKind;
  rows_stored: number;
  rows_rejected: number;
  encoding: string;
  delimiter: string;
  decimal: Decimal;
  dateOrder: DateOrder;
}

export function buildReport(
  results: readonly IngestResult[],
  /** The results' data (`workspaceDataOf(results)`), built once by the caller. */
  data: WorkspaceData,
  settings: MetricSettings,
  opts: { month?: string; segment?: Record<string, string[]> } = {},
): ReportDocument {
  const metrics = computeWorkspace(data, settings, { segment: opts.segment });
  const months: ReportDocument['months'] = {};
  metrics.months.forEach((month, i) => {
    if (opts.month && month !== opts.month) return;
    const row: Record<string, number | null> = {};
    for (const [id, series] of Object.entries(metrics.values)) row[id] = series[i];
    months[month] = row;
  });
  return {
    files: results.map((r) => ({
      name: r.fileName,
      kind: r.kind!,
      rows_stored: r.rowsStored,
      rows_rejected: r.rejected.length,
      encoding: r.encoding,
      delimiter: r.delimiter,
      decimal: r.decimal,
      dateOrder: r.dateOrder,
    })),
    months,
    cohorts: metrics.cohorts,
  };
}
