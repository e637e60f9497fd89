// The event aggregate's groups (users of a day, months of a pair) come out ascending, repeats
// dropped, whether the list kept its keys as runs or one per value.
import { describe, expect, it } from 'vitest';
import { KeyedList, groupByKey, groupByValue, groupDistinct } from '../../../src/core/events/group.ts';

const plain = (g: { offset: Int32Array; values: Int32Array }) => ({
  offset: [...g.offset],
  values: [...g.values],
});

function listOf(pairs: [number, number][]): KeyedList {
  const list = new KeyedList();
  for (const [k, v] of pairs) list.push(k, v);
  return list;
}

describe('groupDistinct', () => {
  it('groups values by key, each group ascending', () => {
    const g = groupDistinct(Int32Array.from([10, 12, 10, 10, 12]), Int32Array.from([9, 4, 2, 5, 1]), 10, 3);
    expect(plain(g)).toEqual({ offset: [0, 3, 3, 5], values: [2, 5, 9, 1, 4] });
  });

  it('drops a value repeated under one key', () => {
    const g = groupDistinct(Int32Array.from([1, 1, 2, 1]), Int32Array.from([7, 3, 7, 7]), 1, 2);
    expect(plain(g)).toEqual({ offset: [0, 2, 3], values: [3, 7, 7] });
  });

  it('sorts a group longer than a few values', () => {
    const values = Int32Array.from({ length: 40 }, (_, i) => (i * 17) % 40);
    const g = groupDistinct(new Int32Array(40), values, 0, 1);
    expect([...g.values]).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });
});

describe('a keyed list', () => {
  // Days 3, 3, 5, 5, 5, 8 with users: day 4 and 6–7 have nobody.
  const ascending: [number, number][] = [
    [3, 9],
    [3, 2],
    [5, 4],
    [5, 1],
    [5, 4],
    [8, 0],
  ];

  it('keeps keys that never go back as runs, and groups them by key', () => {
    const list = listOf(ascending);
    expect(list.view().keys).not.toBeInstanceOf(Int32Array);
    expect(plain(groupByKey(list.view(), 3, 6))).toEqual({
      offset: [0, 2, 2, 4, 4, 4, 5],
      values: [2, 9, 1, 4, 0],
    });
  });

  it('gives every value its key from the first key that goes back, and groups them alike', () => {
    const list = listOf([...ascending, [4, 7], [3, 2]]);
    expect([...(list.view().keys as Int32Array)]).toEqual([3, 3, 5, 5, 5, 8, 4, 3]);
    expect(plain(groupByKey(list.view(), 3, 6))).toEqual({
      offset: [0, 2, 3, 5, 5, 5, 6],
      values: [2, 9, 7, 1, 4, 0],
    });
  });

  it('groups its keys by what the values stand for, ascending, repeats dropped', () => {
    // Values are pairs 0–2; pair 2 is group 0, pairs 0 and 1 are group 1.
    const group = Int32Array.from([1, 1, 0]);
    const runs = listOf([
      [600, 2],
      [600, 0],
      [601, 1],
      [603, 2],
      [603, 1],
    ]);
    const expected = { offset: [0, 2, 5], values: [600, 603, 600, 601, 603] };
    expect(plain(groupByValue(runs.view(), group, 2))).toEqual(expected);
    const wentBack = listOf([
      [603, 2],
      [603, 1],
      [600, 2],
      [600, 0],
      [601, 1],
      [603, 1],
    ]);
    expect(plain(groupByValue(wentBack.view(), group, 2))).toEqual(expected);
  });
});
