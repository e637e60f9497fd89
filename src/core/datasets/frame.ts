// Columnar frames: the shape in which normalised rows are stored (one IndexedDB record per chunk)
// and read by the metrics engine. Typed arrays clone in milliseconds where row objects cost seconds.

/** Rows per stored chunk (one IndexedDB record each): ~64k keeps a record a few megabytes. */
export const CHUNK_ROWS = 65536;

/** Numbers; NaN marks an empty cell. */
export interface NumberColumn {
  type: 'number';
  values: Float64Array;
}

/** Instants as epoch milliseconds UTC; NaN marks an empty cell. */
export interface TimeColumn {
  type: 'time';
  values: Float64Array;
}

/** Dictionary-encoded strings; code -1 marks an empty cell. */
export interface TextColumn {
  type: 'text';
  codes: Int32Array;
  dict: string[];
}

export type Column = NumberColumn | TimeColumn | TextColumn;

/**
 * A block of rows. Column names are canonical field names of the dataset kind
 * (see kinds.ts); for monthly sheets, custom columns keep their header text.
 * A Map, not an object, so headers such as `__proto__` are ordinary keys.
 */
export interface Frame {
  rows: number;
  columns: Map<string, Column>;
}

export function numberColumn(values: Float64Array): NumberColumn {
  return { type: 'number', values };
}

export function timeColumn(values: Float64Array): TimeColumn {
  return { type: 'time', values };
}

export function textColumn(codes: Int32Array, dict: string[]): TextColumn {
  return { type: 'text', codes, dict };
}

/** Text value of a row, or null when empty. */
export function textAt(col: TextColumn, row: number): string | null {
  const code = col.codes[row];
  return code < 0 ? null : col.dict[code];
}

/** Joins frames of one kind into one; text columns get a merged dictionary. */
export function concatFrames(frames: readonly Frame[]): Frame {
  if (frames.length === 1) return frames[0];
  const rows = frames.reduce((n, f) => n + f.rows, 0);
  const names = new Set<string>();
  for (const f of frames) for (const k of f.columns.keys()) names.add(k);
  const columns = new Map<string, Column>();
  for (const name of names) {
    const first = frames.find((f) => f.columns.has(name))!.columns.get(name)!;
    if (first.type === 'text' && sharesDictionary(frames, name, first.dict)) {
      const codes = new Int32Array(rows).fill(-1);
      let at = 0;
      for (const f of frames) {
        const col = f.columns.get(name);
        if (col) codes.set((col as TextColumn).codes, at);
        at += f.rows;
      }
      columns.set(name, textColumn(codes, first.dict));
    } else if (first.type === 'text') {
      const dict: string[] = [];
      const index = new Map<string, number>();
      const codes = new Int32Array(rows).fill(-1);
      let at = 0;
      for (const f of frames) {
        const col = f.columns.get(name);
        if (col && col.type === 'text') {
          const remap = col.dict.map((s) => {
            let c = index.get(s);
            if (c === undefined) {
              c = dict.length;
              dict.push(s);
              index.set(s, c);
            }
            return c;
          });
          for (let i = 0; i < f.rows; i++) codes[at + i] = col.codes[i] < 0 ? -1 : remap[col.codes[i]];
        }
        at += f.rows;
      }
      columns.set(name, textColumn(codes, dict));
    } else {
      const values = new Float64Array(rows).fill(NaN);
      let at = 0;
      for (const f of frames) {
        const col = f.columns.get(name);
        if (col && col.type !== 'text') values.set(col.values, at);
        at += f.rows;
      }
      columns.set(name, { type: first.type, values });
    }
  }
  return { rows, columns };
}

/** Whether every frame holding the column codes it against the same dictionary array. */
function sharesDictionary(frames: readonly Frame[], name: string, dict: string[]): boolean {
  return frames.every((f) => {
    const col = f.columns.get(name);
    return !col || (col.type === 'text' && col.dict === dict);
  });
}

/**
 * The frame with each text column's dictionary cut down to the values its rows use, in order of
 * first use: for a chunk read with its dataset's whole dictionary, before it is written out alone.
 */
export function compactFrame(frame: Frame): Frame {
  const columns = new Map<string, Column>();
  for (const [name, col] of frame.columns) {
    if (col.type !== 'text') {
      columns.set(name, col);
      continue;
    }
    const local = new Int32Array(col.dict.length).fill(-1);
    const dict: string[] = [];
    const codes = new Int32Array(col.codes.length);
    for (let r = 0; r < codes.length; r++) {
      const c = col.codes[r];
      if (c < 0) {
        codes[r] = -1;
        continue;
      }
      if (local[c] < 0) {
        local[c] = dict.length;
        dict.push(col.dict[c]);
      }
      codes[r] = local[c];
    }
    columns.set(name, textColumn(codes, dict));
  }
  return { rows: frame.rows, columns };
}
