// metrics.md §16 on hand-computed series: every expected month below was worked out on paper
// from the rule text, not from the code.
import { describe, expect, it } from 'vitest';
import { evaluateRule, firedMonths, type MonthValue } from '../../../src/core/alerts/evaluate.ts';
import type { Condition } from '../../../src/core/alerts/model.ts';

const threshold = (
  op: '>' | '>=' | '<' | '<=',
  value: number,
  recoverAt: number | null = null,
): Condition => ({
  type: 'threshold',
  op,
  value,
  recoverAt,
});
const change = (
  direction: 'rises_by' | 'falls_by',
  by: number,
  percent: boolean,
  minValue: number | null = null,
): Condition => ({ type: 'change', direction, by, percent, minValue });

const run = (condition: Condition, values: MonthValue[], forMonths = 1) =>
  evaluateRule({ condition, forMonths }, values);

describe('threshold operators', () => {
  const values = [4, 5, 6, 5, 4];
  it('> fires only strictly above', () => {
    expect(run(threshold('>', 5), values)).toEqual({
      firing: [false, false, true, false, false],
      raised: [2],
      resolved: [3],
    });
  });
  it('>= fires at the threshold itself', () => {
    expect(run(threshold('>=', 5), values)).toEqual({
      firing: [false, true, true, true, false],
      raised: [1],
      resolved: [4],
    });
  });
  it('< fires only strictly below', () => {
    expect(run(threshold('<', 5), values)).toEqual({
      firing: [true, false, false, false, true],
      raised: [0, 4],
      resolved: [1],
    });
  });
  it('<= fires at the threshold itself', () => {
    expect(run(threshold('<=', 5), values)).toEqual({
      firing: [true, true, false, true, true],
      raised: [0, 3],
      resolved: [2],
    });
  });
  it('negative thresholds and values compare as numbers', () => {
    expect(run(threshold('<', 0), [1, -0.5, -2, 0]).raised).toEqual([1]);
    expect(run(threshold('<', 0), [1, -0.5, -2, 0]).resolved).toEqual([3]);
  });
});

describe('change against the previous month', () => {
  it('falls_by an amount: previous − v ≥ x', () => {
    // steps: −, 100→90 fell 10 (yes), 90→85 fell 5 (no), 85→70 fell 15 (yes), 70→80 rose
    const e = run(change('falls_by', 10, false), [100, 90, 85, 70, 80]);
    expect(e.firing).toEqual([false, true, false, true, false]);
    expect(e.raised).toEqual([1, 3]);
    expect(e.resolved).toEqual([2, 4]);
  });
  it('rises_by an amount: v − previous ≥ x', () => {
    // 10→12 +2 (no), 12→15 +3 (yes), 15→18 +3 (yes), 18→18 0 (no)
    const e = run(change('rises_by', 3, false), [10, 12, 15, 18, 18]);
    expect(e.firing).toEqual([false, false, true, true, false]);
    expect(e.raised).toEqual([2]);
    expect(e.resolved).toEqual([4]);
  });
  it('falls_by a percent of the previous value, float noise included', () => {
    // 200→180 = −10 % (yes, exactly at x), 180→171 = −5 % (no),
    // 171→153.9: 17.1/171 = 10 % (yes; 171 − 153.9 carries float noise), 153.9→153.9 (no)
    const e = run(change('falls_by', 10, true), [200, 180, 171, 153.9, 153.9]);
    expect(e.raised).toEqual([1, 3]);
    expect(e.resolved).toEqual([2, 4]);
  });
  it('rises_by a percent: a zero previous value never meets it', () => {
    // 0→50: percent of 0 is undefined (no); 50→100 = +100 % (yes); 100→0 (no); 0→10 (no)
    const e = run(change('rises_by', 20, true), [0, 50, 100, 0, 10]);
    expect(e.firing).toEqual([false, false, true, false, false]);
  });
  it('a change by an amount from a zero previous value is an ordinary step', () => {
    // 0→50 rose 50 ≥ 20 (yes)
    expect(run(change('rises_by', 20, false), [0, 50]).raised).toEqual([1]);
  });
  it('a negative previous value counts by its size', () => {
    // −100→−85: rose 15 = 15 % of |−100| (yes at 10 %); −85→−80: 5/85 ≈ 5.9 % (no)
    expect(run(change('rises_by', 10, true), [-100, -85, -80]).firing).toEqual([false, true, false]);
  });
  it('min_value: the condition also needs |v| ≥ min_value', () => {
    // 10→5 fell 50 % but |5| < 8 (no); 5→100 rose (no); 100→50 fell 50 %, |50| ≥ 8 (yes);
    // 50→55 rose (no); 55→−40 fell 95 = 172.7 % of 55, and |−40| ≥ 8 (yes)
    const e = run(change('falls_by', 30, true, 8), [10, 5, 100, 50, 55, -40]);
    expect(e.firing).toEqual([false, false, false, true, false, true]);
  });
  it('the first month and a month after a null month have no previous value', () => {
    // 100→null (null never meets), null→10 (no previous), 10→1 fell 9 (yes)
    const e = run(change('falls_by', 5, false), [100, null, 10, 1]);
    expect(e.firing).toEqual([false, false, false, true]);
  });
});

