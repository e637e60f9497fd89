// The dashboard's CSV exports. Loaded when a person asks for one (the CSV writer brings
// papaparse, which the first screen does not need).
import { writeCsv } from '../../core/csv/write.ts';
import type { WorkspaceMetrics } from '../../core/metrics/types.ts';

/** A CSV table: header row then rows, CRLF line ends, formulas escaped (core/csv/write.ts). */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return writeCsv(rows);
}

/** Every KPI × every period, raw numbers: one row per id, one column per period. */
export function kpiTableCsv(metrics: WorkspaceMetrics): string {
  const ids = Object.keys(metrics.values).sort();
  return toCsv([['kpi', ...metrics.months], ...ids.map((id) => [id, ...metrics.values[id]])]);
}
