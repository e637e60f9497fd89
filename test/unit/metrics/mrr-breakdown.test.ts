// What a computed MRR is made of (the "how is this computed" of the MRR card): live subscriptions
// at month end and, when there are few plans, the MRR of each plan. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { MAX_PLANS } from '../../../src/core/metrics/mrr-breakdown.ts';
import { npsFrame, settings, subs, valueAt, type SubRow } from './frames.ts';

const inputsAt = (r: ReturnType<typeof computeWorkspace>, id: string, month: string) =>
  r.inputs[id][r.months.indexOf(month)];

describe('MRR inputs', () => {
  const rows: SubRow[] = [
    // Pro: 2 × $50 from January; one ends on 15 February (not live at the end of February).
    { customer_id: 'a', start: '2024-01-03', amount: 50, plan: 'Pro' },
    { customer_id: 'b', start: '2024-01-04', end: '2024-02-15', amount: 50, plan: 'Pro' },
    // Starter: $120 a year = $10 a month, from February.
    { customer_id: 'c', start: '2024-02-01', amount: 120, interval_unit: 'year', plan: 'Starter' },
    // Two subscriptions of one customer both count.
    { customer_id: 'c', start: '2024-02-01', amount: 5, plan: 'Starter' },
  ];
  const r = computeWorkspace({ subscriptions: subs(rows) }, settings());

  it('counts the subscriptions live at month end and sums them by plan', () => {
    // January: a, b live → 2 subscriptions, Pro 100, MRR 100.
    expect(valueAt(r, 'mrr', '2024-01')).toBe(100);
    expect(inputsAt(r, 'mrr', '2024-01')).toEqual({ live_subscriptions: 2, 'mrr_plan:Pro': 100 });
    // February: a (50), c (10 + 5) → 3 subscriptions; b ended mid-month.
    expect(valueAt(r, 'mrr', '2024-02')).toBe(65);
    expect(inputsAt(r, 'mrr', '2024-02')).toEqual({
      live_subscriptions: 3,
      'mrr_plan:Pro': 50,
      'mrr_plan:Starter': 15,
    });
  });

  it('gives only the count and sum when there are too many plans to list', () => {
    const many: SubRow[] = Array.from({ length: MAX_PLANS + 1 }, (_, i) => ({
      customer_id: `c${i}`,
      start: '2024-01-02',
      amount: 10,
      plan: `P${i}`,
    }));
    const out = computeWorkspace({ subscriptions: subs(many) }, settings());
    expect(valueAt(out, 'mrr', '2024-01')).toBe(10 * (MAX_PLANS + 1));
    expect(inputsAt(out, 'mrr', '2024-01')).toEqual({ live_subscriptions: MAX_PLANS + 1 });
  });

  it('groups plans written with spaces around them, and lists subscriptions without a plan apart', () => {
    const out = computeWorkspace(
      {
        subscriptions: subs([
          { customer_id: 'a', start: '2024-01-02', amount: 30, plan: ' Pro' },
          { customer_id: 'b', start: '2024-01-02', amount: 20, plan: 'Pro  ' },
          { customer_id: 'c', start: '2024-01-02', amount: 5 },
          { customer_id: 'd', start: '2024-01-02', amount: 7, plan: 'Pro' },
        ]),
      },
      settings(),
    );
    expect(inputsAt(out, 'mrr', '2024-01')).toEqual({
      live_subscriptions: 4,
      'mrr_plan:Pro': 57,
      'mrr_plan:': 5,
    });
  });

  it('has no plan lines when no subscription names a plan', () => {
    const out = computeWorkspace(
      { subscriptions: subs([{ customer_id: 'x', start: '2024-01-02', amount: 30 }]) },
      settings(),
    );
    expect(inputsAt(out, 'mrr', '2024-01')).toEqual({ live_subscriptions: 1 });
  });
});

describe('NPS inputs', () => {
  it('splits the responses into promoters, passives and detractors', () => {
    // metrics.md §13 example 9: 5 promoters (9, 10), 4 passives (7, 8), 1 detractor (6) → 40.
    const scores = [9, 10, 9, 10, 9, 7, 8, 7, 8, 6];
    const nps = npsFrame(scores.map((score, i) => ({ responded_at: `2024-01-${10 + i}`, score })));
    const r = computeWorkspace({ nps }, settings());
    expect(valueAt(r, 'nps', '2024-01')).toBe(40);
    expect(inputsAt(r, 'nps', '2024-01')).toEqual({
      promoters: 5,
      passives: 4,
      detractors: 1,
      responses: 10,
    });
  });
});
