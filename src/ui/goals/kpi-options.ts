// The KPIs a target can follow: every catalogue id, then ids only the data has (custom:*, feature_adoption:*).
import { KPI_IDS } from '../../core/metrics/catalogue.ts';

export function kpiOptions(present: readonly string[]): string[] {
  const known: ReadonlySet<string> = new Set(KPI_IDS);
  return [...KPI_IDS, ...present.filter((id) => !known.has(id)).sort()];
}
