// Stored frames in JSON: numbers and instants as base64 of their Float64 bytes, text as its
// dictionary and base64 of its Int32 codes, all little-endian. A round trip gives back the
// same typed arrays bit for bit (NaN empties and -0 included), which JSON numbers would not.
import { numberColumn, textColumn, timeColumn, type Column, type Frame } from '../datasets/frame.ts';
import { base64Bytes, base64ToBytes, bytesToBase64 } from './base64.ts';

export type EncodedColumn =
  | { name: string; type: 'number' | 'time'; values: string }
  | { name: string; type: 'text'; dict: string[]; codes: string };

export interface EncodedFrame {
  rows: number;
  columns: EncodedColumn[];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function leBytes(array: Float64Array | Int32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  const out = new Uint8Array(array.byteLength);
  const view = new DataView(out.buffer);
  const width = array.BYTES_PER_ELEMENT;
  for (let i = 0; i < array.length; i++)
    if (array instanceof Float64Array) view.setFloat64(i * width, array[i], true);
    else view.setInt32(i * width, array[i], true);
  return out;
}

function fromLe<T extends Float64Array | Int32Array>(
  bytes: Uint8Array,
  make: new (buffer: ArrayBuffer) => T,
  width: number,
): T {
  // A fresh, aligned buffer: the decoded bytes start at offset 0 of their own buffer.
  const out = new make(bytes.slice().buffer);
  if (LITTLE_ENDIAN) return out;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++)
    out[i] = width === 8 ? view.getFloat64(i * 8, true) : view.getInt32(i * 4, true);
  return out;
}

export function encodeFrame(frame: Frame): EncodedFrame {
  const columns: EncodedColumn[] = [];
  for (const [name, col] of frame.columns) {
    if (col.type === 'text')
      columns.push({ name, type: 'text', dict: col.dict, codes: bytesToBase64(leBytes(col.codes)) });
    else columns.push({ name, type: col.type, values: bytesToBase64(leBytes(col.values)) });
  }
  return { rows: frame.rows, columns };
}

/**
 * The JSON text of `encodeFrame(frame)` in pieces: the scaffolding as short strings, each column's
 * base64 as ASCII bytes. A writer hands them to a Blob or a stream one by one, so a chunk of rows
 * never becomes one string (worker/snapshot-export.ts).
 */
export function* frameJsonParts(frame: Frame): Generator<string | Uint8Array<ArrayBuffer>> {
  yield `{"rows":${frame.rows},"columns":[`;
  let comma = '';
  for (const [name, col] of frame.columns) {
    const head = `${comma}{"name":${JSON.stringify(name)},"type":${JSON.stringify(col.type)},`;
    comma = ',';
    if (col.type === 'text') {
      yield `${head}"dict":${JSON.stringify(col.dict)},"codes":"`;
      yield base64Bytes(leBytes(col.codes));
    } else {
      yield `${head}"values":"`;
      yield base64Bytes(leBytes(col.values));
    }
    yield '"}';
  }
  yield ']}';
}

/** Why an encoded frame cannot be a stored frame; null when it can. */
export type FrameFault = 'base64' | 'length' | 'code' | 'duplicate';

/**
 * The stored frame of an encoded one, or the fault that refuses it: every array holds exactly
 * `rows` values and every text code points into its dictionary, so the engine never reads past one.
 */
export function decodeFrame(encoded: EncodedFrame): Frame | FrameFault {
  const columns = new Map<string, Column>();
  for (const c of encoded.columns) {
    if (columns.has(c.name)) return 'duplicate';
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(c.type === 'text' ? c.codes : c.values);
    } catch {
      return 'base64';
    }
    if (c.type === 'text') {
      if (bytes.length !== encoded.rows * 4) return 'length';
      const codes = fromLe(bytes, Int32Array, 4);
      for (let i = 0; i < codes.length; i++) if (codes[i] < -1 || codes[i] >= c.dict.length) return 'code';
      columns.set(c.name, textColumn(codes, c.dict));
    } else {
      if (bytes.length !== encoded.rows * 8) return 'length';
      const values = fromLe(bytes, Float64Array, 8);
      columns.set(c.name, c.type === 'time' ? timeColumn(values) : numberColumn(values));
    }
  }
  return { rows: encoded.rows, columns };
}
