// Growable-per-chunk column writers. Rows are written at an index so a rejected row simply
// leaves its slot to be overwritten; nothing is allocated per row.

import type { Column } from './frame.ts';
import { numberColumn, textColumn, timeColumn } from './frame.ts';
import { Interner } from './interner.ts';
import type { SpareBuffer } from './buffer-pool.ts';

export interface Builder {
  reset(): void;
  /** The first `rows` values as a finished column; the builder must be reset before reuse. */
  build(rows: number, full: boolean): Column;
}

// A buffer from `spare` holds an earlier chunk's values: every row below the count built is
// written before it is read, and nothing past it is.

export class FloatBuilder implements Builder {
  values: Float64Array;
  constructor(
    private readonly size: number,
    private readonly type: 'number' | 'time',
    private readonly spare?: SpareBuffer,
  ) {
    this.values = new Float64Array(size);
  }
  reset(): void {
    const used = this.spare?.(this.size * 8);
    this.values = used ? new Float64Array(used) : new Float64Array(this.size);
  }
  build(rows: number, full: boolean): Column {
    const values = full ? this.values : this.values.slice(0, rows);
    return this.type === 'number' ? numberColumn(values) : timeColumn(values);
  }
}

/**
 * Dictionary encoding, per chunk. Id columns put a new string in the dictionary on almost every
 * row; the lookup is an Interner (open addressing, see interner.ts).
 */
export class TextBuilder implements Builder {
  codes: Int32Array;
  private readonly interner = new Interner();
  // Runs of one value (currency, status, interval) skip the lookup.
  private last: string | null = null;
  private lastCode = -1;
  constructor(
    private readonly size: number,
    private readonly spare?: SpareBuffer,
  ) {
    this.codes = new Int32Array(size);
  }
  get dict(): string[] {
    return this.interner.values;
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
    const code = this.interner.code(value);
    this.last = value;
    this.lastCode = code;
    this.codes[row] = code;
  }
  reset(): void {
    const used = this.spare?.(this.size * 4);
    this.codes = used ? new Int32Array(used) : new Int32Array(this.size);
    this.interner.clear();
    this.last = null;
    this.lastCode = -1;
  }
  build(rows: number, full: boolean): Column {
    return textColumn(full ? this.codes : this.codes.slice(0, rows), this.dict);
  }
}
