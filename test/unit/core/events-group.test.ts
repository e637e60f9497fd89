// The event aggregate's groups (users of a day, months of a pair) come out ascending, repeats
// dropped, whether or not the builder knew its input had no repeat.
import { describe, expect, it } from 'vitest';
import { groupDistinct } from '../../../src/core/events/group.ts';

describe('groupDistinct', () => {
  const keys = Int32Array.from([10, 12, 10, 10, 12]);
  const values = Int32Array.from([9, 4, 2, 5, 1]);

  it('groups values by key, each group ascending', () => {
    const g = groupDistinct(keys, values, 10, 3, true);
    expect([...g.offset]).toEqual([0, 3, 3, 5]);
    expect([...g.values]).toEqual([2, 5, 9, 1, 4]);
  });

  it('drops a value repeated under one key', () => {
    const g = groupDistinct(Int32Array.from([1, 1, 2, 1]), Int32Array.from([7, 3, 7, 7]), 1, 2);
    expect([...g.offset]).toEqual([0, 2, 3]);
    expect([...g.values]).toEqual([3, 7, 7]);
  });
});
