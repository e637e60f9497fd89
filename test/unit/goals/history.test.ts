import { describe, expect, it } from 'vitest';
import { benchmarkGoal } from '../../../src/core/goals/benchmarks.ts';
import { evaluateGoal } from '../../../src/core/goals/evaluate.ts';
import {
  appendHistory,
  computedChanges,
  setManualStatus,
  setOverrideReason,
} from '../../../src/core/goals/history.ts';
import { GoalSchema, type HistoryEntry } from '../../../src/core/goals/model.ts';
import * as v from 'valibot';
import { goal, reach } from './goal-fixtures.ts';

const data = { months: ['2025-01', '2025-02'], values: { mrr: [100, 150] } };

describe('status history', () => {
  it('records the first status, then only changes, with the old status and the cause', () => {
    let g = goal([reach({ kpi: 'mrr', from: 100, to: 200 })]);
    const first = computedChanges(g, evaluateGoal(g, data, 0), 10, 'import');
    expect(first).toEqual([
      { at: 10, targetId: 'r', from: null, to: 'on_track', cause: 'computed', note: 'import' },
    ]);
    g = appendHistory(g, first);
    expect(computedChanges(g, evaluateGoal(g, data, 0), 11, 'settings')).toEqual([]);
    // End of February: 59 of 365 days gone (16 %), 1 % done → 15 points behind.
    const worse = { ...data, values: { mrr: [100, 101] } };
    expect(computedChanges(g, evaluateGoal(g, worse, 0), 12, 'import')).toEqual([
      { at: 12, targetId: 'r', from: 'on_track', to: 'at_risk', cause: 'computed', note: 'import' },
    ]);
  });

  it('a manual status is kept with its move; its computed column clears it', () => {
    let g = goal([reach()]);
    g = setManualStatus(g, 'r', 'at_risk', 'on_track', 5);
    expect(g.targets[0].override).toEqual({ status: 'at_risk', reason: '', at: 5 });
    expect(g.history.at(-1)).toMatchObject({ from: 'on_track', to: 'at_risk', cause: 'manual' });
    g = setOverrideReason(g, 'r', 'supplier late');
    expect(g.targets[0].override?.reason).toBe('supplier late');
    expect(g.history.at(-1)?.note).toBe('supplier late');
    g = setManualStatus(g, 'r', 'on_track', 'on_track', 6);
    expect(g.targets[0].override).toBeNull();
    expect(g.history.at(-1)).toMatchObject({ from: 'at_risk', to: 'on_track', cause: 'reset' });
    expect(v.is(GoalSchema, g)).toBe(true);
  });
});

describe('a long-lived goal’s history', () => {
  // §11: "Every change of a target's shown status — computed after an import, or set by hand —
  // is kept in the goal's history".
  const change = (i: number): HistoryEntry => ({
    at: i,
    targetId: 'r',
    from: i === 0 ? null : i % 2 ? 'on_track' : 'at_risk',
    to: i % 2 ? 'at_risk' : 'on_track',
    cause: 'computed',
    note: 'import',
  });

  it('keeps every computed change, the first one too', () => {
    let g = goal([reach()]);
    for (let i = 0; i < 201; i++) g = appendHistory(g, [change(i)]);
    expect(g.history).toHaveLength(201);
    expect(g.history[0]).toMatchObject({ at: 0, from: null, to: 'on_track' });
  });

  it('keeps a change set by hand after hundreds of others', () => {
    let g = appendHistory(
      goal([reach()]),
      Array.from({ length: 200 }, (_, i) => change(i)),
    );
    g = setManualStatus(g, 'r', 'off_track', 'at_risk', 1000);
    expect(g.history).toHaveLength(201);
    expect(g.history[0]).toMatchObject({ at: 0 });
    expect(g.history.at(-1)).toMatchObject({ from: 'at_risk', to: 'off_track', cause: 'manual' });
  });
});

describe('benchmark goal', () => {
  it('keeps every banded KPI on the good side, due at the end of the current year', () => {
    let n = 0;
    const g = benchmarkGoal({
      workspaceId: 'w',
      name: 'Healthy SaaS benchmarks',
      today: Date.UTC(2026, 11, 6),
      firstMonth: '2025-01',
      newId: () => `id${++n}`,
    });
    expect(v.is(GoalSchema, g)).toBe(true);
    expect(g.due).toBe('2026-12-31');
    expect(g.start).toBe('2025-01-01');
    const byKpi = Object.fromEntries(g.targets.map((t) => [t.kind === 'keep' ? t.kpi : '', t]));
    expect(g.targets).toHaveLength(11);
    expect(byKpi.customer_churn_rate).toMatchObject({ direction: 'at_most', threshold: 3 });
    expect(byKpi.nrr).toMatchObject({ direction: 'at_least', threshold: 100 });
    expect(byKpi.ltv_cac).toMatchObject({ direction: 'at_least', threshold: 3 });
    expect(byKpi.cac_payback_months).toMatchObject({ direction: 'at_most', threshold: 12 });
    expect(byKpi.debt_to_equity).toMatchObject({ direction: 'at_most', threshold: 1.5 });
  });
});
