// metrics.md §11: "Every change of a target's shown status — computed after an import, or set by
// hand — is kept in the goal's history with the date, the old and new status and the cause."
// A goal judged today changes status as days pass, with no import, no settings change and no
// edit. The cause stored for such a change must not be the one HistoryList words as "after the
// goal was saved" (note 'goal'), since nothing was saved.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/core/goals/model.ts';
import { putGoal } from '../../../src/db/goals.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace, getSettings } from '../../../src/db/workspaces.ts';
import { judgeGoals } from '../../../src/worker/goals.ts';
import { goal as makeGoal } from '../goals/goal-fixtures.ts';

let db: YardstickDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('a status change that only time made', () => {
  it('is not recorded as caused by saving the goal', async () => {
    db = new YardstickDb(`history-cause-${Math.random()}`);
    await db.open();
    const ws = await createWorkspace(db, 'Acme', 'en-US');
    // Half of a checklist done; 1 Jan → 30 Jun 2025.
    const g: Goal = makeGoal(
      [
        {
          id: 't',
          name: 'Launch',
          override: null,
          kind: 'tasks',
          tasks: [
            { id: 'a', text: 'A', done: true },
            { id: 'b', text: 'B', done: false },
          ],
        },
      ],
      { id: 'g1', workspaceId: ws.id, start: '2025-01-01', due: '2025-06-30', createdAt: 1, updatedAt: 1 },
    );
    await putGoal(db, g);
    const settings = await getSettings(db, ws.id);
    const empty = { months: [], values: {}, sources: {}, inputs: {}, cohorts: null, inProgress: false };
    const whole = async () => ({ metrics: empty, settings });

    // 1 March: 59 of 181 days gone (33 %), 50 % done → on track.
    const first = await judgeGoals(db, whole, ws.id, Date.UTC(2025, 2, 1));
    expect(first.goals[0].evaluation.targets[0].status).toBe('on_track');
    // 15 July: after the due date at 50 % → off track. Nothing was imported, set or saved.
    const second = await judgeGoals(db, whole, ws.id, Date.UTC(2025, 6, 15));
    expect(second.goals[0].evaluation.targets[0].status).toBe('off_track');
    const last = second.goals[0].goal.history.at(-1)!;
    expect(last).toMatchObject({ targetId: 't', from: 'on_track', to: 'off_track', cause: 'computed' });
    expect(last.note).toBe('date');

    // A save after that judgement is the cause of the next change.
    const saved = { ...second.goals[0].goal, due: '2025-12-31', updatedAt: Date.now() + 1 };
    await putGoal(db, saved);
    const third = await judgeGoals(db, whole, ws.id, Date.UTC(2025, 6, 15));
    expect(third.goals[0].goal.history.at(-1)).toMatchObject({ from: 'off_track', note: 'goal' });
  });
});
