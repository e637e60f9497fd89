import { WINDOW_DAYS, isoDay } from './calendar.ts';
import { LineSink } from './line-sink.ts';
import { mulberry32, randomInt, weightedPicker } from './prng.ts';
import type { Random } from './prng.ts';
import type { GeneratedFile } from './types.ts';

export const SUBSCRIPTIONS_HEADER =
  'customer_id,subscription_id,plan,start_date,end_date,amount,interval,quantity,currency';

interface Plan {
  name: string;
  monthly: number;
  seats: boolean;
}

const PLANS: readonly Plan[] = [
  { name: 'Starter', monthly: 19, seats: false },
  { name: 'Pro', monthly: 49, seats: false },
  { name: 'Team', monthly: 15, seats: true },
  { name: 'Business', monthly: 199, seats: false },
  { name: 'Enterprise', monthly: 899, seats: false },
];
const PLAN_WEIGHTS = [40, 30, 15, 10, 5];
/** Every plan the generated file holds (each is drawn for thousands of customers at 1M rows). */
export const PLAN_NAMES: readonly string[] = PLANS.map((p) => p.name);
const ROWS_PER_CUSTOMER = 5;

interface Period {
  start: number;
  end: number;
}

/** Splits a customer's life [start, end) into up to `count` consecutive periods (plan or seat changes). */
function splitLife(random: Random, start: number, end: number, count: number): Period[] {
  const n = Math.max(1, Math.min(count, end - start));
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(randomInt(random, start + 1, end - 1));
  const points = [start, ...[...cuts].sort((a, b) => a - b), end];
  return points.slice(1).map((p, i) => ({ start: points[i], end: p }));
}

/**
 * ~rows/5 customers, signups growing over 24 months; each has 1–15 periods (plan changes, seat
 * changes, an occasional switch to yearly billing); ~35 % churn (end date on the last period),
 * the rest are still live (empty end date). One currency, so the import never asks for rates.
 */
export async function generateSubscriptions(
  path: string,
  rows: number,
  seed: number,
): Promise<GeneratedFile> {
  const random = mulberry32(seed);
  const pickPlan = weightedPicker(random, PLAN_WEIGHTS);
  const sink = new LineSink(path);
  sink.line(SUBSCRIPTIONS_HEADER);
  let written = 0;
  let customer = 0;
  while (written < rows) {
    customer++;
    const customerId = `cus_${String(customer).padStart(6, '0')}`;
    const start = Math.floor((WINDOW_DAYS - 31) * Math.sqrt(random()));
    const churned = random() < 0.35;
    const end = churned ? randomInt(random, start + 14, WINDOW_DAYS - 1) : WINDOW_DAYS;
    const count = Math.min(15, 1 + Math.floor(-Math.log(1 - random()) * (ROWS_PER_CUSTOMER - 1)));
    let plan = pickPlan();
    let yearly = random() < 0.2;
    let seats = randomInt(random, 2, 25);
    const periods = splitLife(random, start, end, count);
    for (let i = 0; i < periods.length && written < rows; i++) {
      const period = periods[i];
      const last = i === periods.length - 1;
      const spec = PLANS[plan];
      const quantity = spec.seats ? seats : 1;
      const amount = (spec.monthly * (yearly ? 10 : 1)).toFixed(2);
      const endText = last && !churned ? '' : isoDay(period.end);
      written++;
      const wait = sink.line(
        `${customerId},sub_${String(written).padStart(7, '0')},${spec.name},${isoDay(period.start)},${endText},` +
          `${amount},${yearly ? 'year' : 'month'},${quantity},USD`,
      );
      if (wait) await wait;
      // The next period is a plan change (mostly upgrades), a seat change, or a move to yearly billing.
      const change = random();
      if (change < 0.5) plan = Math.max(0, Math.min(PLANS.length - 1, plan + (random() < 0.7 ? 1 : -1)));
      else if (change < 0.92 || yearly) seats = Math.max(1, seats + randomInt(random, -3, 6));
      else yearly = true;
    }
  }
  await sink.close();
  return { kind: 'subscriptions', path, rows: written, bytes: sink.bytes, customers: customer };
}
