// A chunk's frame as stored from schema version 5: numbers in the narrowest exact integers
// (packed-numbers.ts), and text columns coded against one dictionary per dataset that each chunk
// extends with the values it is first to hold. An events export repeats the same users in every
// chunk: one dictionary per chunk stored each of them dozens of times.
import { numberColumn, textColumn, timeColumn, type Column, type Frame } from '../core/datasets/frame.ts';
import { Interner } from '../core/datasets/interner.ts';
import {
  NUMBER_GRAINS,
  TIME_GRAINS,
  packFloats,
  packInts,
  unpackFloats,
  unpackFloatsInto,
  unpackInts,
  unpackIntsInto,
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
  private readonly dicts = new Map<string, Interner>();
  private readonly lastCodes = new Map<string, Int32Array>();

  /**
   * For the frame packed last, the dataset's code of each of its codes in text column `name`
   * (−2 where no row uses the value): what the events aggregate would otherwise look up again.
   */
  datasetCodes(name: string): Int32Array | undefined {
    return this.lastCodes.get(name);
  }

  pack(frame: Frame): PackedFrame {
    this.lastCodes.clear();
    const columns = new Map<string, PackedColumn>();
    for (const [name, col] of frame.columns) columns.set(name, this.column(name, col));
    return { rows: frame.rows, columns };
  }

  private column(name: string, col: Column): PackedColumn {
    if (col.type === 'number') return { type: 'number', values: packFloats(col.values, NUMBER_GRAINS) };
    if (col.type === 'time') return { type: 'time', values: packFloats(col.values, TIME_GRAINS) };
    let index = this.dicts.get(name);
    if (!index) this.dicts.set(name, (index = new Interner(true)));
    const before = index.values.length;
    // The dataset's code of each chunk code the rows use (−2: not used), looked up once per chunk.
    const global = new Int32Array(col.dict.length).fill(-2);
    // The chunk codes the rows use, in first-use order (a typed array: tens of thousands a chunk).
    const usedCodes = new Int32Array(col.dict.length);
    let nUsed = 0;
    for (let r = 0; r < col.codes.length; r++) {
      const c = col.codes[r];
      if (c < 0 || global[c] !== -2) continue;
      global[c] = index.code(col.dict[c]);
      usedCodes[nUsed++] = c;
    }
    this.lastCodes.set(name, global);
    const added = index.values.slice(before);
    // Rows refer to the dataset codes this chunk uses, listed in ascending order: the list packs
    // as small steps and the rows as small ranks, where dataset codes of 100k users take 32 bits.
    // The list, then each code's rank by an array indexed by dataset code.
    const used = this.ascending(global, usedCodes, nUsed, index.values.length);
    const rankOf = this.ranks(index.values.length);
    for (let i = 0; i < used.length; i++) rankOf[used[i]] = i;
    const m = col.dict.length;
    const local = new Int32Array(m).fill(-1);
    for (let i = 0; i < nUsed; i++) local[usedCodes[i]] = rankOf[global[usedCodes[i]]];
    const codes = new Int32Array(col.codes.length);
    for (let r = 0; r < codes.length; r++) codes[r] = col.codes[r] < 0 ? -1 : local[col.codes[r]];
    return { type: 'text', used: packInts(used), codes: packInts(codes), added };
  }

  /**
   * The dataset codes of `usedCodes` (chunk codes, through `global`), ascending, each once: a
   * chunk restored from a hand-edited snapshot may list one value twice. Marked in a bit set of
   * the dictionary and read back in order when the chunk uses many codes (an events chunk uses
   * ~50k of 400k users: a sort of them took ~3 ms a chunk), sorted when it uses a few of many.
   */
  private ascending(global: Int32Array, usedCodes: Int32Array, nUsed: number, size: number): Int32Array {
    const all = new Int32Array(nUsed);
    const nWords = (size + 31) >>> 5;
    if (nWords > nUsed * 4) {
      for (let i = 0; i < nUsed; i++) all[i] = global[usedCodes[i]];
      all.sort();
      let n = 0;
      for (let i = 0; i < nUsed; i++) if (n === 0 || all[n - 1] !== all[i]) all[n++] = all[i];
      return all.subarray(0, n);
    }
    if (this.bitScratch.length < nWords)
      this.bitScratch = new Int32Array(Math.max(nWords, this.bitScratch.length * 2));
    const bits = this.bitScratch;
    for (let i = 0; i < nUsed; i++) {
      const g = global[usedCodes[i]];
      bits[g >>> 5] |= 1 << (g & 31);
    }
    let n = 0;
    for (let w = 0; w < nWords; w++) {
      let word = bits[w];
      if (word === 0) continue;
      bits[w] = 0;
      // Lowest set bit first: 31 − clz32 of the bit isolated by word & −word.
      while (word !== 0) {
        all[n++] = (w << 5) | (31 - Math.clz32(word & -word));
        word &= word - 1;
      }
    }
    return all.subarray(0, n);
  }

  /** Bits by dataset code, all clear between chunks. */
  private bitScratch = new Int32Array(0);

  /** Scratch space indexed by dataset code, only read where this chunk has just written. */
  private rankScratch = new Int32Array(0);

  private ranks(size: number): Int32Array {
    if (this.rankScratch.length < size)
      this.rankScratch = new Int32Array(Math.max(size, this.rankScratch.length * 2));
    return this.rankScratch;
  }
}

