// A chunk's frame as stored from schema version 5: numbers in the narrowest exact integers
// (packed-numbers.ts), and text columns coded against one dictionary per dataset that each chunk
// extends with the values it is first to hold. An events export repeats the same users in every
// chunk: one dictionary per chunk stored each of them dozens of times.
import { textColumn, type Column, type Frame } from '../core/datasets/frame.ts';
import {
  NUMBER_GRAINS,
  TIME_GRAINS,
  packFloats,
  packInts,
  unpackFloats,
  unpackInts,
  type PackedFloats,
  type PackedInts,
} from './packed-numbers.ts';

export type PackedColumn =
  | { type: 'number' | 'time'; values: Float64Array | PackedFloats }
  /**
   * `used`: the dataset dictionary's codes this chunk uses, ascending; `codes`: per row, a place in
   * `used` (−1 empty); `added`: values this chunk is first to use, appended to the dictionary.
   */
  | { type: 'text'; used: PackedInts; codes: PackedInts; added: string[] };

export interface PackedFrame {
  rows: number;
  columns: Map<string, PackedColumn>;
}

/** Packs one dataset's frames, in chunk order: each chunk may use values an earlier one added. */
export class ChunkPacker {
  private readonly dicts = new Map<string, Map<string, number>>();

  pack(frame: Frame): PackedFrame {
    const columns = new Map<string, PackedColumn>();
    for (const [name, col] of frame.columns) columns.set(name, this.column(name, col));
    return { rows: frame.rows, columns };
  }

  private column(name: string, col: Column): PackedColumn {
    if (col.type === 'number') return { type: 'number', values: packFloats(col.values, NUMBER_GRAINS) };
    if (col.type === 'time') return { type: 'time', values: packFloats(col.values, TIME_GRAINS) };
    let index = this.dicts.get(name);
    if (!index) this.dicts.set(name, (index = new Map()));
    const added: string[] = [];
    // The dataset's code of each chunk code the rows use (−2: not used), looked up once per chunk.
    const global = new Int32Array(col.dict.length).fill(-2);
    for (let r = 0; r < col.codes.length; r++) {
      const c = col.codes[r];
      if (c < 0 || global[c] !== -2) continue;
      const value = col.dict[c];
      let g = index.get(value);
      if (g === undefined) {
        g = index.size;
        index.set(value, g);
        added.push(value);
      }
      global[c] = g;
    }
    // Rows refer to the dataset codes this chunk uses, listed in ascending order: the list packs
    // as small steps and the rows as small ranks, where dataset codes of 100k users take 32 bits.
    const used = Int32Array.from(new Set(global.filter((g) => g >= 0))).sort();
    const rank = new Map<number, number>();
    for (let i = 0; i < used.length; i++) rank.set(used[i], i);
    const local = new Int32Array(global.length);
    for (let c = 0; c < global.length; c++) local[c] = global[c] < 0 ? -1 : rank.get(global[c])!;
    const codes = new Int32Array(col.codes.length);
    for (let r = 0; r < codes.length; r++) codes[r] = col.codes[r] < 0 ? -1 : local[col.codes[r]];
    return { type: 'text', used: packInts(used), codes: packInts(codes), added };
  }
}

/**
 * Reads one dataset's packed frames, in chunk order. Every text column of the frames it returns
 * shares one dictionary array, which later chunks extend: concatFrames then joins the codes
 * without looking up a single string, and `compactFrame` gives a chunk its own dictionary.
 */
export class ChunkUnpacker {
  private readonly dicts = new Map<string, string[]>();

  unpack(packed: PackedFrame): Frame {
    const columns = new Map<string, Column>();
    for (const [name, col] of packed.columns) {
      if (col.type !== 'text') {
        columns.set(name, { type: col.type, values: unpackFloats(col.values) });
        continue;
      }
      let dict = this.dicts.get(name);
      if (!dict) this.dicts.set(name, (dict = []));
      for (const value of col.added) dict.push(value);
      const used = unpackInts(col.used);
      const codes = unpackInts(col.codes);
      for (let r = 0; r < codes.length; r++) if (codes[r] >= 0) codes[r] = used[codes[r]];
      columns.set(name, textColumn(codes, dict));
    }
    return { rows: packed.rows, columns };
  }
}
