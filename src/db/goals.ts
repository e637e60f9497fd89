// Goals in IndexedDB: validated on every read (a damaged record is counted, never judged) and on
// every write; changes to a stored goal read it fresh inside the writing transaction, so the
// worker's history and the page's edits never overwrite each other.
import * as v from 'valibot';
import { GoalSchema, readGoal, type Goal } from '../core/goals/model.ts';
import type { GoalBasisRecord, YardstickDb } from './schema.ts';

export interface StoredGoals {
  goals: Goal[];
  /** Records that no longer have the shape of a goal: left as they are, not shown. */
  unreadable: number;
}

export async function listGoals(db: YardstickDb, workspaceId: string): Promise<StoredGoals> {
  const rows = await db.goals.where('workspaceId').equals(workspaceId).toArray();
  const goals: Goal[] = [];
  for (const row of rows) {
    const goal = readGoal(row);
    if (goal) goals.push(goal);
  }
  goals.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return { goals, unreadable: rows.length - goals.length };
}

/** Stores a new goal or replaces one; throws (ValiError) when it is not a valid goal. */
export async function putGoal(db: YardstickDb, goal: Goal): Promise<void> {
  await db.goals.put(v.parse(GoalSchema, goal));
}

/**
 * Changes a stored goal: `change` gets the stored version, read in the same transaction. Returns
 * the stored result, or null when the goal is gone.
 */
export async function updateGoal(
  db: YardstickDb,
  id: string,
  change: (stored: Goal) => Goal,
): Promise<Goal | null> {
  return db.transaction('rw', db.goals, async () => {
    const stored = readGoal(await db.goals.get(id));
    if (!stored) return null;
    const next = v.parse(GoalSchema, change(stored));
    if (next !== stored) await db.goals.put(next);
    return next;
  });
}

export async function deleteGoal(db: YardstickDb, id: string): Promise<void> {
  await db.goals.delete(id);
}

/** What goals of a workspace were last judged on (its ready datasets and its settings), and when. */
export type GoalBasis = Omit<GoalBasisRecord, 'workspaceId'>;

export async function readGoalBasis(db: YardstickDb, workspaceId: string): Promise<GoalBasis | null> {
  const value = await db.goalBases.get(workspaceId);
  return value
    ? {
        data: value.data,
        settings: value.settings,
        ...(value.judgedAt !== undefined && { judgedAt: value.judgedAt }),
      }
    : null;
}

/** Kept only while the workspace exists: goals judged just before an erase write nothing after it. */
export async function writeGoalBasis(db: YardstickDb, workspaceId: string, basis: GoalBasis): Promise<void> {
  await db.transaction('rw', db.workspaces, db.goalBases, async () => {
    if (await db.workspaces.get(workspaceId)) await db.goalBases.put({ workspaceId, ...basis });
  });
}
