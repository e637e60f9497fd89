// Cohort retention tables (metrics.md §3b) in the shape of interfaces.md §1.
import type { MovementSeries } from './movements.ts';
import { monthKey, type MonthRange } from './time.ts';
import type { CohortRow } from './types.ts';

export function cohortsOf(s: MovementSeries, range: MonthRange): Record<string, CohortRow> {
  const n = range.count;
  const out: Record<string, CohortRow> = {};
  for (let c = 0; c < n; c++) {
    const size = s.cohortCount[c * n + c];
    if (size === 0) continue;
    const mrr = s.cohortMrr[c * n + c];
    const logo: number[] = [100];
    const revenue: number[] = [100];
    for (let i = c + 1; i < n; i++) {
      logo.push((s.cohortCount[c * n + i] / size) * 100);
      revenue.push((s.cohortMrr[c * n + i] / mrr) * 100);
    }
    out[monthKey(range.first + c)] = { size, mrr, logo, revenue };
  }
  return out;
}
