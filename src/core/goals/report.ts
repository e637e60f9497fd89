// Goals for `npm run report --goals goals.json`: the stored document read and validated, and each
// goal judged at its d by the same code as the app (metrics.md §11).
import * as v from 'valibot';
import { evaluateGoal } from './evaluate.ts';
import { GoalSchema, type Goal } from './model.ts';
import type { KpiData } from './values.ts';

export interface GoalReport {
  id: string;
  status: string;
  progress: number;
  targets: {
    id: string;
    status: string;
    progress: number;
    current: number | null;
    forecast_value: number | null;
    forecast_month: string | null;
  }[];
}

const Document = v.union([v.array(GoalSchema), v.object({ goals: v.array(GoalSchema) })]);

/** The goals of a stored document (an array of goals or `{goals: [...]}`); throws with the reason. */
export function readGoalsDocument(json: unknown): Goal[] {
  const r = v.safeParse(Document, json);
  if (r.success) return Array.isArray(r.output) ? r.output : r.output.goals;
  // The union's own message names no field: say where the first goal went wrong.
  const list = Array.isArray(json) ? json : (json as { goals?: unknown } | null)?.goals;
  if (!Array.isArray(list)) throw new Error('expected an array of goals or {"goals": [...]}');
  for (let i = 0; i < list.length; i++) {
    const g = v.safeParse(GoalSchema, list[i]);
    if (!g.success) {
      const issue = g.issues[0];
      const path = v.getDotPath(issue) ?? '';
      throw new Error(`goal ${i + 1}${path ? ` (${path})` : ''}: ${issue.message}`);
    }
  }
  throw new Error(r.issues[0].message);
}

export function goalsReport(goals: readonly Goal[], data: KpiData, today: number): GoalReport[] {
  return goals.map((goal) => {
    const e = evaluateGoal(goal, data, today);
    return {
      id: e.id,
      status: e.status,
      progress: e.progress,
      targets: e.targets.map((t) => ({
        id: t.id,
        status: t.status,
        progress: t.progress,
        current: t.current,
        forecast_value: t.forecast?.value ?? null,
        forecast_month: t.forecast?.month ?? null,
      })),
    };
  });
}

/** The report's `months` object (month → KPI → value) as the series goals are judged on. */
export function kpiDataOfMonths(months: Record<string, Record<string, number | null>>): KpiData {
  const keys = Object.keys(months).sort();
  const values: Record<string, (number | null)[]> = {};
  keys.forEach((month, i) => {
    for (const [id, value] of Object.entries(months[month])) {
      values[id] ??= new Array<number | null>(keys.length).fill(null);
      values[id][i] = value;
    }
  });
  return { months: keys, values };
}
