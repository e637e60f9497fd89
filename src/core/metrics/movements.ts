// Customer month-end MRR m_c(M) and MRR movements (metrics.md §3, §3b), by one sweep over
// customers: periods are bucketed by customer once, then each customer's months are walked.
import type { LivePeriods } from './mrr.ts';
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

export function movementSeries(p: LivePeriods, months: number): MovementSeries {
  const f = () => new Float64Array(months);
  const s: MovementSeries = {
    mrr: f(),
    customers: f(),
    newMrr: f(),
    reactivationMrr: f(),
    expansionMrr: f(),
    contractionMrr: f(),
    churnedMrr: f(),
    newCustomers: f(),
    reactivatedCustomers: f(),
    churnedCustomers: f(),
    cohortCount: new Float64Array(months * months),
    cohortMrr: new Float64Array(months * months),
  };
  // Counting sort of period indices by customer.
  const offset = new Int32Array(p.customerCount + 1);
  for (let k = 0; k < p.n; k++) offset[p.customer[k] + 1]++;
  for (let c = 0; c < p.customerCount; c++) offset[c + 1] += offset[c];
  const order = new Int32Array(p.n);
  const fill = offset.slice(0, p.customerCount);
  for (let k = 0; k < p.n; k++) order[fill[p.customer[k]]++] = k;

  // m stays all zero between customers: only the months a customer's periods touch are written.
  const m = new Float64Array(months);
  for (let c = 0; c < p.customerCount; c++) {
    if (offset[c] === offset[c + 1]) continue;
    let from = months;
    let to = -1;
    for (let j = offset[c]; j < offset[c + 1]; j++) {
      const k = order[j];
      const v = p.mrr[k];
      const lo = p.lo[k];
      const hi = p.hi[k];
      if (lo < from) from = lo;
      if (hi > to) to = hi;
      for (let i = lo; i <= hi; i++) m[i] += v;
    }
    // Before `from` the customer has nothing; after `to` only the churn month can move anything.
    walkCustomer(m, s, months, from, Math.min(to + 1, months - 1));
    m.fill(0, from, to + 1);
  }
  return s;
}

function walkCustomer(m: Float64Array, s: MovementSeries, months: number, from: number, to: number): void {
  let everPaid = false;
  let cohort = -1;
  let p = 0;
  for (let i = from; i <= to; i++) {
    const q = m[i];
    const pPos = p >= EPS;
    const qPos = q >= EPS;
    if (qPos && !pPos) {
      if (everPaid) {
        s.reactivationMrr[i] += q;
        s.reactivatedCustomers[i]++;
      } else {
        s.newMrr[i] += q;
        s.newCustomers[i]++;
        cohort = i;
      }
    } else if (qPos && pPos) {
      if (q - p >= EPS) s.expansionMrr[i] += q - p;
      else if (p - q >= EPS) s.contractionMrr[i] += p - q;
    } else if (pPos) {
      s.churnedMrr[i] += p;
      s.churnedCustomers[i]++;
    }
    s.mrr[i] += q;
    if (qPos) {
      s.customers[i]++;
      everPaid = true;
    }
    if (cohort >= 0) {
      const at = cohort * months + i;
      if (qPos) s.cohortCount[at]++;
      s.cohortMrr[at] += q;
    }
    p = q;
  }
}
