// Builds an EventAggregate from events Frames as they are imported, one chunk at a time: memory
// grows with distinct users, pairs, user-days and pair-months, never with rows.
import type { Frame } from '../datasets/frame.ts';
import { Interner } from '../datasets/interner.ts';
import { numbers, text } from '../metrics/columns.ts';
import { DAY_MS, monthSerialOfDay } from '../metrics/time.ts';
import { emptyAggregate, type EventAggregate } from './aggregate.ts';
import { GrowFloat64, GrowInt32, groupDistinct } from './group.ts';
import { PairIndex } from './pair-index.ts';

/** "Not yet seen" in the per-user day and per-pair month stamps. */
const NONE = -0x80000000;

export class EventAggregator {
  // Each chunk's dictionary is looked up here: an interner, where a Map took ~0.6 µs a lookup.
  private readonly users = new Interner(true);
  private readonly events = new Interner(true);
  private readonly first = new GrowFloat64();
  private readonly last = new GrowFloat64();
  private readonly pairCode = new PairIndex();
  /** The month of the last day seen: rows mostly come in time order, days repeat. */
  private lastDay = NaN;
  private lastMonth = 0;
  /** Whether every row so far came in time order: then no (day, user) or (month, pair) repeats. */
  private ordered = true;
  private latest = -Infinity;
  private readonly pairUser = new GrowInt32();
  private readonly pairEvent = new GrowInt32();
  private readonly pairFirst = new GrowFloat64();
  /** Day last recorded per user, month last recorded per pair: exports in time order skip repeats. */
  private readonly userDaySeen = new GrowInt32();
  private readonly pairMonthSeen = new GrowInt32();
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
    if (t < this.first.get(u)) this.first.set(u, t);
    if (t > this.last.get(u)) this.last.set(u, t);
    let p = this.pairCode.get(u, e);
    if (p < 0) {
      p = this.pairUser.length;
      this.pairUser.push(u);
      this.pairEvent.push(e);
      this.pairFirst.push(t);
      this.pairMonthSeen.push(NONE);
      this.pairCode.set(u, e, p, this.pairUser.view(), this.pairEvent.view());
    } else if (t < this.pairFirst.get(p)) this.pairFirst.set(p, t);
    const day = Math.floor(t / DAY_MS);
    if (this.userDaySeen.get(u) !== day) {
      this.userDaySeen.set(u, day);
      this.dayKey.push(day);
      this.dayUser.push(u);
    }
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastMonth = monthSerialOfDay(day);
    }
    const month = this.lastMonth;
    if (this.pairMonthSeen.get(p) !== month) {
      this.pairMonthSeen.set(p, month);
      this.monthKey.push(month);
      this.monthPair.push(p);
    }
  }

  private newEvent(name: string): number {
    return this.events.code(name);
  }

  private newUser(id: string): number {
    this.first.push(Infinity);
    this.last.push(-Infinity);
    this.userDaySeen.push(NONE);
    return this.users.code(id);
  }

  finish(): EventAggregate {
    if (this.users.values.length === 0) return emptyAggregate([...this.events.values]);
    return assemble({
      users: [...this.users.values],
      events: [...this.events.values],
      first: this.first.view().slice(),
      last: this.last.view().slice(),
      pairUser: this.pairUser.view().slice(),
      pairEvent: this.pairEvent.view().slice(),
      pairFirst: this.pairFirst.view().slice(),
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
