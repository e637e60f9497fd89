// Dictionary codes in first-seen order, whatever the table's size or the strings' hashes.
import { describe, expect, it } from 'vitest';
import { Interner } from '../../../src/core/datasets/interner.ts';

describe('Interner', () => {
  it('gives each value a code in first-seen order, the same code when it comes again', () => {
    const interner = new Interner();
    expect(['b', 'a', 'b', '', 'a', 'c'].map((v) => interner.code(v))).toEqual([0, 1, 0, 2, 1, 3]);
    expect(interner.values).toEqual(['b', 'a', '', 'c']);
  });

  it('keeps every code as the table grows past its first slots', () => {
    const interner = new Interner();
    const ids = Array.from({ length: 5000 }, (_, i) => `cus_${String(i).padStart(6, '0')}`);
    expect(ids.map((id) => interner.code(id))).toEqual(ids.map((_, i) => i));
    expect(ids.map((id) => interner.code(id.slice(0))).every((c, i) => c === i)).toBe(true);
    expect(interner.values).toHaveLength(5000);
  });
});

describe('Interner.find', () => {
  it("answers a value's code without giving one to a value it has not seen", () => {
    const interner = new Interner();
    interner.code('u1');
    interner.code('u2');
    expect(interner.find('u2')).toBe(1);
    expect(interner.find('u3')).toBe(-1);
    expect(interner.values).toEqual(['u1', 'u2']);
  });
});

describe('Interner.clear', () => {
  it('starts the codes again from 0 and leaves the dictionary already handed out as it was', () => {
    const interner = new Interner();
    const ids = Array.from({ length: 3000 }, (_, i) => `sub_${i}`);
    ids.forEach((id) => interner.code(id));
    const first = interner.values;
    interner.clear();
    expect(interner.find('sub_7')).toBe(-1);
    expect(['sub_7', 'x', 'sub_7'].map((v) => interner.code(v))).toEqual([0, 1, 0]);
    expect(interner.values).toEqual(['sub_7', 'x']);
    expect(first).toHaveLength(3000);
    expect(first[7]).toBe('sub_7');
  });
});
