import { describe, expect, it } from 'vitest';
import {
  numberColumn,
  textColumn,
  timeColumn,
  type Column,
  type Frame,
} from '../../../src/core/datasets/frame.ts';
import { decodeFrame, encodeFrame } from '../../../src/core/snapshot/frame-codec.ts';

describe('frame codec', () => {
  it('gives back the same typed arrays bit for bit, empties and odd names included', () => {
    const frame: Frame = {
      rows: 4,
      columns: new Map<string, Column>([
        ['amount', numberColumn(Float64Array.from([1.5, NaN, -0, 1e-300]))],
        ['start', timeColumn(Float64Array.from([0, Date.UTC(2025, 0, 31), NaN, -1]))],
        ['__proto__', textColumn(Int32Array.from([1, -1, 0, 1]), ['a', 'ż"\\'])],
      ]),
    };
    const json = JSON.parse(JSON.stringify(encodeFrame(frame)));
    const back = decodeFrame(json);
    expect(back).toEqual(frame);
    if (typeof back === 'string') throw new Error(back);
    const amount = back.columns.get('amount');
    expect(amount?.type === 'number' && Object.is(amount.values[2], -0)).toBe(true);
  });

  it('writes Float64 bytes little-endian: 1.0 is 00 00 00 00 00 00 F0 3F', () => {
    const encoded = encodeFrame({ rows: 1, columns: new Map([['x', numberColumn(Float64Array.of(1))]]) });
    expect(encoded.columns[0]).toEqual({ name: 'x', type: 'number', values: 'AAAAAAAA8D8=' });
  });

  it('refuses arrays of another length than the rows, and repeated names', () => {
    const encoded = encodeFrame({ rows: 2, columns: new Map([['x', numberColumn(Float64Array.of(1, 2))]]) });
    expect(decodeFrame({ ...encoded, rows: 3 })).toBe('length');
    expect(decodeFrame({ rows: 2, columns: [encoded.columns[0], encoded.columns[0]] })).toBe('duplicate');
    expect(decodeFrame({ rows: 2, columns: [{ name: 'x', type: 'number', values: '!!' }] })).toBe('base64');
  });
});
