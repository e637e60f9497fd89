// Subscription periods → normalised MRR and the months at whose end each period is live (metrics.md §2).
import type { Frame } from '../datasets/frame.ts';
import type { MetricSettings } from '../workspace-data.ts';
import { dictFlags, numbers, text } from './columns.ts';
import { monthIndexer, type MonthRange } from './time.ts';

/** Months per interval unit, as the factor f of §2 with interval_count 1. */
const UNIT_FACTOR: Record<string, number> = { month: 1, year: 1 / 12, week: 52 / 12, day: 365 / 12 };

/** Normalised MRR of one period priced per interval (§2). */
export function normalisedMrr(
  amount: number,
  unit: string,
  opts: { quantity?: number; intervalCount?: number; discountPercent?: number } = {},
): number {
  const f = UNIT_FACTOR[unit];
  if (f === undefined) return NaN;
  const quantity = opts.quantity ?? 1;
  const count = opts.intervalCount ?? 1;
  const discount = opts.discountPercent ?? 0;
  return (amount * quantity * (1 - discount / 100) * f) / count;
}

/**
 * Periods reduced to what the month-end snapshot needs: who, how much, which month indices. They
 * are grouped by customer (ascending customer number), each customer's in stored order: a sweep
 * over customers reads them front to back, and a segment's subset keeps the grouping.
 */
export interface LivePeriods {
  n: number;
  customer: Int32Array;
  /** First and last month index (relative to the range) whose end E(M) sees the period live. */
  lo: Int32Array;
  hi: Int32Array;
  mrr: Float64Array;
  /** The stored row each period came from (its plan and other fields). */
  row: Int32Array;
  customerCount: number;
}

const NEVER = new Set(['incomplete', 'incomplete_expired']);

/** Dense customer numbers: text codes are already dense; anything else is mapped once. */
function customerCodes(frame: Frame): { codes: Int32Array; count: number } {
  const col = frame.columns.get('customer_id');
  if (!col) return { codes: new Int32Array(frame.rows).fill(-1), count: 0 };
  if (col.type === 'text') return { codes: col.codes, count: col.dict.length };
  const index = new Map<number, number>();
  const codes = new Int32Array(frame.rows);
  for (let i = 0; i < frame.rows; i++) {
    const v = col.values[i];
    if (v !== v) codes[i] = -1;
    else {
      let c = index.get(v);
      if (c === undefined) index.set(v, (c = index.size));
      codes[i] = c;
    }
  }
  return { codes, count: index.size };
}

function fxRates(frame: Frame, settings: MetricSettings): Float64Array | null {
  const col = text(frame, 'currency');
  if (!col) return null;
  const base = settings.currency?.toUpperCase() ?? null;
  return Float64Array.from(col.dict, (s) => {
    const code = s.trim().toUpperCase();
    const rate = settings.fx[code];
    return code !== base && rate > 0 ? rate : 1;
  });
}

/**
 * Every period of the frame that is live at some month end of the range, before any segment: what
 * a period contributes does not depend on the segment, which only picks periods (segment-periods.ts).
 */
