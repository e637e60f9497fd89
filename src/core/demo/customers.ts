import type { Customer } from './model.ts';
import type { ChainStart, SimContext } from './lifecycle.ts';
import { addFailedAttempt, runChain, seatsFor } from './lifecycle.ts';
import { leadSource, makePerson } from './people.ts';
import type { Plan } from './plans.ts';
import { SIGNUP_WEIGHTS, planById } from './plans.ts';
import type { Rng } from './random.ts';
import { randomToken } from './random.ts';
import type { MonthRange } from './time.ts';
import { DAY, MINUTE, floorToMinute } from './time.ts';

/** Customers already paying on day one, so the first month is not empty. */
const FOUNDING_CUSTOMERS = 5;
const FAILED_FIRST_PAYMENT = 0.05;
const TRIAL_SHARE = 0.6;
const TRIAL_COMEBACK = 0.25;
const REACTIVATION = 0.25;

/** Unique Stripe-style ids; collisions are astronomically rare but must never happen. */
function idFactory(rng: Rng, prefix: string): () => string {
  const seen = new Set<string>();
  return () => {
    for (;;) {
      const id = `${prefix}_${randomToken(rng, 14)}`;
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}

function chainStart(rng: Rng, plan: Plan, at: number, trial: boolean, coupon: boolean): ChainStart {
  const seats = seatsFor(rng, plan);
  return {
    plan,
    at,
    trial,
    seats,
    quantity: plan.family === 'team' ? seats : 1,
    amountFactor: coupon ? 0.8 : 1,
    coupon: coupon ? 'LAUNCH20' : '',
  };
}

/** Signups per month grow roughly linearly so paying customers climb from ~10 to ~250. */
function signupsInMonth(rng: Rng, i: number, count: number): number {
  const x = count > 1 ? i / (count - 1) : 1;
  const mean = 7.5 + 18 * x;
  // Tighter than Poisson: a real funnel fed by steady spend rarely halves from one month to the next.
  return Math.max(1, Math.round(mean * (1 + 0.15 * rng.gauss())));
}

export function simulateCustomers(rng: Rng, range: MonthRange): Customer[] {
  const ctx: SimContext = { rng, range, newSubscriptionId: idFactory(rng.fork('sub'), 'sub') };
  const newCustomerId = idFactory(rng.fork('cus'), 'cus');
  const customers: Customer[] = [];
  const signups: { at: number; founding: boolean }[] = [];
  for (let f = 0; f < FOUNDING_CUSTOMERS; f++) {
    // The first one starts exactly at 00:00 on day one, the sharpest edge for month-start logic.
    const at = f === 0 ? range.from : range.from + rng.int(0, 5 * 24 * 60) * MINUTE;
    signups.push({ at, founding: true });
  }
  range.starts.forEach((start, i) => {
    const end = i + 1 < range.starts.length ? range.starts[i + 1] : range.to;
    const n = signupsInMonth(rng, i, range.starts.length);
    for (let k = 0; k < n; k++) signups.push({ at: floorToMinute(rng.float(start, end)), founding: false });
  });
  signups.sort((a, b) => a.at - b.at);

  for (const signup of signups) {
    const person = makePerson(rng, customers.length + 1);
    const customer: Customer = {
      id: newCustomerId(),
      ...person,
      signupAt: signup.at,
      source: leadSource(rng),
      segments: [],
    };
    customers.push(customer);
    simulateOne(ctx, customer, signup.founding);
  }
  return customers;
}

function simulateOne(ctx: SimContext, customer: Customer, founding: boolean): void {
  const { rng, range } = ctx;
  const coupon = rng.chance(0.06);
  const plan = founding
    ? planById(rng.pick(['starter-month', 'pro-month', 'pro_annual', 'team']))
    : planById(rng.weighted(SIGNUP_WEIGHTS));
  const trial = !founding && plan.amount > 0 && rng.chance(TRIAL_SHARE);
  const first = chainStart(rng, plan, customer.signupAt, trial, coupon);
  if (founding) {
    // Migrated from an older billing tool: the row was created a few days after the start it carries.
    first.created = customer.signupAt + rng.int(2, 5) * DAY + rng.int(0, 600) * MINUTE;
  }
  if (!trial && plan.amount > 0 && !founding && rng.chance(FAILED_FIRST_PAYMENT)) {
    addFailedAttempt(ctx, customer, first);
    if (rng.chance(0.3)) return;
  }
  let result = runChain(ctx, customer, first);
  const everPaid = () =>
    customer.segments.some((s) => !s.failed && s.amount > 0 && (s.end ?? Infinity) > (s.trialEnd ?? s.start));

  if (!everPaid() && result.end !== null && rng.chance(TRIAL_COMEBACK)) {
    // Tried, left, came back months later: a new customer, not a reactivation.
    const at = floorToMinute(result.end + rng.int(60, 240) * DAY + rng.int(0, 1439) * MINUTE);
    const returning = plan.amount > 0 ? plan : planById('starter-month');
    if (at < range.to) result = runChain(ctx, customer, chainStart(rng, returning, at, false, coupon));
  }
  for (let again = 0; again < 2 && result.end !== null && everPaid(); again++) {
    if (!rng.chance(REACTIVATION)) break;
    // The gap always spans a month end, so the snapshot sees the churn before the return.
    const at = floorToMinute(result.end + rng.int(45, 270) * DAY + rng.int(0, 1439) * MINUTE);
    if (at >= range.to) break;
    const back = planById(rng.weighted(SIGNUP_WEIGHTS.filter(([id]) => id !== 'free')));
    result = runChain(ctx, customer, chainStart(rng, back, at, false, coupon));
  }
}
