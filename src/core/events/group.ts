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
 * also brings repeats together to be dropped. Builders may skip a pair they already saw only when
 * that is cheap to know; when they know the input has no repeat (`distinct`), nothing is dropped.
 * Ascending groups are what lets the stored aggregate keep a group as small steps (db/packed-*).
 */
export function groupDistinct(
  keys: Int32Array,
  values: Int32Array,
  key0: number,
  nKeys: number,
  distinct = false,
): { offset: Int32Array; values: Int32Array } {
  const offset = new Int32Array(nKeys + 1);
  for (let i = 0; i < keys.length; i++) offset[keys[i] - key0 + 1]++;
  for (let k = 0; k < nKeys; k++) offset[k + 1] += offset[k];
  const sorted = new Int32Array(keys.length);
  const fill = offset.slice(0, nKeys);
  for (let i = 0; i < keys.length; i++) sorted[fill[keys[i] - key0]++] = values[i];
  if (distinct) {
    for (let k = 0; k < nKeys; k++) sorted.subarray(offset[k], offset[k + 1]).sort();
    return { offset, values: sorted };
  }
  // Sort and deduplicate each group, compacting in place.
  const out = new Int32Array(nKeys + 1);
  let at = 0;
  for (let k = 0; k < nKeys; k++) {
    const group = sorted.subarray(offset[k], offset[k + 1]).sort();
    // Writes never pass the read position (at ≤ offset[k] + j), so compacting in place is safe.
    for (let j = 0; j < group.length; j++) {
      const v = group[j];
      if (j === 0 || v !== group[j - 1]) sorted[at++] = v;
    }
    out[k + 1] = at;
  }
  return { offset: out, values: sorted.slice(0, at) };
}
