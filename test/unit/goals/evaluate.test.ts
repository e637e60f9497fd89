// A goal judged at d (§11): d itself, linked and entered values, windows, statuses and forecasts.
import { describe, expect, it } from 'vitest';
import { evaluateGoal, judgeDate } from '../../../src/core/goals/evaluate.ts';
import type { KpiData } from '../../../src/core/goals/values.ts';
import { goal, keep, reach } from './goal-fixtures.ts';

const data: KpiData = {
  months: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'],
  values: {
    mrr: [1000, 1100, 1200, 1300, 1400, 1500],
    customer_churn_rate: [2, null, 3.5, null, 3.4, null],
    nps: [null, null, null, null, null, null],
  },
};
const JUNE_END = Date.UTC(2025, 6, 1) - 1;
const TODAY = Date.UTC(2025, 8, 15, 12);

describe('the date d', () => {
  it('is the end of the data’s latest month when every target is linked', () => {
    expect(judgeDate(goal([reach({ kpi: 'mrr' })]), data, TODAY)).toEqual({ d: JUNE_END, basis: 'data' });
  });

  it('is today as soon as one target is entered by hand', () => {
    const g = goal([reach({ kpi: 'mrr' }), reach({ id: 'x' })]);
    expect(judgeDate(g, data, TODAY)).toEqual({ d: TODAY, basis: 'today' });
  });
});

describe('a linked reach target', () => {
  // s 1000 → t 2000 over 2025; d = 30 June 23:59:59.999.
  const g = goal([reach({ kpi: 'mrr', from: 1000, to: 2000 })]);
  const e = evaluateGoal(g, data, TODAY);
  const t = e.targets[0];

  it('takes the latest month ≤ month(d) with a value', () => {
    expect(t.current).toBe(1500);
    expect(t.currentAt).toBe('2025-06');
    expect(t.progress).toBeCloseTo(0.5, 12);
  });

  it('is judged against the time gone: 181 of 365 days → 49.6 % gone, 50 % done → on track', () => {
    expect(t.status).toBe('on_track');
    expect(t.why).toMatchObject({ code: 'pace', afterDue: false });
    if (t.why.code === 'pace')
      expect(t.why.expected).toBeCloseTo((JUNE_END - Date.UTC(2025, 0, 1)) / (365 * 86400000 - 1), 12);
  });

  it('forecasts on the last 6 months: +100 a month reaches 2000 in November, 2100 in December', () => {
    expect(t.forecast!.value).toBeCloseTo(2100, 6);
    expect(t.forecast!.month).toBe('2025-11');
  });

  it('goal progress is the mean of its targets', () => {
    const two = evaluateGoal(
      goal([reach({ kpi: 'mrr', from: 1000, to: 2000 }), reach({ id: 'b', kpi: 'mrr', from: 0, to: 1500 })]),
      data,
      TODAY,
    );
    expect(two.progress).toBeCloseTo(0.75, 12);
  });
});

describe('not started', () => {
  it('before the start date', () => {
    const e = evaluateGoal(goal([reach({ kpi: 'mrr' })], { start: '2025-07-01' }), data, TODAY);
    expect(e.targets[0].status).toBe('not_started');
    expect(e.status).toBe('not_started');
  });

  it('when a linked target has no value in its window yet (the values before the start month do not count)', () => {
    const late = { ...data, months: [...data.months], values: { mrr: [1000, 1100, null, null, null, null] } };
    const e = evaluateGoal(goal([reach({ kpi: 'mrr' })], { start: '2025-03-01' }), late, TODAY);
    expect(e.targets[0].status).toBe('not_started');
    expect(e.targets[0].current).toBeNull();
    expect(
      evaluateGoal(goal([keep({ kpi: 'nps', direction: 'at_least', threshold: 50 })]), data, TODAY).targets[0]
        .status,
    ).toBe('not_started');
  });
});

describe('a linked keep target with null months', () => {
  it('skips them: 2 holds, 3.5 and 3.4 fail in a row → off track, 1 of 3 holding', () => {
    const e = evaluateGoal(
      goal([keep({ kpi: 'customer_churn_rate', direction: 'at_most', threshold: 3 })]),
      data,
      TODAY,
    );
    const t = e.targets[0];
    expect(t.status).toBe('off_track');
    expect(t.progress).toBeCloseTo(1 / 3, 12);
    expect(t.current).toBe(3.4);
    expect(t.why).toMatchObject({ code: 'keep', month: '2025-05', failing: 2, holds: false });
  });

  it('counts only the months from the start month', () => {
    const e = evaluateGoal(
      goal([keep({ kpi: 'customer_churn_rate', direction: 'at_most', threshold: 3 })], {
        start: '2025-03-15',
      }),
      data,
      TODAY,
    );
    expect(e.targets[0].progress).toBe(0);
    expect(e.targets[0].status).toBe('off_track');
  });

  it('at_least 3.45: only the latest month failing is at risk', () => {
    const e = evaluateGoal(
      goal([keep({ kpi: 'customer_churn_rate', direction: 'at_least', threshold: 3.45 })]),
      data,
      TODAY,
    );
    expect(e.targets[0].status).toBe('at_risk');
    expect(e.targets[0].progress).toBeCloseTo(1 / 3, 12);
  });
});

describe('entered targets', () => {
  it('use the latest check-in on or before d', () => {
    const target = reach({
      from: 0,
      to: 10,
      checkIns: [
        { date: '2025-03-01', value: 2, note: '' },
        { date: '2025-09-15', value: 5, note: 'today' },
        { date: '2025-10-01', value: 9, note: 'future' },
      ],
    });
    const e = evaluateGoal(goal([target]), data, TODAY);
    expect(e.basis).toBe('today');
    expect(e.targets[0].current).toBe(5);
    expect(e.targets[0].progress).toBe(0.5);
    expect(e.targets[0].forecast).toBeNull();
  });

  it('after the due date short of the target are off track; done targets complete', () => {
    const late = Date.UTC(2026, 0, 1);
    const e = evaluateGoal(
      goal([
        reach({ checkIns: [{ date: '2025-12-01', value: 99, note: '' }] }),
        { id: 'd', name: 'Ship', override: null, kind: 'done', done: true },
      ]),
      data,
      late,
    );
    expect(e.targets.map((t) => t.status)).toEqual(['off_track', 'complete']);
    expect(e.status).toBe('off_track');
  });
});

describe('a status set by hand', () => {
  it('is shown, and the goal status follows it, while the computed one is kept', () => {
    const g = goal([
      reach({
        kpi: 'mrr',
        from: 1000,
        to: 2000,
        override: { status: 'off_track', reason: 'big customer leaving', at: 1 },
      }),
    ]);
    const t = evaluateGoal(g, data, TODAY).targets[0];
    expect(t.computed).toBe('on_track');
    expect(t.status).toBe('off_track');
    expect(evaluateGoal(g, data, TODAY).status).toBe('off_track');
  });
});
