// Builds an EventAggregate from events Frames as they are imported, one chunk at a time: memory
// grows with distinct users, pairs, user-days and pair-months, never with rows.
import type { Frame } from '../datasets/frame.ts';
import { Interner } from '../datasets/interner.ts';
import { numbers, text } from '../metrics/columns.ts';
import { DAY_MS, monthSerialOfDay } from '../metrics/time.ts';
import { emptyAggregate, type EventAggregate } from './aggregate.ts';
import { GrowInt32, GrowRecords, groupDistinct } from './group.ts';
import { PairIndex } from './pair-index.ts';

/** "Not yet seen" in the per-user day and per-pair month stamps. */
const NONE = -0x80000000;
const USER_FIRST = 0;
const USER_LAST = 1;
const USER_DAY_SEEN = 2;
const PAIR_FIRST = 0;
const PAIR_MONTH_SEEN = 1;

export class EventAggregator {
  // Each chunk's dictionary is looked up here: an interner, where a Map took ~0.6 µs a lookup.
  private readonly users = new Interner(true);
  private readonly events = new Interner(true);
  /** Per user: first and last event time, and the day last recorded (USER_* fields). */
  private readonly userState = new GrowRecords(3);
  private readonly pairCode = new PairIndex();
  /** The month of the last day seen: rows mostly come in time order, days repeat. */
  private lastDay = NaN;
  private lastMonth = 0;
  /** Whether every row so far came in time order: then no (day, user) or (month, pair) repeats. */
  private ordered = true;
  private latest = -Infinity;
  private readonly pairUser = new GrowInt32();
  private readonly pairEvent = new GrowInt32();
  /** Per pair: its first event time and the month last recorded (PAIR_* fields). */
  private readonly pairState = new GrowRecords(2);
  private readonly dayKey = new GrowInt32();
  private readonly dayUser = new GrowInt32();
  private readonly monthKey = new GrowInt32();
  private readonly monthPair = new GrowInt32();

  /** Users by the code the chunk packer gave them (db/packed-frame.ts), when it is given. */
  private readonly usersByDatasetCode = new ByDatasetCode();

  /**
   * Adds the rows of one events frame (columns user_id, timestamp, event). `datasetCodes`: the
   * code the chunk packer gave each of the frame's values (ChunkPacker.datasetCodes), so a user
   * seen in an earlier chunk is found by an array read instead of a string lookup.
   */
  add(frame: Frame, datasetCodes?: (column: string) => Int32Array | undefined): void {
    const userCol = text(frame, 'user_id');
    const eventCol = text(frame, 'event');
    const times = numbers(frame, 'timestamp');
    const global = userCol ? datasetCodes?.('user_id') : undefined;
    const userOf = !userCol
      ? null
      : global
        ? this.usersByDatasetCode.chunkCodes(global)
        : known(userCol.dict, this.users);
    const eventOf = eventCol ? known(eventCol.dict, this.events) : null;
    for (let r = 0; r < frame.rows; r++) {
      let e = -1;
      const ec = eventCol ? eventCol.codes[r] : -1;
      if (ec >= 0) {
        e = eventOf![ec];
        if (e < 0) e = eventOf![ec] = this.newEvent(eventCol!.dict[ec]);
      }
      const uc = userCol ? userCol.codes[r] : -1;
      const t = times ? times[r] : NaN;
      if (uc < 0 || t !== t) continue;
      let u = userOf![uc];
      if (u < 0) {
        u = userOf![uc] = this.newUser(userCol!.dict[uc]);
        if (global) this.usersByDatasetCode.set(global[uc], u);
      }
      this.row(u, e, t);
    }
  }

  private row(u: number, e: number, t: number): void {
    if (t < this.latest) this.ordered = false;
    else this.latest = t;
    const user = this.userState.data;
    const at = u * 3;
    if (t < user[at + USER_FIRST]) user[at + USER_FIRST] = t;
    if (t > user[at + USER_LAST]) user[at + USER_LAST] = t;
    let p = this.pairCode.get(u, e);
    if (p < 0) {
      p = this.pairState.add();
      this.pairState.data[p * 2 + PAIR_FIRST] = t;
      this.pairState.data[p * 2 + PAIR_MONTH_SEEN] = NONE;
      this.pairUser.push(u);
      this.pairEvent.push(e);
      this.pairCode.set(u, e, p, this.pairUser.view(), this.pairEvent.view());
    } else if (t < this.pairState.data[p * 2 + PAIR_FIRST]) this.pairState.data[p * 2 + PAIR_FIRST] = t;
    // Day last recorded per user, month last recorded per pair: exports in time order skip repeats.
    const day = Math.floor(t / DAY_MS);
    if (user[at + USER_DAY_SEEN] !== day) {
      user[at + USER_DAY_SEEN] = day;
      this.dayKey.push(day);
      this.dayUser.push(u);
    }
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastMonth = monthSerialOfDay(day);
    }
    const month = this.lastMonth;
    const pair = this.pairState.data;
    if (pair[p * 2 + PAIR_MONTH_SEEN] !== month) {
      pair[p * 2 + PAIR_MONTH_SEEN] = month;
      this.monthKey.push(month);
      this.monthPair.push(p);
    }
  }

  private newEvent(name: string): number {
    return this.events.code(name);
  }

  private newUser(id: string): number {
    const before = this.users.values.length;
    const code = this.users.code(id);
    // A chunk dictionary listing one id twice (a hand-edited snapshot) names a user already made.
    if (code < before) return code;
    const u = this.userState.add();
    const user = this.userState.data;
    user[u * 3 + USER_FIRST] = Infinity;
    user[u * 3 + USER_LAST] = -Infinity;
    user[u * 3 + USER_DAY_SEEN] = NONE;
    return u;
  }

  finish(): EventAggregate {
    if (this.users.values.length === 0) return emptyAggregate([...this.events.values]);
    return assemble({
      users: [...this.users.values],
      events: [...this.events.values],
      first: this.userState.field(USER_FIRST),
      last: this.userState.field(USER_LAST),
      pairUser: this.pairUser.view().slice(),
      pairEvent: this.pairEvent.view().slice(),
      pairFirst: this.pairState.field(PAIR_FIRST),
      dayKey: this.dayKey.view(),
      dayUser: this.dayUser.view(),
      monthKey: this.monthKey.view(),
      monthPair: this.monthPair.view(),
      distinct: this.ordered,
    });
  }
}

