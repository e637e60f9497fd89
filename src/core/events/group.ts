// Building blocks of the event aggregates: growable typed arrays and "distinct values per key".

/** A typed array that grows by doubling; `view()` is the filled part. */
class Grow<T extends Int32Array | Float64Array> {
  private data: T;
  length = 0;
  constructor(
    private readonly make: (length: number) => T,
    capacity: number,
  ) {
    this.data = make(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const to = this.make(this.data.length * 2);
      to.set(this.data);
      this.data = to;
    }
    this.data[this.length++] = v;
  }
  get(i: number): number {
    return this.data[i];
  }
  set(i: number, v: number): void {
    this.data[i] = v;
  }
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export class GrowInt32 extends Grow<Int32Array> {
  constructor(capacity = 1024) {
    super((n) => new Int32Array(n), capacity);
  }
}

export class GrowFloat64 extends Grow<Float64Array> {
  constructor(capacity = 1024) {
    super((n) => new Float64Array(n), capacity);
  }
}

/** Keys that never go back, as runs: run i holds key[i] for values start[i] … start[i + 1] − 1. */
export interface KeyRuns {
  key: Int32Array;
  start: Int32Array;
}

/** Values under keys: one key per value, or runs when the keys never went back. */
export interface KeyedValues {
  keys: Int32Array | KeyRuns;
  values: Int32Array;
}

/**
 * Values appended under keys (a user under the day of its row, a pair under the month): while the
 * keys never go back, as in an export in time order, they are kept as runs, so 20M values need no
 * key each. From the first key that goes back, every value gets its key.
 */
export class KeyedList {
  private readonly values = new GrowInt32();
  private readonly runKey = new GrowInt32();
  private readonly runStart = new GrowInt32();
  private keys: GrowInt32 | null = null;
  private lastKey = -Infinity;

  get length(): number {
    return this.values.length;
  }

  push(key: number, value: number): void {
    if (this.keys) this.keys.push(key);
    else if (key !== this.lastKey) this.startRun(key);
    this.values.push(value);
  }

  private startRun(key: number): void {
    if (key > this.lastKey) {
      this.lastKey = key;
      this.runKey.push(key);
      this.runStart.push(this.values.length);
      return;
    }
    const keys = new GrowInt32(Math.max(1024, this.values.length * 2));
    const { key: runKey, start } = this.runs();
    for (let i = 0; i < runKey.length; i++) {
      const end = i + 1 < runKey.length ? start[i + 1] : this.values.length;
      for (let j = start[i]; j < end; j++) keys.push(runKey[i]);
    }
    keys.push(key);
    this.keys = keys;
  }

  private runs(): KeyRuns {
    return { key: this.runKey.view(), start: this.runStart.view() };
  }

