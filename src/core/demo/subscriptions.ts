import { money, toCsv } from './csv-row.ts';
import type { CsvValue } from './csv-row.ts';
import type { Customer, Segment, SubscriptionStatus } from './model.ts';
import { periodEndAfter, periodStartAt } from './model.ts';
import { monthsPerInterval } from './plans.ts';
import type { MonthRange } from './time.ts';
import { addMonths, formatMinute } from './time.ts';

/**
 * Stripe Dashboard "Subscriptions" export, with the extra `Interval Count`
 * column the fixtures use so quarterly prices are not overstated.
 */
export const SUBSCRIPTION_HEADER = [
  'id',
  'Customer ID',
  'Customer Name',
  'Customer Email',
  'Customer Description',
  'Plan',
  'Product',
  'Quantity',
  'Currency',
  'Interval',
  'Interval Count',
  'Amount',
  'Status',
  'Cancellation Reason',
  'Created (UTC)',
  'Start (UTC)',
  'Current Period Start (UTC)',
  'Current Period End (UTC)',
  'Trial Start (UTC)',
  'Trial End (UTC)',
  'Canceled At (UTC)',
  'Cancel At Period End',
  'Ended At (UTC)',
  'Coupon',
] as const;

const time = (t: number | null): string => (t === null ? '' : formatMinute(t));

interface Visible {
  status: SubscriptionStatus;
  periodStart: number;
  periodEnd: number;
  canceledAt: number | null;
  endedAt: number | null;
  showCancel: boolean;
}

/** What an export taken at the end of the range shows: nothing after that instant is known yet. */
function visibleState(s: Segment, now: number): Visible {
  if (s.failed) {
    return {
      status: 'incomplete_expired',
      periodStart: s.start,
      periodEnd: addMonths(s.start, monthsPerInterval(s.plan)),
      canceledAt: null,
      endedAt: s.end,
      showCancel: false,
    };
  }
  if (s.end !== null && s.end < now) {
    const periodStart = periodStartAt(s, s.end - 1);
    return {
      status: 'canceled',
      periodStart,
      periodEnd: periodEndAfter(s, periodStart),
      canceledAt: s.canceledAt,
      endedAt: s.end,
      showCancel: true,
    };
  }
  const periodStart = periodStartAt(s, now - 1);
  const pending = s.canceledAt !== null && s.canceledAt < now;
  let status: SubscriptionStatus = 'active';
  if (s.trialEnd !== null && s.trialEnd >= now) status = 'trialing';
  else if (s.pastDue) status = 'past_due';
  return {
    status,
    periodStart,
    periodEnd: periodEndAfter(s, periodStart),
    canceledAt: pending ? s.canceledAt : null,
    endedAt: null,
    showCancel: pending,
  };
}

function row(c: Customer, s: Segment, now: number): CsvValue[] {
  const v = visibleState(s, now);
  return [
    s.id,
    c.id,
    c.name,
    c.email,
    c.description,
    s.plan.id,
    s.plan.product,
    s.quantity,
    'usd',
    s.plan.interval,
    s.plan.intervalCount,
    money(s.amount),
    v.status,
    v.showCancel ? s.reason : '',
    time(s.created),
    time(s.start),
    time(v.periodStart),
    time(v.periodEnd),
    s.trialEnd === null ? '' : time(s.start),
    time(s.trialEnd),
    time(v.canceledAt),
    v.showCancel && s.cancelAtPeriodEnd ? 'true' : 'false',
    time(v.endedAt),
    s.coupon,
  ];
}

export function subscriptionsCsv(customers: readonly Customer[], range: MonthRange): string {
  const pairs = customers.flatMap((c) => c.segments.map((s) => ({ c, s })));
  // Stripe lists the newest subscriptions first.
  pairs.sort((a, b) => b.s.created - a.s.created || (a.s.id < b.s.id ? -1 : 1));
  return toCsv(
    SUBSCRIPTION_HEADER,
    pairs.map(({ c, s }) => row(c, s, range.to)),
  );
}
