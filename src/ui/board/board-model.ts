// The board as plain data: one card per target of every goal not archived, the filters kept in the
// URL (goal, owner, due quarter) and the columns in the order of interfaces.md §2.
import type { TargetEvaluation } from '../../core/goals/evaluate.ts';
import type { Goal, Status, Target } from '../../core/goals/model.ts';
import { bandFor, type BandName } from '../../core/metrics/catalogue.ts';
import type { Query } from '../../state/router.svelte.ts';
import type { EvaluatedGoal } from '../../worker/goals.ts';

export const COLUMNS: readonly Status[] = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete'];

export interface Card {
  goal: Goal;
  target: Target;
  e: TargetEvaluation;
  kpi: string | null;
  band: BandName | null;
}

export interface BoardFilters {
  goal: string;
  owner: string;
  /** `YYYY-Qn` of the due date. */
  due: string;
}

export function filtersFromQuery(query: Query): BoardFilters {
  return { goal: query.goal ?? '', owner: query.owner ?? '', due: query.due ?? '' };
}

/** `2025-11-30` → `2025-Q4`. */
export function dueQuarter(due: string): string {
  return `${due.slice(0, 4)}-Q${Math.floor((Number(due.slice(5, 7)) - 1) / 3) + 1}`;
}

export function boardCards(goals: readonly EvaluatedGoal[], filters: BoardFilters): Card[] {
  const cards: Card[] = [];
  for (const { goal, evaluation } of goals) {
    if (goal.archived) continue;
    if (filters.goal && goal.id !== filters.goal) continue;
    if (filters.owner && goal.owner !== filters.owner) continue;
    if (filters.due && dueQuarter(goal.due) !== filters.due) continue;
    goal.targets.forEach((target, i) => {
      const e = evaluation.targets[i];
      if (!e) return;
      const kpi = target.kind === 'reach' || target.kind === 'keep' ? target.kpi : null;
      cards.push({ goal, target, e, kpi, band: kpi ? bandFor(kpi, e.current) : null });
    });
  }
  return cards;
}

export function byColumn(cards: readonly Card[]): Record<Status, Card[]> {
  const out = Object.fromEntries(COLUMNS.map((s) => [s, [] as Card[]])) as Record<Status, Card[]>;
  for (const card of cards) out[card.e.status].push(card);
  return out;
}

/** The filter choices: goals, owners and due quarters of the goals not archived. */
export function filterChoices(goals: readonly EvaluatedGoal[]) {
  const live = goals.filter((g) => !g.goal.archived).map((g) => g.goal);
  return {
    goals: live.map((g) => ({ id: g.id, name: g.name })),
    owners: [...new Set(live.map((g) => g.owner).filter(Boolean))].sort(),
    quarters: [...new Set(live.map((g) => dueQuarter(g.due)))].sort(),
  };
}
