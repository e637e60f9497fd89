// Small builders for goals in tests: every field the schema asks for, overridable.
import type { Goal, KeepTarget, ReachTarget, Target } from '../../../src/core/goals/model.ts';
import { GoalSchema } from '../../../src/core/goals/model.ts';
import * as v from 'valibot';

export function reach(o: Partial<ReachTarget> = {}): ReachTarget {
  return {
    id: 'r',
    name: '',
    override: null,
    kind: 'reach',
    kpi: null,
    from: 0,
    to: 100,
    checkIns: [],
    ...o,
  };
}

export function keep(o: Partial<KeepTarget> = {}): KeepTarget {
  return {
    id: 'k',
    name: '',
    override: null,
    kind: 'keep',
    kpi: null,
    direction: 'at_most',
    threshold: 3,
    checkIns: [],
    ...o,
  };
}

export function goal(targets: Target[], o: Partial<Goal> = {}): Goal {
  const g: Goal = {
    id: 'g',
    workspaceId: 'w',
    name: 'Goal',
    owner: '',
    description: '',
    start: '2025-01-01',
    due: '2025-12-31',
    archived: false,
    createdAt: 0,
    updatedAt: 0,
    targets,
    history: [],
    ...o,
  };
  // Every goal a test builds is one the store would accept.
  return v.parse(GoalSchema, g);
}
