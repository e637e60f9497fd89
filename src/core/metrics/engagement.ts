// Product engagement (metrics.md §8). Built for millions of events: one pass for per-user firsts,
// a counting sort by day, then one ordered pass with "last stamped" arrays for distinct counts.
import type { Frame } from '../datasets/frame.ts';
import { numbers, text } from './columns.ts';
import { DAY_MS, spanCount, spanLocator, type Spans } from './time.ts';
import { ratio, seriesOf, type Family } from './types.ts';

const WEEK_MS = 7 * DAY_MS;
/** Above this many user × event cells the per-feature stamps use a Set instead of a typed array. */
const STAMP_LIMIT = 1 << 26;

interface UserFacts {
  first: Float64Array;
  last: Float64Array;
  firstActivation: Float64Array;
  minT: number;
  maxT: number;
}

function userFacts(users: Int32Array, times: Float64Array, events: Int32Array, nUsers: number, act: number) {
  const f: UserFacts = {
    first: new Float64Array(nUsers).fill(Infinity),
    last: new Float64Array(nUsers).fill(-Infinity),
    firstActivation: new Float64Array(nUsers).fill(Infinity),
    minT: Infinity,
    maxT: -Infinity,
  };
  for (let r = 0; r < users.length; r++) {
    const u = users[r];
    const t = times[r];
    if (u < 0 || t !== t) continue;
    if (t < f.first[u]) f.first[u] = t;
    if (t > f.last[u]) f.last[u] = t;
    if (events[r] === act && act >= 0 && t < f.firstActivation[u]) f.firstActivation[u] = t;
    if (t < f.minT) f.minT = t;
    if (t > f.maxT) f.maxT = t;
  }
  return f;
}

export function engagementMetrics(frame: Frame, spans: Spans, activationEvent: string): Family {
  const n = spanCount(spans);
  const at = spanLocator(spans);
  const userCol = text(frame, 'user_id');
  const eventCol = text(frame, 'event');
  const times = numbers(frame, 'timestamp') ?? new Float64Array(frame.rows).fill(NaN);
  const users = userCol ? userCol.codes : new Int32Array(frame.rows).fill(-1);
  const events = eventCol ? eventCol.codes : new Int32Array(frame.rows).fill(-1);
  const names = eventCol ? eventCol.dict : [];
  const nUsers = userCol ? userCol.dict.length : 0;
  const nEv = names.length;
  const act = activationEvent ? names.indexOf(activationEvent) : -1;
  const facts = userFacts(users, times, events, nUsers, act);
  const fam: Family = new Map();
  if (facts.minT === Infinity) return emptyFamily(n);

  const day0 = Math.floor(facts.minT / DAY_MS);
  const nDays = Math.floor(facts.maxT / DAY_MS) - day0 + 1;
  const byDay = sortByDay(users, times, events, day0, nDays);
  const dau = new Float64Array(nDays);
  const mau = new Float64Array(n);
  const adopters = new Float64Array(n * nEv);
  const dayStamp = new Int32Array(nUsers);
  const spanStamp = new Int32Array(nUsers);
  const featStamp = nUsers * nEv <= STAMP_LIMIT ? new Int32Array(nUsers * nEv) : null;
  let featSet = new Set<number>();
  let lastSpan = -1;
  const { user, event, offset } = byDay;
  for (let d = 0; d < nDays; d++) {
    const span = at((day0 + d) * DAY_MS);
    if (span !== lastSpan) {
      featSet = new Set<number>();
      lastSpan = span;
    }
    for (let j = offset[d]; j < offset[d + 1]; j++) {
      const u = user[j];
      if (dayStamp[u] !== d + 1) {
        dayStamp[u] = d + 1;
        dau[d]++;
      }
      if (span < 0) continue;
      if (spanStamp[u] !== span + 1) {
        spanStamp[u] = span + 1;
        mau[span]++;
      }
      const e = event[j];
      if (e < 0) continue;
      const key = u * nEv + e;
      if (featStamp ? featStamp[key] !== span + 1 : !featSet.has(key)) {
        if (featStamp) featStamp[key] = span + 1;
        else featSet.add(key);
        adopters[span * nEv + e]++;
      }
    }
  }

  const newUsers = new Float64Array(n);
  const activated = new Float64Array(n);
  const dropBase = new Float64Array(n);
  const dropped = new Float64Array(n);
  for (let u = 0; u < nUsers; u++) {
    const first = facts.first[u];
    const i = first === Infinity ? -1 : at(first);
    if (i < 0) continue;
    newUsers[i]++;
    if (facts.firstActivation[u] <= first + WEEK_MS) activated[i]++;
    // §14.10: eligible when the dataset runs at least seven days past the first event (inclusive).
    if (first <= facts.maxT - WEEK_MS) {
      dropBase[i]++;
      if (facts.last[u] < first + WEEK_MS) dropped[i]++;
    }
  }

  fam.set(
    'mau',
    seriesOf(n, (i) => [mau[i], null]),
  );
  fam.set('avg_dau', avgDau(spans, dau, day0, nDays));
  fam.set(
    'stickiness',
    seriesOf(n, (i) => {
      const a = fam.get('avg_dau')!.values[i];
      return [ratio(a, mau[i], 100), { avg_dau: a, mau: mau[i] }];
    }),
  );
  fam.set(
    'new_users',
    seriesOf(n, (i) => [newUsers[i], null]),
  );
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
    let total = 0;
    for (let i = 0; i < n; i++) total += adopters[i * nEv + e];
    if (total === 0 && !hasEvent(events, e)) return;
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

/**
 * Users and event codes grouped by UTC day (offset[d]…offset[d + 1]). Exports are usually in time
 * order already; then the input arrays are used as they are and no scatter is needed.
 */
function sortByDay(users: Int32Array, times: Float64Array, events: Int32Array, day0: number, nDays: number) {
  const rows = users.length;
  const day = new Int32Array(rows);
  const offset = new Int32Array(nDays + 1);
  let ordered = true;
  let prev = -1;
  for (let r = 0; r < rows; r++) {
    const t = times[r];
    if (users[r] < 0 || t !== t) {
      day[r] = -1;
      ordered = false;
      continue;
    }
    const d = Math.floor(t / DAY_MS) - day0;
    day[r] = d;
    offset[d + 1]++;
    if (d < prev) ordered = false;
    prev = d;
  }
  for (let d = 0; d < nDays; d++) offset[d + 1] += offset[d];
  if (ordered) return { user: users, event: events, offset };
  const user = new Int32Array(offset[nDays]);
  const event = new Int32Array(offset[nDays]);
  const fill = offset.slice(0, nDays);
  for (let r = 0; r < rows; r++) {
    const d = day[r];
    if (d < 0) continue;
    const at = fill[d]++;
    user[at] = users[r];
    event[at] = events[r];
  }
  return { user, event, offset };
}

function hasEvent(events: Int32Array, e: number): boolean {
  return events.includes(e);
}

/** Mean DAU over the span's days that lie in D (first to last event day); null when none do. */
function avgDau(spans: Spans, dau: Float64Array, day0: number, nDays: number) {
  const b = spans.bounds;
  return seriesOf(spanCount(spans), (i) => {
    const from = Math.max(0, Math.floor(b[i] / DAY_MS) - day0);
    const to = Math.min(nDays, Math.ceil(b[i + 1] / DAY_MS) - day0);
    let sum = 0;
    for (let d = from; d < to; d++) sum += dau[d];
    const days = Math.max(0, to - from);
    return [ratio(sum, days), { user_days: sum, days }];
  });
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
