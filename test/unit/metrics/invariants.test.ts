// metrics.md §3 invariants on random subscription files, plus a brute-force oracle of the live rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { monthEnd, parseMonthKey } from '../../../src/core/metrics/time.ts';
import { settings, subs, type SubRow } from './frames.ts';

const DAY = 86_400_000;
const BASE = Date.UTC(2024, 0, 1);
const iso = (t: number) => new Date(t).toISOString();
const UNIT_F: Record<string, number> = { month: 1, year: 1 / 12, week: 52 / 12, day: 365 / 12 };

const row = fc.record({
  customer: fc.integer({ min: 0, max: 7 }),
  // Whole days or exact month starts, so plan changes at 00:00 on the 1st occur often.
  startDay: fc.oneof(fc.integer({ min: 0, max: 360 }), fc.constantFrom(0, 31, 60, 91, 121, 152)),
  startMs: fc.constantFrom(0, 1, DAY - 1, 13 * 3_600_000),
  length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  trialDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  amount: fc.constantFrom(0, 0.1, 0.2, 0.3, 10, 29, 99, 99.99, 120),
  unit: fc.constantFrom('month', 'year', 'week', 'day'),
  quantity: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  status: fc.constantFrom('active', 'canceled', 'past_due', 'trialing', 'incomplete', 'incomplete_expired'),
});

type Gen = { customer: number; startDay: number; startMs: number; length: number | null } & {
  trialDays: number | null;
  amount: number;
  unit: string;
  quantity: number | null;
  status: string;
};

function toRows(gen: Gen[]): SubRow[] {
  return gen.map((g) => {
    const start = BASE + g.startDay * DAY + g.startMs;
    return {
      customer_id: `c${g.customer}`,
      start: iso(start),
      end: g.length === null ? null : iso(start + g.length * DAY),
      trial_end: g.trialDays === null ? null : iso(start + g.trialDays * DAY),
      amount: g.amount,
      interval_unit: g.unit,
      quantity: g.quantity,
      status: g.status,
    };
  });
}

/** §2 read literally, one row and one instant at a time. */
function oracleMrr(rows: SubRow[], T: number): number {
  let total = 0;
  for (const r of rows) {
    const start = Date.parse(r.start);
    const end = r.end ? Date.parse(r.end) : null;
    const trialEnd = r.trial_end ? Date.parse(r.trial_end) : null;
    if (r.status === 'incomplete' || r.status === 'incomplete_expired') continue;
    if (r.status === 'trialing' && trialEnd === null) continue;
    if (!(start <= T && (end === null || end > T) && (trialEnd === null || trialEnd <= T))) continue;
    total += r.amount! * (r.quantity ?? 1) * UNIT_F[r.interval_unit!];
  }
  return total;
}

describe('§3 invariants (property-based)', () => {
  it('net_new_mrr = ΔMRR, customer identity, crr = 100 − churn, MRR = live-rule oracle', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (gen) => {
        const rows = toRows(gen);
        const r = computeWorkspace({ subscriptions: subs(rows) }, settings());
        const v = r.values;
        r.months.forEach((month, i) => {
          const prevMrr = i > 0 ? v.mrr[i - 1]! : 0;
          const prevCustomers = i > 0 ? v.customers[i - 1]! : 0;
          expect(Math.abs(v.net_new_mrr[i]! - (v.mrr[i]! - prevMrr))).toBeLessThan(1e-6);
          expect(v.customers[i]).toBe(
            prevCustomers + v.new_customers[i]! + v.reactivated_customers[i]! - v.churned_customers[i]!,
          );
          const churn = v.customer_churn_rate[i];
          const crr = v.crr[i];
          expect(crr === null).toBe(churn === null);
          if (crr !== null) expect(crr).toBeCloseTo(100 - churn!, 9);
          expect(v.mrr[i]).toBeCloseTo(oracleMrr(rows, monthEnd(parseMonthKey(month))), 6);
        });
      }),
      { numRuns: 300 },
    );
  });
});
