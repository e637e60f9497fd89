// The goals request: goals judged on the whole workspace; a change of shown status is appended to
// the stored history once, with the cause of the new judgement (data, settings or the goal).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/core/goals/model.ts';
import type { WorkspaceMetrics } from '../../../src/core/metrics/types.ts';
import { putGoal } from '../../../src/db/goals.ts';
import { YardstickDb, type SettingsRecord } from '../../../src/db/schema.ts';
import { createWorkspace, getSettings } from '../../../src/db/workspaces.ts';
import { commitDataset, stageDataset } from '../../../src/db/datasets.ts';
import { judgeGoals, judgedAfter } from '../../../src/worker/goals.ts';
import { stagedRecord } from '../db/records.ts';
import { goal, reach } from '../goals/goal-fixtures.ts';

let db: YardstickDb;
let n = 0;
let ws: string;
let mrr: (number | null)[];

beforeEach(async () => {
  db = new YardstickDb(`worker-goals-${++n}`);
  await db.open();
  ws = (await createWorkspace(db, 'Main', 'en-US')).id;
  mrr = [100, 150];
});
afterEach(async () => {
  await db.delete();
});

async function whole(id: string): Promise<{ metrics: WorkspaceMetrics; settings: SettingsRecord }> {
  const metrics: WorkspaceMetrics = {
    months: ['2025-01', '2025-02'],
    values: { mrr, customer_churn_rate: [null, null] },
    sources: {},
    inputs: {},
    cohorts: null,
    inProgress: false,
  };
  return { metrics, settings: await getSettings(db, id) };
}

describe('judging goals in the worker', () => {
  it('answers each goal with its evaluation and the KPIs that have values', async () => {
    await putGoal(db, goal([reach({ kpi: 'mrr', from: 100, to: 200 })], { workspaceId: ws }));
    const answer = await judgeGoals(db, whole, ws, 0);
    expect(answer.goals).toHaveLength(1);
    // End of February 2025: half way to 200, 16 % of 2025 gone → on track.
    expect(answer.goals[0].evaluation.targets[0]).toMatchObject({
      status: 'on_track',
      current: 150,
      progress: 0.5,
    });
    expect(answer.kpis).toEqual(['mrr']);
    expect(answer.firstMonth).toBe('2025-01');
    expect(answer.latestMonth).toBe('2025-02');
  });

  it('stores a status change once, with its cause', async () => {
    await putGoal(db, goal([reach({ kpi: 'mrr', from: 100, to: 200 })], { workspaceId: ws }));
    await judgeGoals(db, whole, ws, 0);
    await judgeGoals(db, whole, ws, 0);
    expect((await db.goals.get('g'))!.history).toMatchObject([
      { from: null, to: 'on_track', cause: 'computed', note: 'goal' },
    ]);

    // New data: MRR stalls at 101 → 15 points behind → at risk, after the data changed.
    mrr = [100, 101];
    await stageDataset(db, stagedRecord('d1', ws));
    await commitDataset(db, stagedRecord('d1', ws));
    const answer = await judgeGoals(db, whole, ws, 0);
    expect(answer.goals[0].evaluation.targets[0].status).toBe('at_risk');
    expect(answer.goals[0].goal.history.at(-1)).toMatchObject({
      from: 'on_track',
      to: 'at_risk',
      note: 'import',
    });
    expect((await db.goals.get('g'))!.history).toHaveLength(2);
  });

  it('names the cause: data first, then settings, then a save, else the date', () => {
    const a = { data: 'x', settings: 's', judgedAt: 1000 };
    const savedAt = (updatedAt: number) => ({ updatedAt }) as Goal;
    expect(judgedAfter(null, a, savedAt(500))).toBe('goal');
    expect(judgedAfter(a, { data: 'y', settings: 't' }, savedAt(500))).toBe('import');
    expect(judgedAfter(a, { data: 'x', settings: 't' }, savedAt(500))).toBe('settings');
    expect(judgedAfter(a, a, savedAt(1500))).toBe('goal');
    expect(judgedAfter(a, a, savedAt(500))).toBe('date');
    // A basis kept before the judgement time was: a save is the cause it can name.
    expect(judgedAfter({ data: 'x', settings: 's' }, a, savedAt(500))).toBe('goal');
  });
});
