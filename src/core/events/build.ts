// Builds an EventAggregate from events Frames as they are imported, one chunk at a time: memory
// grows with distinct users, pairs, user-days and pair-months, never with rows.
import type { Frame } from '../datasets/frame.ts';
import { Interner } from '../datasets/interner.ts';
import { numbers, text } from '../metrics/columns.ts';
import { DAY_MS, monthSerialOfDay } from '../metrics/time.ts';
import { emptyAggregate, type EventAggregate } from './aggregate.ts';
import {
  GrowFloat64,
  GrowInt32,
  GrowRecords,
  KeyedList,
  groupByKey,
  groupByValue,
  type KeyedValues,
} from './group.ts';
import { PairIndex } from './pair-index.ts';

/** "Not yet seen" in the per-user day and per-pair month stamps. */
const NONE = -0x80000000;
/** A user's record: first and last event time, the day last recorded, and two sets of events. */
const USER_FIRST = 0;
const USER_LAST = 1;
const USER_DAY_SEEN = 2;
/** Events (bit e + 1) the user had in the current month, not yet listed under it. */
const USER_MONTH_EVENTS = 3;
/** Events (bit e + 1) the user ever had: the pairs made. */
const USER_EVENTS = 4;
const USER_WIDTH = 5;
/**
 * Events with a code below this (and rows without a name) are kept in the user's sets, 31-bit
 * integers. Codes go by first appearance, so the frequent events of a large export come first.
 */
const IN_SETS = 30;

/**
 * Per row, in time order, only the user's record is read: the pairs (user, event) of the month are
 * bits in it, listed when the month ends by one pass over the users in code order. Reading a pair
 * table by user and event per row cost a cache miss each at 20M rows; events beyond the sets, and
 * rows of a month already listed, take that path.
 */
