// §11 progress and status rules, hand-computed.
import { describe, expect, it } from 'vitest';
import {
  goalStatus,
  keepStatus,
  paceStatus,
  reachProgress,
  tasksProgress,
} from '../../../src/core/goals/rules.ts';

describe('reach progress', () => {
  it('is (v − s)/(t − s) going up: s 10, t 50, v 26 → 16/40', () => {
    expect(reachProgress(10, 50, 26)).toBeCloseTo(0.4, 12);
  });

  it('works with t below s ("bring churn down to 3"): s 8, t 3, v 6 → −2/−5', () => {
    expect(reachProgress(8, 3, 6)).toBeCloseTo(0.4, 12);
  });

  it('is clamped to [0, 1] both ways', () => {
    expect(reachProgress(10, 50, 60)).toBe(1);
    expect(reachProgress(10, 50, 5)).toBe(0);
    expect(reachProgress(8, 3, 2)).toBe(1);
    expect(reachProgress(8, 3, 9)).toBe(0);
  });

  it('with t = s is 1 once v has reached t in the target direction, else 0', () => {
    expect(reachProgress(5, 5, 5)).toBe(1);
    expect(reachProgress(5, 5, 6, 'up')).toBe(1);
    expect(reachProgress(5, 5, 4, 'up')).toBe(0);
    expect(reachProgress(5, 5, 4, 'down')).toBe(1);
    expect(reachProgress(5, 5, 6, 'down')).toBe(0);
  });

  it('of tasks is done ÷ all, and 0 without tasks', () => {
    expect(tasksProgress([{ done: true }, { done: false }, { done: false }, { done: true }])).toBe(0.5);
    expect(tasksProgress([])).toBe(0);
  });
});

describe('reach, done and tasks status (pace)', () => {
  // start 0, due 100: d is the share of the time gone in percent.
  it('12 points behind (40 % done, 52 % of the time gone) is at risk', () => {
    const p = paceStatus(0.4, 52, 0, 100);
    expect(p.expected).toBeCloseTo(0.52, 12);
    expect(p.behind).toBe(12);
    expect(p.status).toBe('at_risk');
  });

  it('behind exactly 10 is at risk, 9 on track, exactly 25 off track', () => {
    expect(paceStatus(0.42, 52, 0, 100).status).toBe('at_risk');
    expect(paceStatus(0.43, 52, 0, 100).status).toBe('on_track');
    expect(paceStatus(0.4, 65, 0, 100).status).toBe('off_track');
    expect(paceStatus(0.41, 65, 0, 100).status).toBe('at_risk');
  });

  it('ahead of time is on track; progress 1 is complete even after the due date', () => {
    expect(paceStatus(0.9, 50, 0, 100).status).toBe('on_track');
    expect(paceStatus(1, 150, 0, 100).status).toBe('complete');
  });

  it('after the due date anything short of 1 is off track', () => {
    const p = paceStatus(0.99, 101, 0, 100);
    expect(p.expected).toBe(1);
    expect(p.afterDue).toBe(true);
    expect(p.status).toBe('off_track');
  });

  it('on the due date itself is not after it', () => {
    expect(paceStatus(0.95, 100, 0, 100).status).toBe('on_track');
  });
});

describe('keep status', () => {
  const m = (...values: number[]) => values.map((value, i) => ({ month: `2025-0${i + 1}`, value }));

  it('at_most: only the latest month failing is at risk; progress holding ÷ with a value', () => {
    const k = keepStatus(m(2.5, 2.9, 3.4), 'at_most', 3, 10, 100);
    expect(k.status).toBe('at_risk');
    expect(k.progress).toBeCloseTo(2 / 3, 12);
    expect(k.failing).toBe(1);
  });

  it('the threshold itself holds (≤ and ≥)', () => {
    expect(keepStatus(m(3), 'at_most', 3, 10, 100).status).toBe('on_track');
    expect(keepStatus(m(100), 'at_least', 100, 10, 100).status).toBe('on_track');
  });

  it('two failing months with a value in a row are off track', () => {
    const k = keepStatus(m(2, 3.5, 3.4), 'at_most', 3, 10, 100);
    expect(k.status).toBe('off_track');
    expect(k.progress).toBeCloseTo(1 / 3, 12);
    expect(k.failing).toBe(2);
  });

  it('at_least: a recovered latest month is on track', () => {
    const k = keepStatus(m(99, 94, 101), 'at_least', 100, 10, 100);
    expect(k.status).toBe('on_track');
    expect(k.progress).toBeCloseTo(1 / 3, 12);
  });

  it('after the due date: holding is complete, failing once is off track', () => {
    expect(keepStatus(m(4, 2), 'at_most', 3, 101, 100).status).toBe('complete');
    expect(keepStatus(m(2, 4), 'at_most', 3, 101, 100).status).toBe('off_track');
  });

  it('with no month to look at has not started', () => {
    const k = keepStatus([], 'at_least', 3, 10, 100);
    expect(k.status).toBe('not_started');
    expect(k.progress).toBe(0);
  });
});

describe('goal status', () => {
  it('is the worst status among started targets', () => {
    expect(goalStatus(['on_track', 'off_track', 'not_started'])).toBe('off_track');
    expect(goalStatus(['complete', 'at_risk', 'on_track'])).toBe('at_risk');
    expect(goalStatus(['complete', 'on_track'])).toBe('on_track');
    expect(goalStatus(['not_started', 'on_track'])).toBe('on_track');
  });

  it('is not started when every target is, complete when every target is', () => {
    expect(goalStatus(['not_started', 'not_started'])).toBe('not_started');
    expect(goalStatus(['complete', 'complete'])).toBe('complete');
  });
});
