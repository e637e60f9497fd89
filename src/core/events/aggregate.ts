// What the engagement KPIs (metrics.md §8) need from an events dataset, built once at import time
// so a reopen reads a few typed arrays instead of millions of rows. Users and event names are
// dictionary-encoded; every array is a typed array, so a record structured-clones cheaply.

/**
 * Distinct facts of one events dataset (or of several, merged). Rows without a user or a valid
 * timestamp add nothing but their event name (they still name an event of the dataset).
 */
export interface EventAggregate {
  /** User ids; a user's code is its index. */
  users: string[];
  /** Event names in order of first appearance; an event's code is its index. */
  events: string[];
  /** Per user: first and last event instant (epoch ms UTC). */
  first: Float64Array;
  last: Float64Array;
  /**
   * Distinct (user, event) pairs and the first instant of each; event −1 = a row without a name.
   * Pairs are ordered by user, so one user's pairs are adjacent.
   */
  pairUser: Int32Array;
  pairEvent: Int32Array;
  pairFirst: Float64Array;
  /** Months (serials, ascending) with the pair: pair p holds pairMonth[pairMonthOffset[p] … [p + 1]). */
  pairMonthOffset: Int32Array;
  pairMonth: Int32Array;
  /** Distinct users per UTC day of D, ascending: day0 + d holds dayUser[dayOffset[d] … dayOffset[d + 1]). */
  day0: number;
  dayOffset: Int32Array;
  dayUser: Int32Array;
}

export function emptyAggregate(events: string[] = []): EventAggregate {
  return {
    users: [],
    events,
    first: new Float64Array(0),
    last: new Float64Array(0),
    pairUser: new Int32Array(0),
    pairEvent: new Int32Array(0),
    pairFirst: new Float64Array(0),
    pairMonthOffset: new Int32Array(1),
    pairMonth: new Int32Array(0),
    day0: 0,
    dayOffset: new Int32Array(1),
    dayUser: new Int32Array(0),
  };
}

/** First and last event instant of the aggregate; Infinity / −Infinity when it has no user. */
export function eventExtent(agg: EventAggregate): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let u = 0; u < agg.first.length; u++) {
    if (agg.first[u] < min) min = agg.first[u];
    if (agg.last[u] > max) max = agg.last[u];
  }
  return { min, max };
}
