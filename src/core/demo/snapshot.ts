import type { Customer, Segment } from './model.ts';
import { isLiveAt, paidFrom, segmentMrr } from './model.ts';
import type { MonthRange } from './time.ts';
import { monthEnd } from './time.ts';

/** Month-end figures of the simulated business, the "truth" the other files are built from. */
export interface MonthFacts {
  month: string;
  mrr: number;
  /** Customers with MRR > 0 at the month end (metrics.md §2). */
  customers: number;
  /** People on live subscriptions, free plan included. */
  users: number;
  /** Recognised in the month: each row's MRR pro rata for the time it was paid (accrual, not billings). */
  revenue: number;
}

function recognised(s: Segment, from: number, to: number): number {
  if (s.failed) return 0;
  const a = Math.max(from, paidFrom(s));
  const b = Math.min(to, s.end ?? to);
  return b > a ? (segmentMrr(s) * (b - a)) / (to - from) : 0;
}

export function monthFacts(customers: readonly Customer[], range: MonthRange): MonthFacts[] {
  return range.months.map((month, i) => {
    const t = monthEnd(range, i);
    const from = range.starts[i];
    let mrr = 0;
    let paying = 0;
    let users = 0;
    let revenue = 0;
    for (const c of customers) {
      let m = 0;
      let seats = 0;
      for (const s of c.segments) {
        revenue += recognised(s, from, t + 1);
        if (!isLiveAt(s, t)) continue;
        m += segmentMrr(s);
        seats = Math.max(seats, s.seats);
      }
      mrr += m;
      users += seats;
      if (m > 1e-9) paying++;
    }
    return { month, mrr, customers: paying, users, revenue };
  });
}

/** First instant each customer started paying, or null for those who never did. */
export function firstPaidAt(c: Customer, before: number): number | null {
  let first: number | null = null;
  for (const s of c.segments) {
    if (s.failed || s.amount === 0) continue;
    const t = paidFrom(s);
    if (t >= before || (s.end !== null && s.end <= t)) continue;
    if (first === null || t < first) first = t;
  }
  return first;
}
