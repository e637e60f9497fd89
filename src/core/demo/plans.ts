/**
 * The fictional product's price list. Tiers let plan changes read as upgrades
 * or downgrades; families keep changes within one billing cadence because a
 * switch from monthly to annual lowers MRR and would muddy the demo's story.
 */
export type PlanFamily = 'free' | 'monthly' | 'annual' | 'quarterly' | 'team';

export interface Plan {
  id: string;
  product: string;
  /** List price per interval per unit, USD. */
  amount: number;
  interval: 'month' | 'year';
  intervalCount: number;
  family: PlanFamily;
  tier: number;
  /** Users a customer on this plan typically has, [min, max]. */
  seats: readonly [number, number];
  /** Base monthly probability that the customer cancels. */
  churn: number;
}

export const PLANS: readonly Plan[] = [
  {
    id: 'free',
    product: 'Yardstick Free',
    amount: 0,
    interval: 'month',
    intervalCount: 1,
    family: 'free',
    tier: 0,
    seats: [1, 1],
    churn: 0.06,
  },
  {
    id: 'starter-month',
    product: 'Yardstick Starter',
    amount: 29,
    interval: 'month',
    intervalCount: 1,
    family: 'monthly',
    tier: 1,
    seats: [1, 2],
    churn: 0.042,
  },
  {
    id: 'pro-month',
    product: 'Yardstick Pro',
    amount: 99,
    interval: 'month',
    intervalCount: 1,
    family: 'monthly',
    tier: 2,
    seats: [1, 3],
    churn: 0.028,
  },
  {
    id: 'business-month',
    product: 'Yardstick Business',
    amount: 299,
    interval: 'month',
    intervalCount: 1,
    family: 'monthly',
    tier: 3,
    seats: [3, 6],
    churn: 0.018,
  },
  {
    id: 'starter_annual',
    product: 'Yardstick Starter',
    amount: 290,
    interval: 'year',
    intervalCount: 1,
    family: 'annual',
    tier: 1,
    seats: [1, 2],
    churn: 0.02,
  },
  {
    id: 'pro_annual',
    product: 'Yardstick Pro',
    amount: 990,
    interval: 'year',
    intervalCount: 1,
    family: 'annual',
    tier: 2,
    seats: [1, 3],
    churn: 0.015,
  },
  {
    id: 'business_annual',
    product: 'Yardstick Business',
    amount: 2990,
    interval: 'year',
    intervalCount: 1,
    family: 'annual',
    tier: 3,
    seats: [3, 6],
    churn: 0.01,
  },
  {
    id: 'pro-quarterly',
    product: 'Yardstick Pro',
    amount: 270,
    interval: 'month',
    intervalCount: 3,
    family: 'quarterly',
    tier: 2,
    seats: [1, 3],
    churn: 0.022,
  },
  {
    id: 'team',
    product: 'Yardstick Team',
    amount: 20,
    interval: 'month',
    intervalCount: 1,
    family: 'team',
    tier: 1,
    seats: [2, 6],
    churn: 0.025,
  },
];

/** Relative popularity at signup. */
export const SIGNUP_WEIGHTS: readonly (readonly [string, number])[] = [
  ['free', 8],
  ['starter-month', 28],
  ['pro-month', 24],
  ['team', 12],
  ['business-month', 6],
  ['starter_annual', 4],
  ['pro_annual', 7],
  ['business_annual', 2],
  ['pro-quarterly', 4],
];

export function planById(id: string): Plan {
  const plan = PLANS.find((p) => p.id === id);
  if (!plan) throw new RangeError(`unknown plan ${id}`);
  return plan;
}

export function monthsPerInterval(plan: Plan): number {
  return (plan.interval === 'year' ? 12 : 1) * plan.intervalCount;
}

/** Neighbouring plan in the same family, or null at the top/bottom of the ladder. */
export function neighbourPlan(plan: Plan, direction: 1 | -1): Plan | null {
  if (plan.family === 'free' || plan.family === 'team' || plan.family === 'quarterly') return null;
  return PLANS.find((p) => p.family === plan.family && p.tier === plan.tier + direction) ?? null;
}
