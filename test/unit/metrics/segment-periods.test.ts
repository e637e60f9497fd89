import { describe, expect, it } from 'vitest';
import { text } from '../../../src/core/metrics/columns.ts';
import { livePeriods } from '../../../src/core/metrics/segment-periods.ts';
import { parseMonthKey } from '../../../src/core/metrics/time.ts';
import { settings, subs } from './frames.ts';

// Jan–Mar 2024: month ends 31 Jan, 29 Feb, 31 Mar.
const range = { first: parseMonthKey('2024-01'), count: 3 };

// Row 0: a, Pro, 10 €/month from 1 Jan, live at every month end (months 0–2).
// Row 1: b, Basic, 20 from 15 Jan to 10 Mar (live at the ends of Jan and Feb: months 0–1).
// Row 2: c, Pro, 30 in USD from 1 Feb (months 1–2); Row 3: d, no plan, 40 (months 0–2).
const frame = subs([
  { customer_id: 'a', plan: 'Pro', start: '2024-01-01', amount: 10, currency: 'EUR' },
  { customer_id: 'b', plan: 'Basic', start: '2024-01-15', end: '2024-03-10', amount: 20, currency: 'EUR' },
  { customer_id: 'c', plan: 'Pro', start: '2024-02-01', amount: 30, currency: 'USD' },
  { customer_id: 'd', plan: null, start: '2024-01-01', amount: 40, currency: 'EUR' },
]);

// The kept periods as [row, first month, last month, MRR].
const rowsOf = ({ all: p, kept }: ReturnType<typeof livePeriods>) =>
  Array.from(kept, (k) => [p.row[k], p.lo[k], p.hi[k], p.mrr[k]]);

describe('livePeriods of a segment', () => {
  it('keeps the chosen plan’s periods, in customer order, with the same MRR and live months', () => {
    const s = settings({ currency: 'EUR', fx: { USD: 0.5 } });
    expect(rowsOf(livePeriods(frame, s, range))).toEqual([
      [0, 0, 2, 10],
      [1, 0, 1, 20],
      [2, 1, 2, 15],
      [3, 0, 2, 40],
    ]);
    expect(rowsOf(livePeriods(frame, s, range, { plan: ['Pro'] }))).toEqual([
      [0, 0, 2, 10],
      [2, 1, 2, 15],
    ]);
    // Every chosen field must match; a row without a plan is in no plan segment.
    expect(rowsOf(livePeriods(frame, s, range, { plan: ['Pro', 'Basic'], currency: ['EUR'] }))).toEqual([
      [0, 0, 2, 10],
      [1, 0, 1, 20],
    ]);
  });

  it('reads each segment afresh when one follows another, and the whole frame stays whole', () => {
    const s = settings({ currency: 'EUR', fx: { USD: 0.5 } });
    const pro = [
      [0, 0, 2, 10],
      [2, 1, 2, 15],
    ];
    expect(rowsOf(livePeriods(frame, s, range, { plan: ['Pro'] }))).toEqual(pro);
    expect(rowsOf(livePeriods(frame, s, range, { plan: ['Basic'] }))).toEqual([[1, 0, 1, 20]]);
    expect(rowsOf(livePeriods(frame, s, range, { plan: ['Pro'], currency: ['EUR'] }))).toEqual([
      [0, 0, 2, 10],
    ]);
    expect(rowsOf(livePeriods(frame, s, range))).toHaveLength(4);
    expect(rowsOf(livePeriods(frame, s, range, { plan: ['Pro'] }))).toEqual(pro);
  });

  it('keeps nothing for a field the subscriptions lack or a value no row has', () => {
    const s = settings();
    expect(livePeriods(frame, s, range, { country: ['PL'] }).kept.length).toBe(0);
    expect(livePeriods(frame, s, range, { plan: ['Gold'] }).kept.length).toBe(0);
    // The customer numbering stays that of the whole frame.
    expect(livePeriods(frame, s, range, { plan: ['Gold'] }).all.customerCount).toBe(4);
  });

  it('works the whole frame out once per settings and range, and again when they change', () => {
    const s = settings({ currency: 'EUR', fx: { USD: 0.5 } });
    const whole = livePeriods(frame, s, range).all;
    expect(livePeriods(frame, { ...s }, range).all).toBe(whole);
    expect(livePeriods(frame, s, range, { plan: ['Pro'] }).all).toBe(whole);
    const dearer = livePeriods(frame, settings({ currency: 'EUR', fx: { USD: 2 } }), range);
    expect(dearer.all).not.toBe(whole);
    expect(rowsOf(dearer)[2]).toEqual([2, 1, 2, 60]);
    const shorter = livePeriods(frame, s, { ...range, count: 2 });
    // Two months: row 0 lives at both ends (0–1), row 2 from February (1–1).
    expect(rowsOf(shorter)).toEqual([
      [0, 0, 1, 10],
      [1, 0, 1, 20],
      [2, 1, 1, 15],
      [3, 0, 1, 40],
    ]);
  });

  it('orders the periods by customer, each customer’s in stored order', () => {
    // a: rows 0 and 3; b: rows 1 and 4; c: row 2 (every period is live in the range).
    const f = subs([
      { customer_id: 'a', plan: 'Pro', start: '2024-01-01', amount: 1 },
      { customer_id: 'b', plan: 'Pro', start: '2024-01-01', amount: 2 },
      { customer_id: 'c', plan: 'Pro', start: '2024-01-01', amount: 3 },
      { customer_id: 'a', plan: 'Basic', start: '2024-02-01', amount: 4 },
      { customer_id: 'b', plan: 'Basic', start: '2024-02-01', amount: 5 },
    ]);
    const p = livePeriods(f, settings(), range, { plan: ['Basic'] });
    expect(Array.from(p.all.row)).toEqual([0, 3, 1, 4, 2]);
    expect(Array.from(p.all.customer)).toEqual([0, 0, 1, 1, 2]);
    expect(Array.from(p.kept)).toEqual([1, 3]);
    // A field's values read in that same order; none for a field the frame lacks.
    const plan = text(f, 'plan')!;
    expect(Array.from(p.codesOf('plan')!, (c) => plan.dict[c])).toEqual([
      'Pro',
      'Basic',
      'Pro',
      'Basic',
      'Pro',
    ]);
    expect(p.codesOf('country')).toBeNull();
  });
});
