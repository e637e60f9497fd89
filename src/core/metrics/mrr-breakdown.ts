// What a computed MRR is made of (metrics.md §2): the subscriptions live at month end and their
// sum, per plan when there are few plans. Shown beside the value so a Stripe export's MRR can be
// checked by hand; the value itself comes from movements.ts and is not touched here.
import type { Frame } from '../datasets/frame.ts';
import { text } from './columns.ts';
import type { LivePeriods } from './mrr.ts';

/** More plans than this and a per-plan list stops being readable: only count and sum are given. */
export const MAX_PLANS = 6;

export interface MrrBreakdown {
  /** Periods live at the end of each month. */
  live: Float64Array;
  /** MRR per plan and month, plans in order of their latest MRR; null when there are too many. */
  plans: { name: string; mrr: Float64Array }[] | null;
}

export function mrrBreakdown(frame: Frame, p: LivePeriods, months: number): MrrBreakdown {
  // Counts by difference array: +1 at the first live month, −1 after the last.
  const diff = new Float64Array(months + 1);
  for (let k = 0; k < p.n; k++) {
    diff[p.lo[k]]++;
    diff[p.hi[k] + 1]--;
  }
  const live = new Float64Array(months);
  let running = 0;
  for (let i = 0; i < months; i++) live[i] = running += diff[i];

  const plan = text(frame, 'plan');
  if (!plan || months === 0) return { live, plans: null };
  // Plan codes of the live periods; a period without a plan is its own group (""). Each dictionary
  // entry is trimmed and looked up once (a segment change reads a third of a million periods).
  const index = new Map<string, number>();
  const codeOf = new Int32Array(p.n);
  const groupOf = new Int32Array(plan.dict.length + 1).fill(-1);
  for (let k = 0; k < p.n; k++) {
    const c = plan.codes[p.row[k]];
    let at = groupOf[c + 1];
    if (at < 0) {
      const name = c < 0 ? '' : plan.dict[c].trim();
      let named = index.get(name);
      if (named === undefined) {
        if (index.size === MAX_PLANS) return { live, plans: null };
        index.set(name, (named = index.size));
      }
      at = groupOf[c + 1] = named;
    }
    codeOf[k] = at;
  }
  // A plan column that is empty throughout names no plan: the count and the sum say it all.
  if (index.size === 0 || (index.size === 1 && index.has(''))) return { live, plans: null };
  const sums = Array.from(index.keys(), () => new Float64Array(months));
  for (let k = 0; k < p.n; k++) {
    const row = sums[codeOf[k]];
    const v = p.mrr[k];
    for (let i = p.lo[k]; i <= p.hi[k]; i++) row[i] += v;
  }
  const last = months - 1;
  const plans = [...index.keys()]
    .map((name, i) => ({ name, mrr: sums[i] }))
    .sort((a, b) => b.mrr[last] - a.mrr[last] || a.name.localeCompare(b.name));
  return { live, plans };
}

/** The inputs of one month's MRR: `live_subscriptions`, then `mrr_plan:<name>` per plan. */
export function mrrInputs(b: MrrBreakdown, i: number): Record<string, number> {
  const inputs: Record<string, number> = { live_subscriptions: b.live[i] };
  for (const plan of b.plans ?? []) if (plan.mrr[i] !== 0) inputs[`mrr_plan:${plan.name}`] = plan.mrr[i];
  return inputs;
}
