// Stored numbers come back exactly as they went in, in the narrowest array that holds them.
import { describe, expect, it } from 'vitest';
import {
  NUMBER_GRAINS,
  TIME_GRAINS,
  packFloats,
  packGroups,
  packInts,
  unpackFloats,
  unpackGroups,
  unpackInts,
} from '../../../src/db/packed-numbers.ts';

const DAY = 86_400_000;

/** Same numbers, bit for bit: NaN equals NaN, −0 differs from 0. */
function same(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

describe('packInts', () => {
  it('stores offsets from the smallest value in the narrowest array', () => {
    const p = packInts(Int32Array.from([7, 5, 6]));
    expect(p).toEqual({ base: 5, ints: Uint8Array.from([2, 0, 1]) });
    expect([...unpackInts(p)]).toEqual([7, 5, 6]);
  });

  it('widens to 16 and 32 bits when the spread needs it, empty codes (−1) included', () => {
    expect(packInts(Int32Array.from([-1, 254])).ints).toBeInstanceOf(Uint8Array);
    expect(packInts(Int32Array.from([-1, 255])).ints).toBeInstanceOf(Uint16Array);
    expect(packInts(Int32Array.from([-1, 70_000])).ints).toBeInstanceOf(Uint32Array);
    const wide = Int32Array.from([-2_147_483_648, 2_147_483_647, 0]);
    expect([...unpackInts(packInts(wide))]).toEqual([...wide]);
  });

  it('stores a column that never goes down as steps when they are narrower than the spread', () => {
    const rising = Int32Array.from({ length: 400 }, (_, i) => 1000 + i * 200);
    const p = packInts(rising);
    expect(p.delta).toBe(true);
    expect(p.base).toBe(1000);
    expect(p.ints).toBeInstanceOf(Uint8Array);
    expect([...p.ints.slice(0, 3)]).toEqual([0, 200, 200]);
    expect([...unpackInts(p)]).toEqual([...rising]);
    // Steps as wide as the spread: plain offsets.
    expect(packInts(Int32Array.from([0, 1, 2])).delta).toBeUndefined();
  });

  it('packs nothing into nothing', () => {
    expect(unpackInts(packInts(new Int32Array(0)))).toEqual(new Int32Array(0));
  });
});

describe('packFloats', () => {
  it('stores dates as days from the earliest, empty cells marked', () => {
    const dates = Float64Array.from([Date.UTC(2024, 0, 31), NaN, Date.UTC(2024, 0, 1)]);
    const p = packFloats(dates, TIME_GRAINS);
    expect(p).toEqual({
      base: Date.UTC(2024, 0, 1),
      step: DAY,
      scale: 1,
      ints: Uint8Array.from([30, 255, 0]),
    });
    expect(same(unpackFloats(p), dates)).toBe(true);
  });

  it('stores instants in whole seconds when they are not whole days, and keeps milliseconds otherwise', () => {
    const seconds = Float64Array.from([Date.UTC(2024, 0, 1, 9, 30, 15), Date.UTC(2024, 0, 1, 0, 0, 0)]);
    const s = packFloats(seconds, TIME_GRAINS);
    expect(!(s instanceof Float64Array) && [s.step, s.ints[0]]).toEqual([1000, 9 * 3600 + 30 * 60 + 15]);
    const ms = Float64Array.from([Date.UTC(2024, 0, 1, 0, 0, 0, 250), Date.UTC(2024, 0, 1)]);
    const m = packFloats(ms, TIME_GRAINS);
    expect(!(m instanceof Float64Array) && [m.step, [...m.ints]]).toEqual([1, [250, 0]]);
    expect(same(unpackFloats(m), ms)).toBe(true);
  });

  it('stores times in order as steps from the previous one', () => {
    const t0 = Date.UTC(2023, 0, 1);
    const times = Float64Array.from({ length: 1000 }, (_, i) => t0 + i * 7000);
    const p = packFloats(times, TIME_GRAINS);
    expect(!(p instanceof Float64Array) && [p.delta, p.step, p.ints[1]]).toEqual([true, 1000, 7]);
    expect(same(unpackFloats(p), times)).toBe(true);
  });

  it('stores amounts in cents when every amount has at most two decimals', () => {
    const amounts = Float64Array.from([19.99, 0.29, 1234.5, NaN, -3.1]);
    const p = packFloats(amounts, NUMBER_GRAINS);
    expect(!(p instanceof Float64Array) && [p.scale, p.base, [...p.ints]]).toEqual([
      100,
      -310,
      [2309, 339, 123760, 0xffffffff, 0],
    ]);
    expect(same(unpackFloats(p), amounts)).toBe(true);
  });

  it('keeps as they are numbers no grain holds exactly: more decimals, −0, infinities, huge spreads', () => {
    for (const values of [
      [0.1 + 0.2, 1],
      [1.005, 2],
      [-0, 1],
      [Infinity, 1],
      [0, 2 ** 40],
      [1e300, 1],
    ]) {
      const input = Float64Array.from(values);
      expect(packFloats(input, NUMBER_GRAINS)).toBe(input);
    }
  });

  it('packs a column of empty cells', () => {
    const empty = Float64Array.from([NaN, NaN]);
    expect(same(unpackFloats(packFloats(empty, NUMBER_GRAINS)), empty)).toBe(true);
  });

  it('gives back every value exactly, whatever the mix', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const kinds: (() => number)[] = [
      () => Math.round(random() * 1e6) / 100,
      () => Math.round(random() * 500),
      () => Date.UTC(2020, 0, 1) + Math.floor(random() * 2000) * DAY,
      () => Date.UTC(2020, 0, 1) + Math.floor(random() * 1e8) * 1000,
      () => random() * 1000,
      () => (random() < 0.3 ? NaN : -Math.round(random() * 1e4)),
    ];
    for (const make of kinds)
      for (const grains of [NUMBER_GRAINS, TIME_GRAINS]) {
        const values = Float64Array.from({ length: 3000 }, make);
        expect(same(unpackFloats(packFloats(values, grains)), values)).toBe(true);
        const sorted = Float64Array.from(values).sort();
        expect(same(unpackFloats(packFloats(sorted, grains)), sorted)).toBe(true);
      }
  });
});

describe('packGroups', () => {
  it('stores each group as its first value and small steps, and reads it back', () => {
    const offset = Int32Array.from([0, 3, 3, 5]);
    const values = Int32Array.from([90_000, 90_004, 90_010, 7, 70_000]);
    const p = packGroups(values, offset)!;
    expect([...unpackInts(p.firsts)]).toEqual([90_000, 0, 7]);
    expect([...unpackInts(p.steps)]).toEqual([0, 4, 6, 0, 69_993]);
    expect([...unpackGroups(p, offset)]).toEqual([...values]);
  });

  it('refuses a group that is not in ascending order', () => {
    expect(packGroups(Int32Array.from([5, 3]), Int32Array.from([0, 2]))).toBeNull();
    // Going down from one group to the next is fine.
    expect(packGroups(Int32Array.from([5, 3]), Int32Array.from([0, 1, 2]))).not.toBeNull();
  });
});
