import { describe, expect, it } from 'vitest';
import type { ComputedPart } from '../../../src/worker/protocol.ts';
import { sameAnswer } from '../../../src/worker/same-answer.ts';

function answer(mrr: number[], computeMs = 5): ComputedPart {
  return {
    grains: {
      month: {
        months: ['2024-01', '2024-02'],
        values: { mrr },
        sources: { mrr: 'subscriptions' },
        inputs: { mrr: [{ live_subscriptions: 1 }, { live_subscriptions: 2 }] },
        cohorts: { months: ['2024-01'], count: new Float64Array([1, NaN]), mrr: new Float64Array([10, 0]) },
        inProgress: false,
      },
    },
    segmentFields: { plan: ['Pro', 'Team'] },
    segmentMisses: [],
    eventNames: [],
    timings: { loadMs: 0, computeMs },
    currencyGap: null,
  } as unknown as ComputedPart;
}

describe('sameAnswer', () => {
  it('holds for the same numbers however long each compute took (NaN equals NaN)', () => {
    expect(sameAnswer(answer([10, 40], 5), answer([10, 40], 90))).toBe(true);
  });

  it('fails on any number, label or typed array that differs', () => {
    expect(sameAnswer(answer([10, 40]), answer([10, 41]))).toBe(false);
    const b = answer([10, 40]);
    b.segmentFields.plan = ['Pro'];
    expect(sameAnswer(answer([10, 40]), b)).toBe(false);
    const c = answer([10, 40]) as unknown as { grains: { month: { cohorts: { mrr: Float64Array } } } };
    c.grains.month.cohorts.mrr = new Float64Array([10, 1]);
    expect(sameAnswer(answer([10, 40]), c as unknown as ComputedPart)).toBe(false);
    const d = answer([10, 40]) as unknown as { grains: { month: { cohorts: { mrr: unknown } } } };
    d.grains.month.cohorts.mrr = [10, 0];
    expect(sameAnswer(answer([10, 40]), d as unknown as ComputedPart)).toBe(false);
    const e = answer([10, 40]);
    e.grains.quarter = e.grains.month;
    expect(sameAnswer(answer([10, 40]), e)).toBe(false);
  });
});
