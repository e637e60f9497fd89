// Several events datasets of a workspace count as one (users matched by their id string): their
// aggregates merge exactly because each keeps distinct facts, never counts.
import type { EventAggregate } from './aggregate.ts';
import { assemble } from './build.ts';

/** Codes of `names` in a shared dictionary that grows as needed. */
function mapInto(names: readonly string[], list: string[], index: Map<string, number>): Int32Array {
  const codes = new Int32Array(names.length);
  names.forEach((name, i) => {
    let c = index.get(name);
    if (c === undefined) {
      c = list.push(name) - 1;
      index.set(name, c);
    }
    codes[i] = c;
  });
  return codes;
}

export function mergeAggregates(list: readonly EventAggregate[]): EventAggregate {
  if (list.length === 1) return list[0];
  const users: string[] = [];
  const userIndex = new Map<string, number>();
  const events: string[] = [];
  const eventIndex = new Map<string, number>();
  const userMaps = list.map((a) => mapInto(a.users, users, userIndex));
  const eventMaps = list.map((a) => mapInto(a.events, events, eventIndex));
  const first = new Float64Array(users.length).fill(Infinity);
  const last = new Float64Array(users.length).fill(-Infinity);
  list.forEach((a, i) => {
    const um = userMaps[i];
    for (let u = 0; u < a.users.length; u++) {
      const v = um[u];
      if (a.first[u] < first[v]) first[v] = a.first[u];
      if (a.last[u] > last[v]) last[v] = a.last[u];
    }
  });

  const pairIndex = new Map<number, number>();
  const pairUser: number[] = [];
  const pairEvent: number[] = [];
  const pairFirst: number[] = [];
  const stride = events.length + 1;
  const pairMaps = list.map((a, i) => {
    const codes = new Int32Array(a.pairUser.length);
    for (let p = 0; p < codes.length; p++) {
      const u = userMaps[i][a.pairUser[p]];
      const e = a.pairEvent[p] < 0 ? -1 : eventMaps[i][a.pairEvent[p]];
      const key = u * stride + e + 1;
      let q = pairIndex.get(key);
      if (q === undefined) {
        q = pairUser.push(u) - 1;
        pairEvent.push(e);
        pairFirst.push(a.pairFirst[p]);
        pairIndex.set(key, q);
      } else if (a.pairFirst[p] < pairFirst[q]) pairFirst[q] = a.pairFirst[p];
      codes[p] = q;
    }
    return codes;
  });

  const dayTotal = list.reduce((n, a) => n + a.dayUser.length, 0);
  const dayKey = new Int32Array(dayTotal);
  const dayUser = new Int32Array(dayTotal);
  const monthTotal = list.reduce((n, a) => n + a.pairMonth.length, 0);
  const monthKey = new Int32Array(monthTotal);
  const monthPair = new Int32Array(monthTotal);
  let at = 0;
  let mt = 0;
  list.forEach((a, i) => {
    for (let d = 0; d + 1 < a.dayOffset.length; d++)
      for (let j = a.dayOffset[d]; j < a.dayOffset[d + 1]; j++) {
        dayKey[at] = a.day0 + d;
        dayUser[at++] = userMaps[i][a.dayUser[j]];
      }
    for (let p = 0; p + 1 < a.pairMonthOffset.length; p++)
      for (let j = a.pairMonthOffset[p]; j < a.pairMonthOffset[p + 1]; j++) {
        monthKey[mt] = a.pairMonth[j];
        monthPair[mt++] = pairMaps[i][p];
      }
  });
  return assemble({
    users,
    events,
    first,
    last,
    pairUser: Int32Array.from(pairUser),
    pairEvent: Int32Array.from(pairEvent),
    pairFirst: Float64Array.from(pairFirst),
    days: { keys: dayKey, values: dayUser },
    months: { keys: monthKey, values: monthPair },
  });
}