export function allLivePeriods(frame: Frame, settings: MetricSettings, range: MonthRange): LivePeriods {
  const rows = frame.rows;
  const { codes, count: customerCount } = customerCodes(frame);
  const start = numbers(frame, 'start');
  const end = numbers(frame, 'end');
  const trialEnd = numbers(frame, 'trial_end');
  const amount = numbers(frame, 'amount');
  const quantity = numbers(frame, 'quantity');
  const intervalCount = numbers(frame, 'interval_count');
  const discount = numbers(frame, 'discount_percent');
  const direct = numbers(frame, 'mrr');
  const isTrial = numbers(frame, 'is_trial');
  const isTrialText = text(frame, 'is_trial');
  const trialFlags = isTrialText ? dictFlags(isTrialText, (s) => /^(true|1|yes)$/i.test(s.trim())) : null;
  const status = text(frame, 'status');
  const never = status ? dictFlags(status, (s) => NEVER.has(s.trim().toLowerCase())) : null;
  const trialing = status ? dictFlags(status, (s) => s.trim().toLowerCase() === 'trialing') : null;
  const unit = text(frame, 'interval_unit');
  const factor = unit
    ? Float64Array.from(unit.dict, (s) => UNIT_FACTOR[s.trim().toLowerCase()] ?? NaN)
    : null;
  const fx = fxRates(frame, settings);
  const currency = text(frame, 'currency');

  const out: LivePeriods = {
    n: 0,
    customer: new Int32Array(rows),
    lo: new Int32Array(rows),
    hi: new Int32Array(rows),
    mrr: new Float64Array(rows),
    row: new Int32Array(rows),
    customerCount,
  };
  if (!start) return out;
  const last = range.count - 1;
  const monthOf = monthIndexer(range);
  for (let i = 0; i < rows; i++) {
    const c = codes[i];
    const s = start[i];
    if (c < 0 || s !== s) continue;
    const sc = status ? status.codes[i] : -1;
    const te = trialEnd ? trialEnd[i] : NaN;
    if (sc >= 0 && (never![sc] || (trialing![sc] && te !== te))) continue;
    if (isTrial && isTrial[i] === 1) continue;
    if (trialFlags && isTrialText!.codes[i] >= 0 && trialFlags[isTrialText!.codes[i]]) continue;

    let m = direct ? direct[i] : NaN;
    if (m !== m) {
      const a = amount ? amount[i] : NaN;
      const uc = unit ? unit.codes[i] : -1;
      const f = uc >= 0 ? factor![uc] : NaN;
      if (a !== a || f !== f) continue;
      const q = quantity && quantity[i] === quantity[i] ? quantity[i] : 1;
      const d = discount && discount[i] === discount[i] ? discount[i] : 0;
      const k = intervalCount && intervalCount[i] > 0 ? intervalCount[i] : 1;
      // normalisedMrr inlined: this runs once per stored period, with unit factors looked up per code.
      m = (a * q * (1 - d / 100) * f) / k;
    }
    if (fx && currency!.codes[i] >= 0) m *= fx[currency!.codes[i]];

    // Live at T ⇔ max(start, trial_end) <= T < end. E(month of `from`) >= from, and the month
    // holding `end` is the first whose E(M) is not before it.
    const from = te === te && te > s ? te : s;
    const e = end ? end[i] : NaN;
    const lo = Math.max(0, monthOf(from));
    const hi = e === e ? Math.min(last, monthOf(e) - 1) : last;
    if (lo > hi) continue;
    const k = out.n++;
    out.customer[k] = c;
    out.lo[k] = lo;
    out.hi[k] = hi;
    out.mrr[k] = m;
    out.row[k] = i;
  }
  return byCustomer(out);
}

/**
 * The periods in customer order, by a stable counting sort; as they are when the rows already
 * come customer by customer (many exports are sorted so), which saves a copy of every array.
 */
function byCustomer(p: LivePeriods): LivePeriods {
  const { n, customerCount } = p;
  if (ascending(p.customer, n))
    return {
      n,
      customer: p.customer.subarray(0, n),
      lo: p.lo.subarray(0, n),
      hi: p.hi.subarray(0, n),
      mrr: p.mrr.subarray(0, n),
      row: p.row.subarray(0, n),
      customerCount,
    };
  const next = new Int32Array(customerCount + 1);
  for (let k = 0; k < n; k++) next[p.customer[k] + 1]++;
  for (let c = 0; c < customerCount; c++) next[c + 1] += next[c];
  const out: LivePeriods = {
    n,
    customer: new Int32Array(n),
    lo: new Int32Array(n),
    hi: new Int32Array(n),
    mrr: new Float64Array(n),
    row: new Int32Array(n),
    customerCount,
  };
  for (let k = 0; k < n; k++) {
    const c = p.customer[k];
    const j = next[c]++;
    out.customer[j] = c;
    out.lo[j] = p.lo[k];
    out.hi[j] = p.hi[k];
    out.mrr[j] = p.mrr[k];
    out.row[j] = p.row[k];
  }
  return out;
}

function ascending(values: Int32Array, n: number): boolean {
  for (let k = 1; k < n; k++) if (values[k] < values[k - 1]) return false;
  return true;
}
