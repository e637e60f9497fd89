// Product engagement (metrics.md §8), from the event aggregate built at import time
// (core/events): distinct users per day, the months and first instant of each (user, event), and
// each user's first and last event. Nothing here reads rows, so millions of events cost a few
// passes over typed arrays of distinct facts.
import type { EventAggregate } from '../events/aggregate.ts';
import {
  DAY_MS,
  monthSerialOf,
  monthSerialOfDay,
  monthStart,
  spanCount,
  spanLocator,
  type Spans,
} from './time.ts';
import { plainSeries, ratio, seriesOf, type Family } from './types.ts';

const WEEK_MS = 7 * DAY_MS;

/** Month-level facts answer spans made of whole months (months, quarters, years) only. */
function assertWholeMonths(spans: Spans): void {
  for (const b of spans.bounds)
    if (monthStart(monthSerialOf(b)) !== b) throw new Error(`engagement spans must start months, got ${b}`);
}

export function engagementMetrics(agg: EventAggregate, spans: Spans, activationEvent: string): Family {
  const n = spanCount(spans);
  if (agg.users.length === 0) return emptyFamily(n);
  assertWholeMonths(spans);
  const at = spanLocator(spans);
  const nUsers = agg.users.length;
  const names = agg.events;
  const nEv = names.length;

  // Distinct users and adopters per span in one sequential pass: a pair's months ascend, so its
  // spans do too (count it when the span changes); a user's pairs are adjacent, so a per-span mark
  // of the last user counted keeps each user once per span.
  const mau = new Float64Array(n);
  const adopters = new Float64Array(n * nEv);
  const { pairUser, pairEvent, pairMonthOffset, pairMonth } = agg;
  const spanOfMonth = monthTable(agg, at);
  const month0 = monthSerialOfDay(agg.day0);
  const counted = new Int32Array(n).fill(-1);
  for (let p = 0; p < pairUser.length; p++) {
    const u = pairUser[p];
    const e = pairEvent[p];
    let last = -1;
    for (let j = pairMonthOffset[p]; j < pairMonthOffset[p + 1]; j++) {
      const span = spanOfMonth[pairMonth[j] - month0];
      if (span < 0 || span === last) continue;
      last = span;
      if (e >= 0) adopters[span * nEv + e]++;
      if (counted[span] !== u) {
        counted[span] = u;
        mau[span]++;
      }
    }
  }

  const act = activationEvent ? names.indexOf(activationEvent) : -1;
  const firstActivation = new Float64Array(nUsers).fill(Infinity);
  if (act >= 0)
    for (let p = 0; p < pairUser.length; p++)
      if (pairEvent[p] === act) firstActivation[pairUser[p]] = agg.pairFirst[p];
  let maxT = -Infinity;
  for (let u = 0; u < nUsers; u++) if (agg.last[u] > maxT) maxT = agg.last[u];

  const newUsers = new Float64Array(n);
  const activated = new Float64Array(n);
  const dropBase = new Float64Array(n);
  const dropped = new Float64Array(n);
  for (let u = 0; u < nUsers; u++) {
    const first = agg.first[u];
    const i = at(first);
    if (i < 0) continue;
    newUsers[i]++;
    if (firstActivation[u] <= first + WEEK_MS) activated[i]++;
    // §14.10: eligible when the dataset runs at least seven days past the first event (inclusive).
    if (first <= maxT - WEEK_MS) {
      dropBase[i]++;
      if (agg.last[u] < first + WEEK_MS) dropped[i]++;
    }
  }

  const fam: Family = new Map();
  fam.set('mau', plainSeries(mau));
  fam.set('avg_dau', avgDau(spans, agg));
  fam.set(
    'stickiness',
    seriesOf(n, (i) => {
      const a = fam.get('avg_dau')!.values[i];
      return [ratio(a, mau[i], 100), { avg_dau: a, mau: mau[i] }];
    }),
  );
  fam.set('new_users', plainSeries(newUsers));
  fam.set(
    'activation_rate',
    seriesOf(n, (i) => [
      activationEvent ? ratio(activated[i], newUsers[i], 100) : null,
      { activated_users: activated[i], new_users: newUsers[i] },
    ]),
  );
  fam.set(
    'dropoff_7d',
    seriesOf(n, (i) => [
      ratio(dropped[i], dropBase[i], 100),
      { dropped_users: dropped[i], eligible_users: dropBase[i] },
    ]),
  );
  names.forEach((name, e) => {
    fam.set(
      `feature_adoption:${name}`,
      seriesOf(n, (i) => [
        ratio(adopters[i * nEv + e], mau[i], 100),
        { users_with_event: adopters[i * nEv + e], mau: mau[i] },
      ]),
    );
  });
  return fam;
}

/** The span of each month of the aggregate (−1 outside every span). */
function monthTable(agg: EventAggregate, at: (t: number) => number): Int32Array {
  const nDays = agg.dayOffset.length - 1;
  const month0 = monthSerialOfDay(agg.day0);
  const months = monthSerialOfDay(agg.day0 + nDays - 1) - month0 + 1;
  const table = new Int32Array(months);
  for (let m = 0; m < months; m++) table[m] = at(monthStart(month0 + m));
  return table;
}

/** Mean DAU over the span's days that lie in D (first to last event day); null when none do. */
function avgDau(spans: Spans, agg: EventAggregate) {
  const b = spans.bounds;
  const { day0, dayOffset } = agg;
  const nDays = dayOffset.length - 1;
  return seriesOf(spanCount(spans), (i) => {
    const from = Math.max(0, Math.floor(b[i] / DAY_MS) - day0);
    const to = Math.min(nDays, Math.ceil(b[i + 1] / DAY_MS) - day0);
    // The day offsets are cumulative: the user-days of days from…to − 1 are one subtraction.
    const sum = to > from ? dayOffset[to] - dayOffset[from] : 0;
    const days = Math.max(0, to - from);
    return [ratio(sum, days), { user_days: sum, days }];
  });
}

/** Event names of the aggregate, sorted for the activation-event picker. */
export function eventNamesOf(agg: EventAggregate | undefined): string[] {
  return agg ? [...agg.events].sort((a, b) => a.localeCompare(b)) : [];
}

/** An events file without a usable row still yields the family's ids, so the UI can say so. */
function emptyFamily(n: number): Family {
  const fam: Family = new Map();
  const zero = seriesOf(n, () => [0, null]);
  const none = seriesOf(n, () => [null, null]);
  fam.set('mau', zero);
  fam.set('avg_dau', none);
  fam.set('stickiness', none);
  fam.set('new_users', zero);
  fam.set('activation_rate', none);
  fam.set('dropoff_7d', none);
  return fam;
}