/** The dataset dictionary's codes of a packed text column, written into `out` from `at` on. */
function unpackTextInto(col: Extract<PackedColumn, { type: 'text' }>, out: Int32Array, at: number): void {
  const used = unpackInts(col.used);
  unpackIntsInto(col.codes, out, at);
  const end = at + col.codes.ints.length;
  for (let r = at; r < end; r++) if (out[r] >= 0) out[r] = used[out[r]];
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
      const codes = new Int32Array(packed.rows);
      unpackTextInto(col, codes, 0);
      columns.set(name, textColumn(codes, this.extend(name, col.added)));
    }
    return { rows: packed.rows, columns };
  }

  /** The column's dictionary with a chunk's values added. */
  extend(name: string, added: readonly string[]): string[] {
    let dict = this.dicts.get(name);
    if (!dict) this.dicts.set(name, (dict = []));
    for (const value of added) dict.push(value);
    return dict;
  }
}

/**
 * One dataset's packed frames, in chunk order, as one frame: each chunk is unpacked straight into
 * arrays of all the rows, so a reopen neither builds a frame per chunk nor copies them together.
 */
export function unpackFrames(packed: readonly PackedFrame[]): Frame {
  const rows = packed.reduce((n, p) => n + p.rows, 0);
  const unpacker = new ChunkUnpacker();
  const columns = new Map<string, Column>();
  let at = 0;
  for (const p of packed) {
    for (const [name, col] of p.columns) {
      let target = columns.get(name);
      if (!target) columns.set(name, (target = newColumn(col.type, rows, at)));
      if (col.type === 'text' && target.type === 'text') {
        unpackTextInto(col, target.codes, at);
        target.dict = unpacker.extend(name, col.added);
      } else if (target.type !== 'text' && col.type !== 'text')
        unpackFloatsInto(col.values, target.values, at);
      else {
        // Text in one chunk and numbers in another (only a hand-edited snapshot does that): the
        // rows stay empty, as concatFrames leaves them, and later chunks still find their values.
        if (col.type === 'text') unpacker.extend(name, col.added);
        emptyRows(target, at, at + p.rows);
      }
    }
    for (const [name, target] of columns) if (!p.columns.has(name)) emptyRows(target, at, at + p.rows);
    at += p.rows;
  }
  return { rows, columns };
}

/**
 * A column of `rows` rows, its rows before `from` empty. The rest is written by the chunks (or
 * emptied for a chunk without the column): filling 1M rows first cost as much as unpacking them.
 */
function newColumn(type: Column['type'], rows: number, from: number): Column {
  const col =
    type === 'text'
      ? textColumn(new Int32Array(rows), [])
      : type === 'time'
        ? timeColumn(new Float64Array(rows))
        : numberColumn(new Float64Array(rows));
  emptyRows(col, 0, from);
  return col;
}

function emptyRows(col: Column, from: number, to: number): void {
  if (from >= to) return;
  if (col.type === 'text') col.codes.fill(-1, from, to);
  else col.values.fill(NaN, from, to);
}
