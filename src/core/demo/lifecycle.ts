import type { Customer, Segment } from './model.ts';
import { paidFrom, periodEndAfter, periodStartAt } from './model.ts';
import type { Plan } from './plans.ts';
import { neighbourPlan, planById } from './plans.ts';
import type { Rng } from './random.ts';
import type { MonthRange } from './time.ts';
import { DAY, HOUR, addMonths, floorToMinute } from './time.ts';

export const TRIAL_DAYS = 14;
const TRIAL_CONVERSION = 0.7;
const PAYMENT_FAILED_SHARE = 0.12;
const IMMEDIATE_CANCEL_SHARE = 0.1;

export interface SimContext {
  rng: Rng;
  range: MonthRange;
  newSubscriptionId(): string;
}

export interface ChainStart {
  plan: Plan;
  at: number;
  created?: number;
  trial: boolean;
  seats: number;
  quantity: number;
  amountFactor: number;
  coupon: string;
}

/** How a chain of rows (one subscription and its plan changes) finished. */
export interface ChainResult {
  /** Instant the last row ends, or null when it is still going at the end of the range. */
  end: number | null;
  paid: boolean;
}

export function seatsFor(rng: Rng, plan: Plan): number {
  return rng.int(plan.seats[0], plan.seats[1]);
}

function openSegment(ctx: SimContext, customer: Customer, start: ChainStart): Segment {
  const seg: Segment = {
    id: ctx.newSubscriptionId(),
    customerId: customer.id,
    plan: start.plan,
    quantity: start.quantity,
    seats: start.seats,
    amount: Math.round(start.plan.amount * start.amountFactor * 100) / 100,
    coupon: start.coupon,
    created: start.created ?? start.at,
    start: start.at,
    trialEnd: start.trial ? start.at + TRIAL_DAYS * DAY : null,
    end: null,
    canceledAt: null,
    cancelAtPeriodEnd: false,
    reason: '',
    failed: false,
    pastDue: false,
  };
  customer.segments.push(seg);
  return seg;
}

/** A first invoice that failed: Stripe leaves an incomplete_expired row behind. */
export function addFailedAttempt(ctx: SimContext, customer: Customer, start: ChainStart): void {
  // Never before the range: nothing in the demo may widen the workspace's months.
  const at = Math.max(
    ctx.range.from,
    floorToMinute(start.at - ctx.rng.int(1, 6) * HOUR - ctx.rng.int(0, 59) * 60_000),
  );
  const seg = openSegment(ctx, customer, { ...start, at, created: at, trial: false });
  seg.failed = true;
  // Stripe fills Ended At for some expired rows and not for others; keep both shapes.
  seg.end = ctx.rng.chance(0.5) ? at + 23 * HOUR : null;
}

/** Plan change: the old row ends and the new one starts at the same instant. */
function changeInstant(ctx: SimContext, from: number, to: number): number | null {
  const { rng, range } = ctx;
  const d = new Date(from);
  const firstOfMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  // Some changes land exactly on 00:00 of the 1st, the month-end snapshot's sharpest edge.
  const t = rng.chance(0.15) && firstOfMonth < to ? firstOfMonth : floorToMinute(rng.float(from, to));
  return t < range.to ? t : null;
}

interface Change {
  plan: Plan;
  quantity: number;
  seats: number;
}

function pickChange(rng: Rng, seg: Segment): Change | null {
  const plan = seg.plan;
  if (plan.family === 'free') {
    if (!rng.chance(0.1)) return null;
    const next = planById(rng.pick(['starter-month', 'pro-month', 'team']));
    const seats = Math.max(seg.seats, rng.int(next.seats[0], next.seats[1]));
    return { plan: next, seats, quantity: next.family === 'team' ? seats : 1 };
  }
  if (plan.family === 'team') {
    const r = rng.next();
    if (r < 0.05) {
      const quantity = seg.quantity + rng.int(1, 3);
      return { plan, quantity, seats: quantity };
    }
    if (r < 0.07 && seg.quantity > 2) {
      const quantity = Math.max(2, seg.quantity - rng.int(1, 2));
      return { plan, quantity, seats: quantity };
    }
    return null;
  }
  const r = rng.next();
  const direction = r < 0.03 ? 1 : r < 0.04 ? -1 : 0;
  if (direction === 0) return null;
  const next = neighbourPlan(plan, direction);
  if (!next) return null;
  const seats = direction > 0 ? Math.max(seg.seats, seatsFor(rng, next)) : Math.min(seg.seats, next.seats[1]);
  return { plan: next, quantity: 1, seats };
}

