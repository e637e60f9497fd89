import { describe, expect, it } from 'vitest';
import {
  numberColumn,
  textColumn,
  timeColumn,
  type Column,
  type Frame,
} from '../../../src/core/datasets/frame.ts';
import { base64Bytes } from '../../../src/core/snapshot/base64.ts';
import { decodeFrame, encodeFrame, frameJsonParts } from '../../../src/core/snapshot/frame-codec.ts';

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

  it('writes base64 as ASCII bytes: RFC 4648 vectors, padding and the last two letters', () => {
    const ascii = (text: string) => new TextDecoder().decode(base64Bytes(new TextEncoder().encode(text)));
    expect(ascii('')).toBe('');
    expect(ascii('f')).toBe('Zg==');
    expect(ascii('fo')).toBe('Zm8=');
    expect(ascii('foo')).toBe('Zm9v');
    expect(ascii('foobar')).toBe('Zm9vYmFy');
    // 0xFB 0xFF = 111110 111111 1111(00): '+', '/', '8', then one '='.
    expect(new TextDecoder().decode(base64Bytes(Uint8Array.of(0xfb, 0xff)))).toBe('+/8=');
  });

  it('writes a frame in parts whose text is exactly the encoded frame', () => {
    const frame: Frame = {
      rows: 3,
      columns: new Map<string, Column>([
        ['amount', numberColumn(Float64Array.from([1.5, NaN, -0]))],
        ['start', timeColumn(Float64Array.from([0, Date.UTC(2025, 0, 31), NaN]))],
        ['plan "x"', textColumn(Int32Array.from([1, -1, 0]), ['a', 'ż"\\'])],
      ]),
    };
    const text = [...frameJsonParts(frame)]
      .map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p)))
      .join('');
    expect(text).toBe(JSON.stringify(encodeFrame(frame)));
    expect(decodeFrame(JSON.parse(text))).toEqual(frame);
  });
});
