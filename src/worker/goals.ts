// The `goals` request: a workspace's goals judged against its whole data (no segment), with every
// change of a target's shown status appended to its goal's history and stored.
import { evaluateGoal, type GoalEvaluation } from '../core/goals/evaluate.ts';
import { appendHistory, computedChanges } from '../core/goals/history.ts';
import type { Goal } from '../core/goals/model.ts';
import type { WorkspaceMetrics } from '../core/metrics/compute.ts';
import { readyDatasets } from '../db/datasets.ts';
import { listGoals, readGoalBasis, updateGoal, writeGoalBasis, type GoalBasis } from '../db/goals.ts';
import type { SettingsRecord, YardstickDb } from '../db/schema.ts';

export interface EvaluatedGoal {
  goal: Goal;
  evaluation: GoalEvaluation;
}

export interface GoalsAnswer {
  goals: EvaluatedGoal[];
  /** KPI ids with at least one value in the workspace (custom:*, feature_adoption:* among them). */
  kpis: string[];
  firstMonth: string | null;
  latestMonth: string | null;
  /** Stored records that are not valid goals (left alone, not shown). */
  unreadable: number;
}

/**
 * Why a status changed, kept as the note of computed history entries (the page words it): the
 * data changed (an import or a removal), the settings changed, the goal was saved, or none of
 * these since the last judgement, so only the date did (a due date passed, the expected pace grew).
 */
export type JudgedAfter = 'import' | 'settings' | 'goal' | 'date';

export function judgedAfter(before: GoalBasis | null, now: GoalBasis, goal: Goal): JudgedAfter {
  if (before && before.data !== now.data) return 'import';
  if (before && before.settings !== now.settings) return 'settings';
  if (before?.judgedAt !== undefined && goal.updatedAt <= before.judgedAt) return 'date';
  return 'goal';
}

export async function judgeGoals(
  db: YardstickDb,
  wholeMonths: (workspaceId: string) => Promise<{ metrics: WorkspaceMetrics; settings: SettingsRecord }>,
  workspaceId: string,
  today: number,
): Promise<GoalsAnswer> {
  const [{ goals, unreadable }, { metrics, settings }, datasets, before] = await Promise.all([
    listGoals(db, workspaceId),
    wholeMonths(workspaceId),
    readyDatasets(db, workspaceId),
    readGoalBasis(db, workspaceId),
  ]);
  const at = Date.now();
  const basis: GoalBasis = {
    data: datasets.map((d) => d.id).join(','),
    settings: JSON.stringify(settings),
    judgedAt: at,
  };
  const out: EvaluatedGoal[] = [];
  for (const stored of goals) {
    let goal = stored;
    let evaluation = evaluateGoal(goal, metrics, today);
    const changes = computedChanges(goal, evaluation, at, judgedAfter(before, basis, goal));
    if (changes.length) {
      // Appended to the goal as stored now: a page edit since the read above is kept.
      const updated = await updateGoal(db, goal.id, (fresh) =>
        appendHistory(
          fresh,
          computedChanges(fresh, evaluateGoal(fresh, metrics, today), at, judgedAfter(before, basis, fresh)),
        ),
      );
      if (updated) {
        goal = updated;
        evaluation = evaluateGoal(goal, metrics, today);
      }
    }
    out.push({ goal, evaluation });
  }
  // Every time, with its date: a later change that no import, setting or save explains is the date's.
  await writeGoalBasis(db, workspaceId, basis);
  const kpis = Object.entries(metrics.values)
    .filter(([, series]) => series.some((x) => x !== null))
    .map(([id]) => id);
  return {
    goals: out,
    kpis,
    firstMonth: metrics.months[0] ?? null,
    latestMonth: metrics.months[metrics.months.length - 1] ?? null,
    unreadable,
  };
}
