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
  /** Codes into the dataset's dictionary (−1 empty); `added` extends that dictionary, in order. */
  | { type: 'text'; codes: PackedInts; added: string[] };

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
    // Only values the rows use join the dictionary, looked up once per chunk code.
    const global = new Int32Array(col.dict.length).fill(-2);
    const codes = new Int32Array(col.codes.length);
    for (let r = 0; r < codes.length; r++) {
      const c = col.codes[r];
      if (c < 0) {
        codes[r] = -1;
        continue;
      }
      let g = global[c];
      if (g === -2) {
        const value = col.dict[c];
        g = index.get(value) ?? -1;
        if (g < 0) {
          g = index.size;
          index.set(value, g);
          added.push(value);
        }
        global[c] = g;
      }
      codes[r] = g;
    }
    return { type: 'text', codes: packInts(codes), added };
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
      columns.set(name, textColumn(unpackInts(col.codes), dict));
    }
    return { rows: packed.rows, columns };
  }
}