  /** The list so far (views of its buffers: read them before pushing again). */
  view(): KeyedValues {
    return { keys: this.keys ? this.keys.view() : this.runs(), values: this.values.view() };
  }
}

/**
 * Records of `width` numbers side by side, growing by doubling: the fields the aggregate's hot
 * loop reads for one user or pair share a cache line, where one array per field cost a cache miss
 * each (20M events: ~3 per row).
 */
export class GrowRecords {
  /** Record i's field k is at i × width + k; replaced when it grows (read it after adding). */
  data: Float64Array;
  length = 0;
  constructor(
    readonly width: number,
    capacity = 1024,
  ) {
    this.data = new Float64Array(capacity * width);
  }
  /** Appends a record, every field 0; returns its index. */
  add(): number {
    if ((this.length + 1) * this.width > this.data.length) {
      const to = new Float64Array(this.data.length * 2);
      to.set(this.data);
      this.data = to;
    }
    return this.length++;
  }
  /** Field k of every record. */
  field(k: number): Float64Array {
    const out = new Float64Array(this.length);
    for (let i = 0; i < out.length; i++) out[i] = this.data[i * this.width + k];
    return out;
  }
}

/**
 * Groups (key, value) pairs by key (key0 … key0 + nKeys − 1) and keeps each value once per key,
 * each group in ascending order: a counting sort by key, then a sort of each (small) group, which
 * also brings repeats together to be dropped. Ascending groups are what lets the stored aggregate
 * keep a group as small steps (db/packed-*).
 */
export function groupDistinct(
  keys: Int32Array,
  values: Int32Array,
  key0: number,
  nKeys: number,
): { offset: Int32Array; values: Int32Array } {
  const offset = new Int32Array(nKeys + 1);
  for (let i = 0; i < keys.length; i++) offset[keys[i] - key0 + 1]++;
  for (let k = 0; k < nKeys; k++) offset[k + 1] += offset[k];
  const sorted = new Int32Array(keys.length);
  const fill = offset.slice(0, nKeys);
  for (let i = 0; i < keys.length; i++) sorted[fill[keys[i] - key0]++] = values[i];
  return sortGroups(sorted, offset);
}

/**
 * The values of a keyed list grouped by key (key0 … key0 + nKeys − 1), each group ascending and
 * without repeats. Runs are groups already: they are sorted where they lie, in the list's buffer.
 */
export function groupByKey(
  list: KeyedValues,
  key0: number,
  nKeys: number,
): { offset: Int32Array; values: Int32Array } {
  if (list.keys instanceof Int32Array) return groupDistinct(list.keys, list.values, key0, nKeys);
  const { key, start } = list.keys;
  const offset = new Int32Array(nKeys + 1);
  for (let i = 0; i < key.length; i++)
    offset[key[i] - key0 + 1] = i + 1 < key.length ? start[i + 1] : list.values.length;
  // Keys without a run start where the one before ended.
  for (let k = 0; k < nKeys; k++) if (offset[k + 1] < offset[k]) offset[k + 1] = offset[k];
  return sortGroups(list.values, offset);
}

/**
 * The keys of a keyed list grouped by what its values stand for (`group[value]`, 0 … nGroups − 1),
 * each group ascending and without repeats: the months of each pair, from pairs listed by month.
 */
export function groupByValue(
  list: KeyedValues,
  group: Int32Array,
  nGroups: number,
): { offset: Int32Array; values: Int32Array } {
  const values = list.values;
  if (list.keys instanceof Int32Array) {
    const owner = new Int32Array(values.length);
    for (let i = 0; i < owner.length; i++) owner[i] = group[values[i]];
    return groupDistinct(owner, list.keys, 0, nGroups);
  }
  const offset = new Int32Array(nGroups + 1);
  for (let i = 0; i < values.length; i++) offset[group[values[i]] + 1]++;
  for (let g = 0; g < nGroups; g++) offset[g + 1] += offset[g];
  const out = new Int32Array(values.length);
  const fill = offset.slice(0, nGroups);
  // Runs come in ascending key order, so every group fills in ascending order: nothing to sort.
  const { key, start } = list.keys;
  for (let r = 0; r < key.length; r++) {
    const end = r + 1 < key.length ? start[r + 1] : values.length;
    for (let i = start[r]; i < end; i++) out[fill[group[values[i]]]++] = key[r];
  }
  return dropRepeats(out, offset);
}

/** Sorts each group of `values` (offset[k] … offset[k + 1]) in place, then drops repeats. */
function sortGroups(values: Int32Array, offset: Int32Array): { offset: Int32Array; values: Int32Array } {
  for (let k = 0; k + 1 < offset.length; k++) {
    // Most groups are a few values (a pair's months): a subarray per group would cost more than them.
    const from = offset[k];
    const to = offset[k + 1];
    if (to - from > 16) values.subarray(from, to).sort();
    else insertionSort(values, from, to);
  }
  return dropRepeats(values, offset);
}

function insertionSort(a: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= from && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/** Ascending groups without their repeats, compacted in place: `offset` is rewritten. */
function dropRepeats(values: Int32Array, offset: Int32Array): { offset: Int32Array; values: Int32Array } {
  let at = 0;
  let from = 0;
  for (let k = 0; k + 1 < offset.length; k++) {
    const to = offset[k + 1];
    // Writes never pass the read position (at ≤ j), so compacting in place is safe.
    for (let j = from; j < to; j++) if (j === from || values[j] !== values[j - 1]) values[at++] = values[j];
    from = to;
    offset[k + 1] = at;
  }
  return { offset, values: at === values.length ? values : values.subarray(0, at) };
}
