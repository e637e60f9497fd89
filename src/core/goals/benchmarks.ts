// "Start from benchmarks": one goal that keeps every KPI with a benchmark band (§12) on the good
// side of it, so a first import fills the board with real on- and off-track cards.
import { BANDS } from '../metrics/catalogue.ts';
import { monthOf } from './dates.ts';
import type { Goal, KeepTarget } from './model.ts';

export interface BenchmarkOptions {
  workspaceId: string;
  name: string;
  /** The caller's clock: the goal is due at the end of its year. */
  today: number;
  /** The first month of the workspace's data: the targets hold from then; none: today's month. */
  firstMonth: string | null;
  newId: () => string;
}

export function benchmarkGoal(o: BenchmarkOptions): Goal {
  const targets: KeepTarget[] = Object.entries(BANDS).map(([kpi, band]) => ({
    id: o.newId(),
    name: '',
    override: null,
    kind: 'keep',
    kpi,
    direction: band.better === 'higher' ? 'at_least' : 'at_most',
    threshold: band.good,
    checkIns: [],
  }));
  const year = new Date(o.today).getUTCFullYear();
  return {
    id: o.newId(),
    workspaceId: o.workspaceId,
    name: o.name,
    owner: '',
    description: '',
    start: `${o.firstMonth ?? monthOf(o.today)}-01`,
    due: `${year}-12-31`,
    archived: false,
    createdAt: o.today,
    updatedAt: o.today,
    targets,
    history: [],
  };
}
