// Customer month-end MRR m_c(M) and MRR movements (metrics.md §3, §3b), by one sweep over
// customers: the periods come grouped by customer (mrr.ts), and so do a segment's.
import type { SegmentPeriods } from './segment-periods.ts';
import { EPS } from './types.ts';

export interface MovementSeries {
  mrr: Float64Array;
  customers: Float64Array;
  newMrr: Float64Array;
  reactivationMrr: Float64Array;
  expansionMrr: Float64Array;
  contractionMrr: Float64Array;
  churnedMrr: Float64Array;
  newCustomers: Float64Array;
  reactivatedCustomers: Float64Array;
  churnedCustomers: Float64Array;
  /** cohortCount[c × n + i]: customers of cohort month c paying at E(i); cohortMrr likewise. */
  cohortCount: Float64Array;
  cohortMrr: Float64Array;
}

// The series' rows in one array, `months` apart: the hot loops below read typed arrays and numbers
// only. Objects built afresh on every compute (the series, a segment's selection) change shape
// for the engine between the first compute and the second, which threw away the optimised sweep
// on the first segment change: the moment a person waits for.
const MRR = 0;
const CUSTOMERS = 1;
const NEW_MRR = 2;
const REACTIVATION_MRR = 3;
const EXPANSION_MRR = 4;
const CONTRACTION_MRR = 5;
const CHURNED_MRR = 6;
const NEW_CUSTOMERS = 7;
const REACTIVATED_CUSTOMERS = 8;
const CHURNED_CUSTOMERS = 9;
const ROWS = 10;

export function movementSeries(sel: SegmentPeriods, months: number): MovementSeries {
  const flat = new Float64Array(ROWS * months);
  const cohortCount = new Float64Array(months * months);
  const cohortMrr = new Float64Array(months * months);
  const { all: p, kept } = sel;
  sweep(p.customer, p.lo, p.hi, p.mrr, kept, months, flat, cohortCount, cohortMrr);
  const row = (r: number) => flat.subarray(r * months, (r + 1) * months);
  return {
    mrr: row(MRR),
    customers: row(CUSTOMERS),
    newMrr: row(NEW_MRR),
    reactivationMrr: row(REACTIVATION_MRR),
    expansionMrr: row(EXPANSION_MRR),
    contractionMrr: row(CONTRACTION_MRR),
    churnedMrr: row(CHURNED_MRR),
    newCustomers: row(NEW_CUSTOMERS),
    reactivatedCustomers: row(REACTIVATED_CUSTOMERS),
    churnedCustomers: row(CHURNED_CUSTOMERS),
    cohortCount,
    cohortMrr,
  };
}

/** Each customer's kept periods added up month by month (m), then the customer's months walked. */
function sweep(
  customer: Int32Array,
  lo: Int32Array,
  hi: Int32Array,
  mrr: Float64Array,
  kept: Int32Array,
  months: number,
  flat: Float64Array,
  cohortCount: Float64Array,
  cohortMrr: Float64Array,
): void {
  // m stays all zero between customers: only the months a customer's periods touch are written.
  const m = new Float64Array(months);
  let j = 0;
  while (j < kept.length) {
    const c = customer[kept[j]];
    let from = months;
    let to = -1;
    do {
      const k = kept[j];
      const v = mrr[k];
      const first = lo[k];
      const last = hi[k];
      if (first < from) from = first;
      if (last > to) to = last;
      for (let i = first; i <= last; i++) m[i] += v;
      j++;
    } while (j < kept.length && customer[kept[j]] === c);
    // Before `from` the customer has nothing; after `to` only the churn month can move anything.
    walkCustomer(m, flat, cohortCount, cohortMrr, months, from, Math.min(to + 1, months - 1));
    m.fill(0, from, to + 1);
  }
}

function walkCustomer(
  m: Float64Array,
  s: Float64Array,
  cohortCount: Float64Array,
  cohortMrr: Float64Array,
  months: number,
  from: number,
  to: number,
): void {
  let everPaid = false;
  let cohort = -1;
  let p = 0;
  for (let i = from; i <= to; i++) {
    const q = m[i];
    const pPos = p >= EPS;
    const qPos = q >= EPS;
    if (qPos && !pPos) {
      if (everPaid) {
        s[REACTIVATION_MRR * months + i] += q;
        s[REACTIVATED_CUSTOMERS * months + i]++;
      } else {
        s[NEW_MRR * months + i] += q;
        s[NEW_CUSTOMERS * months + i]++;
        cohort = i;
      }
    } else if (qPos && pPos) {
      if (q - p >= EPS) s[EXPANSION_MRR * months + i] += q - p;
      else if (p - q >= EPS) s[CONTRACTION_MRR * months + i] += p - q;
    } else if (pPos) {
      s[CHURNED_MRR * months + i] += p;
      s[CHURNED_CUSTOMERS * months + i]++;
    }
    s[MRR * months + i] += q;
    if (qPos) {
      s[CUSTOMERS * months + i]++;
      everPaid = true;
    }
    if (cohort >= 0) {
      const at = cohort * months + i;
      if (qPos) cohortCount[at]++;
      cohortMrr[at] += q;
    }
    p = q;
  }
}
