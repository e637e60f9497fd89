// What a computed MRR is made of (metrics.md §2): the subscriptions live at month end and their
// sum, per plan when there are few plans. Shown beside the value so a Stripe export's MRR can be
// checked by hand; the value itself comes from movements.ts and is not touched here.
import type { Frame, TextColumn } from '../datasets/frame.ts';
import { text } from './columns.ts';
import type { SegmentPeriods } from './segment-periods.ts';

/** More plans than this and a per-plan list stops being readable: only count and sum are given. */
export const MAX_PLANS = 6;

export interface MrrBreakdown {
  /** Periods live at the end of each month. */
  live: Float64Array;
  /** MRR per plan and month, plans in order of their latest MRR; null when there are too many. */
  plans: { name: string; mrr: Float64Array }[] | null;
}

export function mrrBreakdown(frame: Frame, sel: SegmentPeriods, months: number): MrrBreakdown {
  const { all: p, kept } = sel;
  const live = liveCounts(p.lo, p.hi, kept, months);
  const plan = text(frame, 'plan');
  const codes = sel.codesOf('plan');
  if (!plan || !codes || months === 0) return { live, plans: null };
  const groups = planGroups(plan, codes, kept);
  // A plan column that is empty throughout names no plan: the count and the sum say it all.
  if (!groups || groups.names.length === 0 || (groups.names.length === 1 && groups.names[0] === ''))
    return { live, plans: null };
  const sums = planSums(p.lo, p.hi, p.mrr, kept, codes, groups.of, groups.names.length, months);
  const last = months - 1;
  const plans = groups.names
    .map((name, g) => ({ name, mrr: sums.subarray(g * months, (g + 1) * months) }))
    .sort((a, b) => b.mrr[last] - a.mrr[last] || a.name.localeCompare(b.name));
  return { live, plans };
}

// Each loop sits in a function of its own and reads typed arrays only: the engine optimises it on
// the first compute and keeps it for a segment change (movements.ts says why objects would not do).

/** Live periods per month end, by difference array: +1 at the first live month, −1 after the last. */
function liveCounts(lo: Int32Array, hi: Int32Array, kept: Int32Array, months: number): Float64Array {
  const diff = new Float64Array(months + 1);
  for (let j = 0; j < kept.length; j++) {
    const k = kept[j];
    diff[lo[k]]++;
    diff[hi[k] + 1]--;
  }
  const live = new Float64Array(months);
  let running = 0;
  for (let i = 0; i < months; i++) live[i] = running += diff[i];
  return live;
}

/**
 * The plan group of each dictionary entry the kept periods use (`of[code + 1]`, `codes` in period
 * order; a period without a plan is its own group, ""), or null past MAX_PLANS. Each entry is
 * trimmed and looked up once (a segment change reads a third of a million periods), and no array
 * per period is made: fresh memory costs more than the reads.
 */
function planGroups(
  plan: TextColumn,
  codes: Int32Array,
  kept: Int32Array,
): { names: string[]; of: Int32Array } | null {
  const index = new Map<string, number>();
  const of = new Int32Array(plan.dict.length + 1).fill(-1);
  for (let j = 0; j < kept.length; j++) {
    const c = codes[kept[j]];
    if (of[c + 1] >= 0) continue;
    const name = c < 0 ? '' : plan.dict[c].trim();
    let named = index.get(name);
    if (named === undefined) {
      if (index.size === MAX_PLANS) return null;
      index.set(name, (named = index.size));
    }
    of[c + 1] = named;
  }
  return { names: [...index.keys()], of };
}

/** MRR per plan group and month: group g's months at [g × months, (g + 1) × months); `codes` in period order. */
function planSums(
  lo: Int32Array,
  hi: Int32Array,
  mrr: Float64Array,
  kept: Int32Array,
  codes: Int32Array,
  groupOf: Int32Array,
  groups: number,
  months: number,
): Float64Array {
  const sums = new Float64Array(groups * months);
  for (let j = 0; j < kept.length; j++) {
    const k = kept[j];
    const at = groupOf[codes[k] + 1] * months;
    const v = mrr[k];
    const last = hi[k];
    for (let i = lo[k]; i <= last; i++) sums[at + i] += v;
  }
  return sums;
}

/** The inputs of one month's MRR: `live_subscriptions`, then `mrr_plan:<name>` per plan. */
export function mrrInputs(b: MrrBreakdown, i: number): Record<string, number> {
  const inputs: Record<string, number> = { live_subscriptions: b.live[i] };
  for (const plan of b.plans ?? []) if (plan.mrr[i] !== 0) inputs[`mrr_plan:${plan.name}`] = plan.mrr[i];
  return inputs;
}
