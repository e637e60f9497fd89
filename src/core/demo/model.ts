import type { Plan } from './plans.ts';
import { monthsPerInterval } from './plans.ts';
import { addMonths } from './time.ts';

export type SubscriptionStatus = 'active' | 'canceled' | 'past_due' | 'incomplete_expired' | 'trialing';
export type CancellationReason = '' | 'cancellation_requested' | 'payment_failed';

/**
 * One subscription row as the simulation knows it. `end` is the true end even
 * when it lies after the data range; the Stripe writer decides what an export
 * taken at the end of the range would show.
 */
export interface Segment {
  id: string;
  customerId: string;
  plan: Plan;
  quantity: number;
  /** People using the product under this subscription (quantity for per-seat plans). */
  seats: number;
  /** Price per interval per unit after any forever coupon. */
  amount: number;
  coupon: string;
  created: number;
  start: number;
  trialEnd: number | null;
  end: number | null;
  canceledAt: number | null;
  cancelAtPeriodEnd: boolean;
  reason: CancellationReason;
  /** First payment failed: never live, whatever its dates say. */
  failed: boolean;
  /** Latest invoice unpaid at the end of the range (Stripe keeps it live). */
  pastDue: boolean;
}

export interface Customer {
  id: string;
  name: string;
  email: string;
  description: string;
  /** First contact with the product (trial or subscription start). */
  signupAt: number;
  source: string;
  segments: Segment[];
}

/** Normalised MRR (metrics.md §2) of a row while it is paying. */
export function segmentMrr(s: Segment): number {
  return (s.amount * s.quantity) / monthsPerInterval(s.plan);
}

/** When billing starts: the end of the trial, or the start. */
export function paidFrom(s: Segment): number {
  return s.trialEnd ?? s.start;
}

/** Whether the row counts at instant t, following metrics.md §2 (free rows count, with MRR 0). */
export function isLiveAt(s: Segment, t: number): boolean {
  if (s.failed) return false;
  return paidFrom(s) <= t && s.start <= t && (s.end === null || s.end > t);
}

/** Start of the billing period that contains t (for "Current Period Start"). */
export function periodStartAt(s: Segment, t: number): number {
  if (s.trialEnd !== null && t < s.trialEnd) return s.start;
  const anchor = paidFrom(s);
  const step = monthsPerInterval(s.plan);
  let k = 0;
  while (addMonths(anchor, (k + 1) * step) <= t) k++;
  return addMonths(anchor, k * step);
}

export function periodEndAfter(s: Segment, periodStart: number): number {
  if (s.trialEnd !== null && periodStart < s.trialEnd) return s.trialEnd;
  return addMonths(periodStart, monthsPerInterval(s.plan));
}