/** Aggregate codes by dataset code; −1 until a row with a time uses the value. */
class ByDatasetCode {
  private codes = new Int32Array(1024).fill(-1);

  set(datasetCode: number, code: number): void {
    if (datasetCode >= this.codes.length) {
      const to = new Int32Array(Math.max(this.codes.length * 2, datasetCode + 1)).fill(-1);
      to.set(this.codes);
      this.codes = to;
    }
    this.codes[datasetCode] = code;
  }

  /** A chunk's codes in the aggregate, from the dataset code of each (−2: no row uses it). */
  chunkCodes(global: Int32Array): Int32Array {
    const out = new Int32Array(global.length);
    const codes = this.codes;
    for (let i = 0; i < global.length; i++) {
      const g = global[i];
      out[i] = g >= 0 && g < codes.length ? codes[g] : -1;
    }
    return out;
  }
}

/** Codes a frame's dictionary already has in the aggregate; −1 until first used by a row. */
function known(dict: readonly string[], index: Interner): Int32Array {
  const codes = new Int32Array(dict.length);
  for (let i = 0; i < dict.length; i++) codes[i] = index.find(dict[i]);
  return codes;
}

/** Facts gathered, with repeats allowed in the (day, user) and (month, pair) lists. */
export interface AggregateParts extends Pick<
  EventAggregate,
  'users' | 'events' | 'first' | 'last' | 'pairUser' | 'pairEvent' | 'pairFirst' | 'dayUser'
> {
  dayKey: Int32Array;
  /** Month serials and the pair (code in the lists above) active in each. */
  monthKey: Int32Array;
  monthPair: Int32Array;
  /** True when the day and month lists hold no repeat and come in time order. */
  distinct?: boolean;
}

/**
 * Orders the pairs by user and groups the day list over D (first to last event day) and each
 * pair's months, dropping repeats.
 */
export function assemble(parts: AggregateParts): EventAggregate {
  if (parts.users.length === 0) return emptyAggregate(parts.events);
  let min = Infinity;
  let max = -Infinity;
  for (let u = 0; u < parts.first.length; u++) {
    if (parts.first[u] < min) min = parts.first[u];
    if (parts.last[u] > max) max = parts.last[u];
  }
  const day0 = Math.floor(min / DAY_MS);
  const dayN = Math.floor(max / DAY_MS) - day0 + 1;
  const days = groupDistinct(parts.dayKey, parts.dayUser, day0, dayN, parts.distinct);
  const pairs = byUser(parts);
  const monthOwner = new Int32Array(parts.monthPair.length);
  for (let i = 0; i < monthOwner.length; i++) monthOwner[i] = pairs.code[parts.monthPair[i]];
  // A stable grouping keeps rows in time order, so each pair's months are already ascending.
  const months = groupDistinct(monthOwner, parts.monthKey, 0, pairs.user.length, parts.distinct);
  return {
    users: parts.users,
    events: parts.events,
    first: parts.first,
    last: parts.last,
    pairUser: pairs.user,
    pairEvent: pairs.event,
    pairFirst: pairs.first,
    pairMonthOffset: months.offset,
    pairMonth: months.values,
    day0,
    dayOffset: days.offset,
    dayUser: days.values,
  };
}

/** Pairs reordered by user (a stable counting sort); `code` maps an old pair code to its new one. */
function byUser(parts: AggregateParts) {
  const nPairs = parts.pairUser.length;
  const start = new Int32Array(parts.users.length + 1);
  for (let p = 0; p < nPairs; p++) start[parts.pairUser[p] + 1]++;
  for (let u = 0; u < parts.users.length; u++) start[u + 1] += start[u];
  const code = new Int32Array(nPairs);
  const user = new Int32Array(nPairs);
  const event = new Int32Array(nPairs);
  const first = new Float64Array(nPairs);
  for (let p = 0; p < nPairs; p++) {
    const q = start[parts.pairUser[p]]++;
    code[p] = q;
    user[q] = parts.pairUser[p];
    event[q] = parts.pairEvent[p];
    first[q] = parts.pairFirst[p];
  }
  return { code, user, event, first };
}

/** The aggregate of whole frames (the headless report, tests, datasets stored before aggregates). */
export function aggregateFrames(frames: Iterable<Frame>): EventAggregate {
  const a = new EventAggregator();
  for (const f of frames) a.add(f);
  return a.finish();
}