describe('for_months', () => {
  it('needs N consecutive months', () => {
    // run: 1,2,0,1,2,3 → fires from the 2nd month of a run
    const e = run(threshold('>', 7), [8, 9, 1, 8, 8, 8], 2);
    expect(e.firing).toEqual([false, true, false, false, true, true]);
    expect(e.raised).toEqual([1, 4]);
    expect(e.resolved).toEqual([2]);
  });
  it('a null month inside the run breaks it and, once firing, keeps the state', () => {
    // N=3: 8,8,null,8,8 → runs 1,2,0,1,2: never three in a row, never fires
    expect(run(threshold('>', 7), [8, 8, null, 8, 8], 3).raised).toEqual([]);
    // N=2: 8,8 fires at index 1; null keeps firing; 8 still meets it; 1 resolves
    const e = run(threshold('>', 7), [8, 8, null, 8, 1], 2);
    expect(e.firing).toEqual([false, true, true, true, false]);
    expect(e.raised).toEqual([1]);
    expect(e.resolved).toEqual([4]);
  });
  it('a null month keeps a non-firing rule quiet', () => {
    expect(run(threshold('>', 7), [null, null, 9], 1).firing).toEqual([false, false, true]);
  });
  it('after a resolution the run must build up again', () => {
    // N=2: 9,9 (fires at 1), 1 (resolves at 2), 9 (run 1: no), 9 (run 2: raised at 4)
    const e = run(threshold('>=', 9), [9, 9, 1, 9, 9], 2);
    expect(e.raised).toEqual([1, 4]);
    expect(e.resolved).toEqual([2]);
  });
});

describe('recover_at (hysteresis)', () => {
  // Churn oscillating around 5 %: 4, 6, 4.8, 5.2, 4.9, 5.5, 2.9, 6
  const churn = [4, 6, 4.8, 5.2, 4.9, 5.5, 2.9, 6];
  it('without recovery the rule flaps around the threshold', () => {
    const e = run(threshold('>', 5), churn);
    expect(e.raised).toEqual([1, 3, 5, 7]);
    expect(e.resolved).toEqual([2, 4, 6]);
  });
  it('with recover_at 3 it fires once and resolves only at a value ≤ 3', () => {
    const e = run(threshold('>', 5, 3), churn);
    expect(e.firing).toEqual([false, true, true, true, true, true, false, true]);
    expect(e.raised).toEqual([1, 7]);
    expect(e.resolved).toEqual([6]);
  });
  it('for < rules recovery is v ≥ r, and the value r itself recovers', () => {
    // NRR below 95, recovering at 100: 96, 94 (fires), 97 (stays), 100 (recovers), 94 (fires)
    const e = run(threshold('<', 95, 100), [96, 94, 97, 100, 94]);
    expect(e.raised).toEqual([1, 4]);
    expect(e.resolved).toEqual([3]);
  });
  it('a null month while firing keeps firing with recovery too', () => {
    expect(run(threshold('>=', 10, 5), [12, null, 6, 5]).firing).toEqual([true, true, true, false]);
  });
});

describe('named months', () => {
  it('maps indices to months', () => {
    const months = ['2024-01', '2024-02', '2024-03'];
    expect(firedMonths({ condition: threshold('>', 1), forMonths: 1 }, months, [2, 0, 3])).toEqual({
      raised: ['2024-01', '2024-03'],
      resolved: ['2024-02'],
    });
  });
});