/** Cancels `seg` after a request at `request`; returns the instant it stops. */
function cancel(ctx: SimContext, seg: Segment, request: number): number {
  const { rng, range } = ctx;
  if (seg.plan.amount === 0) {
    seg.end = seg.canceledAt = request;
    seg.reason = 'cancellation_requested';
    return request;
  }
  const boundary = periodEndAfter(seg, periodStartAt(seg, request));
  const r = rng.next();
  if (r < PAYMENT_FAILED_SHARE) {
    // Dunning: the renewal fails, Stripe retries for one to two weeks, then cancels.
    const end = floorToMinute(boundary + rng.int(7, 14) * DAY + rng.int(0, 600) * 60_000);
    seg.end = seg.canceledAt = end;
    seg.reason = 'payment_failed';
    seg.pastDue = boundary < range.to && end >= range.to;
    return end;
  }
  if (r < PAYMENT_FAILED_SHARE + IMMEDIATE_CANCEL_SHARE) {
    seg.end = seg.canceledAt = request;
    seg.reason = 'cancellation_requested';
    return request;
  }
  seg.canceledAt = request;
  seg.end = boundary;
  seg.cancelAtPeriodEnd = true;
  seg.reason = 'cancellation_requested';
  return boundary;
}

/**
 * Lives one subscription month by month: each month the customer may cancel,
 * move up or down a plan, or change seats. New customers churn more, as they
 * do in practice.
 */
export function runChain(ctx: SimContext, customer: Customer, start: ChainStart): ChainResult {
  const { rng, range } = ctx;
  let seg = openSegment(ctx, customer, start);
  if (seg.trialEnd !== null) {
    if (seg.trialEnd >= range.to) return { end: null, paid: false };
    if (!rng.chance(TRIAL_CONVERSION)) {
      seg.end = seg.canceledAt = seg.trialEnd;
      seg.reason = 'cancellation_requested';
      return { end: seg.trialEnd, paid: false };
    }
  }
  const paidStart = paidFrom(seg);
  for (let k = 0; ; k++) {
    const from = addMonths(paidStart, k);
    const to = addMonths(paidStart, k + 1);
    if (from >= range.to) break;
    const youth = k < 3 ? 1.6 : 1;
    if (rng.chance(seg.plan.churn * youth)) {
      const request = floorToMinute(rng.float(from, to));
      if (request < range.to) return { end: cancel(ctx, seg, request), paid: seg.plan.amount > 0 };
      continue;
    }
    const change = pickChange(rng, seg);
    if (!change) continue;
    const at = changeInstant(ctx, from, to);
    if (at === null || at <= seg.start) continue;
    seg.end = seg.canceledAt = at;
    seg = openSegment(ctx, customer, { ...start, ...change, at, created: at, trial: false });
  }
  markLatePayer(ctx, seg);
  return { end: null, paid: true };
}

/** A live row whose last renewal is still unpaid when the export is taken. */
function markLatePayer(ctx: SimContext, seg: Segment): void {
  const { rng, range } = ctx;
  if (seg.plan.amount === 0 || seg.pastDue) return;
  const lastRenewal = periodStartAt(seg, range.to - 1);
  if (lastRenewal > paidFrom(seg) && range.to - lastRenewal < 10 * DAY && rng.chance(0.08))
    seg.pastDue = true;
}