export class EventAggregator {
  // Each chunk's dictionary is looked up here: an interner, where a Map took ~0.6 µs a lookup.
  private readonly users = new Interner(true);
  private readonly events = new Interner(true);
  /** Per user: the USER_* fields. */
  private readonly userState = new GrowRecords(USER_WIDTH);
  private readonly pairCode = new PairIndex();
  /** The month of the last day seen: rows mostly come in time order, days repeat. */
  private lastDay = NaN;
  private lastMonth = 0;
  /** The latest time so far: a row at or after it moves no first time and is every last time. */
  private latest = -Infinity;
  /** The month of the latest time: the month the users' sets are for. */
  private month = NONE;
  private readonly pairUser = new GrowInt32();
  private readonly pairEvent = new GrowInt32();
  /** Per pair: its first event time, read only for a row before the latest. */
  private readonly pairFirst = new GrowFloat64();
  /** Per pair: the month last listed through the pair table (not the sets). */
  private readonly pairMonthSeen = new GrowInt32();
  /** Users by day and pairs by month, a repeat skipped when it is the day or month last listed. */
  private readonly days = new KeyedList();
  private readonly months = new KeyedList();

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
        u = userOf![uc] = this.newUser(userCol!.dict[uc], t);
        if (global) this.usersByDatasetCode.set(global[uc], u);
      }
      this.row(u, e, t);
    }
  }

  private row(u: number, e: number, t: number): void {
    const user = this.userState.data;
    const at = u * USER_WIDTH;
    const day = Math.floor(t / DAY_MS);
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastMonth = monthSerialOfDay(day);
    }
    const month = this.lastMonth;
    const late = t < this.latest;
    if (!late) {
      // The common case, rows in time order: no first time moves, every last time is this one.
      if (month !== this.month) this.listMonth(month);
      this.latest = t;
      user[at + USER_LAST] = t;
    } else {
      if (t < user[at + USER_FIRST]) user[at + USER_FIRST] = t;
      if (t > user[at + USER_LAST]) user[at + USER_LAST] = t;
    }
    if (user[at + USER_DAY_SEEN] !== day) {
      user[at + USER_DAY_SEEN] = day;
      this.days.push(day, u);
    }
    if (e < IN_SETS && month === this.month) {
      const bit = 1 << (e + 1);
      const ever = user[at + USER_EVENTS];
      if ((ever & bit) === 0) {
        this.newPair(u, e, t);
        user[at + USER_EVENTS] = ever | bit;
      } else if (late) this.earlier(this.pairCode.get(u, e), t);
      user[at + USER_MONTH_EVENTS] = user[at + USER_MONTH_EVENTS] | bit;
      return;
    }
    // An event beyond the sets, or a late row in a month already listed: through the pair table.
    let p = this.pairCode.get(u, e);
    if (p < 0) {
      p = this.newPair(u, e, t);
      if (e < IN_SETS) user[at + USER_EVENTS] = user[at + USER_EVENTS] | (1 << (e + 1));
    } else if (late) this.earlier(p, t);
    // The month last listed through this path: an export newest first lists each pair once a
    // month, not once a row. Late rows that go back and forth may list a pair under a month
    // twice: assemble drops the repeat.
    if (this.pairMonthSeen.get(p) === month) return;
    this.pairMonthSeen.set(p, month);
    this.months.push(month, p);
  }

  /** A row before the latest time of pair p, made already: it may be the pair's first. */
  private earlier(p: number, t: number): void {
    if (t < this.pairFirst.get(p)) this.pairFirst.set(p, t);
  }

  /** Lists the pairs of every user's set under the month they are for, then starts `next`. */
  private listMonth(next: number): void {
    const user = this.userState.data;
    const month = this.month;
    for (let u = 0, at = USER_MONTH_EVENTS; u < this.userState.length; u++, at += USER_WIDTH) {
      const set = user[at];
      if (set === 0) continue;
      for (let b = 0; b < 31; b++) if (set & (1 << b)) this.months.push(month, this.pairCode.get(u, b - 1));
      user[at] = 0;
    }
    this.month = next;
  }

  private newPair(u: number, e: number, t: number): number {
    const p = this.pairUser.length;
    this.pairUser.push(u);
    this.pairEvent.push(e);
    this.pairFirst.push(t);
    this.pairMonthSeen.push(NONE);
    this.pairCode.set(u, e, p, this.pairUser.view(), this.pairEvent.view());
    return p;
  }

  /**
   * Entries in the day and month lists so far: what the aggregate's memory grows with, distinct
   * user-days and pair-months in practice, never one per row.
   */
  get listed(): number {
    return this.days.length + this.months.length;
  }

  private newEvent(name: string): number {
    return this.events.code(name);
  }

  /** The code of the user with this id, made with its first time `t` when it is new. */
  private newUser(id: string, t: number): number {
    const before = this.users.values.length;
    const code = this.users.code(id);
    // A chunk dictionary listing one id twice (a hand-edited snapshot) names a user already made.
    if (code < before) return code;
    const u = this.userState.add();
    const user = this.userState.data;
    user[u * USER_WIDTH + USER_FIRST] = t;
    user[u * USER_WIDTH + USER_LAST] = t;
    user[u * USER_WIDTH + USER_DAY_SEEN] = NONE;
    return u;
  }

  finish(): EventAggregate {
    if (this.users.values.length === 0) return emptyAggregate([...this.events.values]);
    this.listMonth(NONE);
    return assemble({
      users: [...this.users.values],
      events: [...this.events.values],
      first: this.userState.field(USER_FIRST),
      last: this.userState.field(USER_LAST),
      pairUser: this.pairUser.view(),
      pairEvent: this.pairEvent.view(),
      pairFirst: this.pairFirst.view(),
      days: this.days.view(),
      months: this.months.view(),
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

/** Facts gathered, with repeats allowed among the users of a day and the pairs of a month. */
export interface AggregateParts extends Pick<
  EventAggregate,
  'users' | 'events' | 'first' | 'last' | 'pairUser' | 'pairEvent' | 'pairFirst'
> {
  /** Users (codes in `users`) under the day (days since the epoch) they were active. */
  days: KeyedValues;
  /** Pairs (codes in the lists above) under the month (serial) they were active. */
  months: KeyedValues;
}

/**
 * Orders the pairs by user and groups the day list over D (first to last event day) and each
 * pair's months, dropping repeats. The lists' values may be reordered where they lie.
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
  const days = groupByKey(parts.days, day0, dayN);
  const pairs = byUser(parts);
  const months = groupByValue(parts.months, pairs.code, pairs.user.length);
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
