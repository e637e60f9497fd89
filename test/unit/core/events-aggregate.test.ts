// The events aggregate built chunk by chunk during an import is the one read straight off the rows
// with Maps and Sets: whatever order the rows come in, however they are cut into chunks, with or
// without the chunk packer's codes, and with rows missing a user, a time or an event name.
import { describe, expect, it } from 'vitest';
import { textColumn, timeColumn, type Column, type Frame } from '../../../src/core/datasets/frame.ts';
import type { EventAggregate } from '../../../src/core/events/aggregate.ts';
import { EventAggregator } from '../../../src/core/events/build.ts';
import { ChunkPacker } from '../../../src/db/packed-frame.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 10, 28, 17);

interface Row {
  user: string | null;
  t: number;
  event: string | null;
}

/** A small seeded generator (xorshift32), so a failure names rows that can be rebuilt. */
function generator(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
}

/** The aggregate as metrics.md §8 reads it, from rows, with nothing shared with the builder. */
function reference(rows: Row[]): EventAggregate {
  const events: string[] = [];
  const users: string[] = [];
  const user = new Map<string, { u: number; first: number; last: number; days: Set<number> }>();
  const pairs = new Map<
    string,
    { u: number; e: number; first: number; months: Set<number>; order: number }
  >();
  for (const r of rows) {
    let e = -1;
    if (r.event !== null) {
      e = events.indexOf(r.event);
      if (e < 0) e = events.push(r.event) - 1;
    }
    if (r.user === null || Number.isNaN(r.t)) continue;
    let facts = user.get(r.user);
    if (!facts) {
      user.set(r.user, (facts = { u: users.length, first: r.t, last: r.t, days: new Set() }));
      users.push(r.user);
    }
    facts.first = Math.min(facts.first, r.t);
    facts.last = Math.max(facts.last, r.t);
    facts.days.add(Math.floor(r.t / DAY));
    const u = facts.u;
    const key = `${u}/${e}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { u, e, first: r.t, months: new Set(), order: pairs.size }));
    pair.first = Math.min(pair.first, r.t);
    const at = new Date(r.t);
    pair.months.add(at.getUTCFullYear() * 12 + at.getUTCMonth());
  }
  const facts = users.map((u) => user.get(u)!);
  // Without a user there is no day: day0 is 0 and the day list empty.
  const day0 = facts.length ? Math.floor(Math.min(...facts.map((f) => f.first)) / DAY) : 0;
  const dayN = facts.length ? Math.floor(Math.max(...facts.map((f) => f.last)) / DAY) : -1;
  const usersOfDay = new Map<number, number[]>();
  facts.forEach((f, u) => f.days.forEach((d) => usersOfDay.set(d, [...(usersOfDay.get(d) ?? []), u])));
  const dayOffset = [0];
  const dayUser: number[] = [];
  for (let d = day0; d <= dayN; d++) {
    dayUser.push(...(usersOfDay.get(d) ?? []));
    dayOffset.push(dayUser.length);
  }
  // One user's pairs side by side, each user's in the order they first appeared.
  const ordered = [...pairs.values()].sort((a, b) => a.u - b.u || a.order - b.order);
  const pairMonthOffset = [0];
  const pairMonth: number[] = [];
  for (const p of ordered) {
    pairMonth.push(...[...p.months].sort((a, b) => a - b));
    pairMonthOffset.push(pairMonth.length);
  }
  return {
    users,
    events,
    first: Float64Array.from(facts, (f) => f.first),
    last: Float64Array.from(facts, (f) => f.last),
    pairUser: Int32Array.from(ordered, (p) => p.u),
    pairEvent: Int32Array.from(ordered, (p) => p.e),
    pairFirst: Float64Array.from(ordered, (p) => p.first),
    pairMonthOffset: Int32Array.from(pairMonthOffset),
    pairMonth: Int32Array.from(pairMonth),
    day0,
    dayOffset: Int32Array.from(dayOffset),
    dayUser: Int32Array.from(dayUser),
  };
}

/** Rows cut into frames of `chunk` rows, each with its own dictionaries, as the reader makes them. */
function frames(rows: Row[], chunk: number): Frame[] {
  const out: Frame[] = [];
  for (let at = 0; at < rows.length; at += chunk) {
    const part = rows.slice(at, at + chunk);
    const text = (pick: (r: Row) => string | null): Column => {
      const code = new Map<string, number>();
      const codes = Int32Array.from(part, (r) => {
        const v = pick(r);
        if (v === null) return -1;
        if (!code.has(v)) code.set(v, code.size);
        return code.get(v)!;
      });
      return textColumn(codes, [...code.keys()]);
    };
    out.push({
      rows: part.length,
      columns: new Map([
        ['user_id', text((r) => r.user)],
        ['timestamp', timeColumn(Float64Array.from(part, (r) => r.t))],
        ['event', text((r) => r.event)],
      ]),
    });
  }
  return out;
}

function built(parts: Frame[], withPacker: boolean): EventAggregate {
  const aggregator = new EventAggregator();
  const packer = new ChunkPacker();
  for (const frame of parts) {
    if (withPacker) packer.pack(frame);
    aggregator.add(frame, withPacker ? (name) => packer.datasetCodes(name) : undefined);
  }
  return aggregator.finish();
}

type Order = 'in time order' | 'in no order' | 'in time order but a few late rows';

function rowsOf(seed: number, n: number, order: Order, users: number, names: number): Row[] {
  const pick = generator(seed);
  const rows: Row[] = [];
  let t = T0;
  for (let i = 0; i < n; i++) {
    // Steps from a few minutes to a few days: several rows share a day, a month, an instant.
    if (order === 'in no order') t = T0 + pick(400) * DAY + pick(DAY);
    else if (pick(3) > 0) t += pick(4) === 0 ? pick(3 * DAY) : pick(4 * 3_600_000);
    const late = order === 'in time order but a few late rows' && pick(50) === 0;
    rows.push({
      user: pick(40) === 0 ? null : `u${pick(users)}`,
      t: pick(60) === 0 ? NaN : late ? t - pick(90) * DAY : t,
      event: pick(25) === 0 ? null : `e${pick(names)}`,
    });
  }
  return rows;
}

describe('the events aggregate built chunk by chunk', () => {
  const orders: Order[] = ['in time order', 'in no order', 'in time order but a few late rows'];
  for (const order of orders)
    for (const withPacker of [false, true])
      it(`is the aggregate of the rows ${order}, ${withPacker ? 'with' : 'without'} the packer's codes`, () => {
        for (let seed = 1; seed <= 6; seed++) {
          // Up to 2,440 users and 39 names: the user × event table grows more than once.
          const rows = rowsOf(seed, 2000 + seed * 300, order, 40 + seed * 400, 3 + seed * 6);
          const expected = reference(rows);
          for (const chunk of [1 + seed * 97, 4096])
            expect(built(frames(rows, chunk), withPacker)).toEqual(expected);
        }
      });

  it('is empty of users, but names the events, when no row has both a user and a time', () => {
    const rows: Row[] = [
      { user: null, t: T0, event: 'login' },
      { user: 'a', t: NaN, event: 'export' },
    ];
    expect(built(frames(rows, 1), false)).toEqual(reference(rows));
    expect(built(frames(rows, 1), false).events).toEqual(['login', 'export']);
  });

  it('keeps every pair of a user when event codes reach the pair table’s width', () => {
    // Codes 0–31 for `a` after one unnamed row of `b`: a table 32 cells wide once read (a, e31)
    // in `b`'s first cell. Then names seen only on rows without a user, so `B` and `A` use codes
    // far apart.
    const wide: Row[] = [
      { user: 'a', t: T0, event: 'e0' },
      { user: 'b', t: T0, event: null },
      ...Array.from({ length: 31 }, (_, i) => ({ user: 'a', t: T0, event: `e${i + 1}` })),
    ];
    const apart: Row[] = [
      { user: 'A', t: T0, event: 'n0' },
      ...Array.from({ length: 13 }, (_, i) => ({ user: null, t: T0, event: `n${i + 1}` })),
      { user: 'B', t: T0, event: 'n14' },
      ...Array.from({ length: 15 }, (_, i) => ({ user: null, t: T0, event: `n${i + 15}` })),
      { user: 'A', t: T0, event: 'n30' },
    ];
    for (const rows of [wide, apart])
      for (const withPacker of [false, true]) {
        expect(built(frames(rows, 7), withPacker)).toEqual(reference(rows));
        expect(built(frames(rows, 7), withPacker).pairUser.length).toBe(rows === wide ? 33 : 3);
      }
  });

  it('lists each user-day and pair-month once for an export newest first, not once a row', () => {
    // 10 users, one event, a row every 5 minutes going back over 60 days: 17,280 rows.
    const rows: Row[] = Array.from({ length: 17_280 }, (_, i) => ({
      user: `u${i % 10}`,
      t: T0 + 60 * DAY - i * 300_000,
      event: 'login',
    }));
    const aggregator = new EventAggregator();
    for (const frame of frames(rows, 4096)) aggregator.add(frame);
    const result = aggregator.finish();
    expect(result).toEqual(reference(rows));
    expect(aggregator.listed).toBe(result.dayUser.length + result.pairMonth.length);
  });

  it('keeps rows before 1970 and after 2100 in their own days and months', () => {
    const rows: Row[] = [
      { user: 'a', t: Date.UTC(1969, 11, 31, 23), event: 'x' },
      { user: 'a', t: Date.UTC(1970, 0, 1, 1), event: 'x' },
      { user: 'b', t: Date.UTC(2101, 1, 1), event: 'y' },
    ];
    expect(built(frames(rows, 2), true)).toEqual(reference(rows));
  });
});
