// Growable-per-chunk column writers. Rows are written at an index so a rejected row simply
// leaves its slot to be overwritten; nothing is allocated per row.

import type { Column } from './frame.ts';
import { numberColumn, textColumn, timeColumn } from './frame.ts';

export interface Builder {
  reset(): void;
  /** The first `rows` values as a finished column; the builder must be reset before reuse. */
  build(rows: number, full: boolean): Column;
}

export class FloatBuilder implements Builder {
  values: Float64Array;
  constructor(
    private readonly size: number,
    private readonly type: 'number' | 'time',
  ) {
    this.values = new Float64Array(size);
  }
  reset(): void {
    this.values = new Float64Array(this.size);
  }
  build(rows: number, full: boolean): Column {
    const values = full ? this.values : this.values.slice(0, rows);
    return this.type === 'number' ? numberColumn(values) : timeColumn(values);
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // As an int32, the way the table stores it (the empty string never enters the loop).
  return h | 0;
}

/**
 * Dictionary encoding. Id columns put a new string in the dictionary on almost every row, so
 * the lookup is an open-addressing table over the dictionary's codes (one probe sequence per
 * value, no Map get-then-set, nothing allocated per value); codes are first-seen order, as a
 * Map would give. Each slot holds the code and the value's hash side by side, so a probe reads
 * one cache line and touches the string only when the hashes agree.
 */
export class TextBuilder implements Builder {
  codes: Int32Array;
  dict: string[] = [];
  /** Pairs (code + 1, hash) per slot; code 0 is empty. Kept at most half full. */
  private slots = new Int32Array(256);
  // Runs of one value (currency, status, interval) skip the lookup.
  private last: string | null = null;
  private lastCode = -1;
  constructor(private readonly size: number) {
    this.codes = new Int32Array(size);
  }
  set(row: number, value: string | null): void {
    if (value === null) {
      this.codes[row] = -1;
      return;
    }
    if (value === this.last) {
      this.codes[row] = this.lastCode;
      return;
    }
    const code = this.intern(value);
    this.last = value;
    this.lastCode = code;
    this.codes[row] = code;
  }
  private intern(value: string): number {
    const h = hashOf(value);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let at = h & mask;
    for (;;) {
      const s = slots[at << 1];
      if (s === 0) break;
      if (slots[(at << 1) + 1] === h && this.dict[s - 1] === value) return s - 1;
      at = (at + 1) & mask;
    }
    const code = this.dict.length;
    this.dict.push(value);
    slots[at << 1] = code + 1;
    slots[(at << 1) + 1] = h;
    if ((code + 1) * 4 > slots.length) this.grow();
    return code;
  }
  /** Doubles the number of slots. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = old.length - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      const h = old[i + 1];
      let at = h & mask;
      while (slots[at << 1] !== 0) at = (at + 1) & mask;
      slots[at << 1] = old[i];
      slots[(at << 1) + 1] = h;
    }
    this.slots = slots;
  }
  reset(): void {
    this.codes = new Int32Array(this.size);
    this.dict = [];
    this.slots = new Int32Array(256);
    this.last = null;
    this.lastCode = -1;
  }
  build(rows: number, full: boolean): Column {
    return textColumn(full ? this.codes : this.codes.slice(0, rows), this.dict);
  }
}
