// Columns of numbers as IndexedDB keeps them: the narrowest unsigned integer array that holds
// every value exactly, as offsets from the smallest (or, for a column that never goes down, as
// steps from the previous value). A chunk of 64k dates then takes 128 kB instead of 512 kB, a
// chunk of sorted event times 64–128 kB, and a dictionary code one or two bytes: less for the
// browser to compress and write on import, less to read back on every reopen.

export type UintArray = Uint8Array | Uint16Array | Uint32Array;

/** Whole numbers: value i is `base + ints[i]`, or with `delta` the running sum of that. */
export interface PackedInts {
  base: number;
  ints: UintArray;
  delta?: true;
}

/**
 * Numbers that are whole multiples of `step` once multiplied by `scale` (days or seconds of
 * epoch milliseconds; cents of an amount): value i is `(base + ints[i] × step) / scale`, or with
 * `delta` the running sum of the offsets. The largest value of the array type marks an empty cell.
 */
export interface PackedFloats {
  base: number;
  step: number;
  scale: number;
  ints: UintArray;
  delta?: true;
}

/** The width that holds offsets up to `max`, with `reserve` values at the top kept for markers. */
function arrayFor(length: number, max: number, reserve: number): UintArray {
  if (max + reserve <= 0xff) return new Uint8Array(length);
  if (max + reserve <= 0xffff) return new Uint16Array(length);
  return new Uint32Array(length);
}

const width = (max: number, reserve: number): number =>
  max + reserve <= 0xff ? 1 : max + reserve <= 0xffff ? 2 : 4;

/** Any Int32Array, in the narrowest offsets or steps that hold it. */
export function packInts(values: Int32Array): PackedInts {
  const n = values.length;
  if (n === 0) return { base: 0, ints: new Uint8Array(0) };
  let min = values[0];
  let max = values[0];
  let rising = true;
  let maxStep = 0;
  for (let i = 1; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    else if (v > max) max = v;
    const step = v - values[i - 1];
    if (step < 0) rising = false;
    else if (step > maxStep) maxStep = step;
  }
  if (rising && width(maxStep, 0) < width(max - min, 0)) {
    const ints = arrayFor(n, maxStep, 0);
    for (let i = 1; i < n; i++) ints[i] = values[i] - values[i - 1];
    return { base: values[0], ints, delta: true };
  }
  const ints = arrayFor(n, max - min, 0);
  for (let i = 0; i < n; i++) ints[i] = values[i] - min;
  return { base: min, ints };
}

export function unpackInts(p: PackedInts): Int32Array {
  const out = new Int32Array(p.ints.length);
  unpackIntsInto(p, out, 0);
  return out;
}

/** Writes the values into `out` from `at` on: a dataset's chunks go straight into one array. */
export function unpackIntsInto(p: PackedInts, out: Int32Array, at: number): void {
  const { ints, base } = p;
  const n = ints.length;
  if (p.delta) {
    let v = base;
    for (let i = 0; i < n; i++) out[at + i] = v += ints[i];
  } else for (let i = 0; i < n; i++) out[at + i] = base + ints[i];
}

/** How a column's numbers may be whole: `scale` first, then `step`, tried in order. */
export interface Grain {
  step: number;
  scale: number;
}

/** Instants (epoch ms): whole days, whole seconds, whole milliseconds. */
export const TIME_GRAINS: readonly Grain[] = [
  { step: 86_400_000, scale: 1 },
  { step: 1000, scale: 1 },
  { step: 1, scale: 1 },
];

/** Amounts and counts: whole numbers, whole cents. */
export const NUMBER_GRAINS: readonly Grain[] = [
  { step: 1, scale: 1 },
  { step: 1, scale: 100 },
];

const EMPTY_MARKER = 1;

/** The first grain in which every value is exact, packed; the values as they are when none is. */
export function packFloats(values: Float64Array, grains: readonly Grain[]): Float64Array | PackedFloats {
  for (const grain of grains) {
    const packed = packInGrain(values, grain);
    if (packed) return packed;
  }
  return values;
}

/**
 * Offsets in one grain, or null when a value is not exactly `(base + k × step) / scale` for a
 * whole k (or is −0, infinite, or too far from the others for 32 bits).
 */
function packInGrain(values: Float64Array, { step, scale }: Grain): PackedFloats | null {
  const n = values.length;
  // One pass checks every value and finds the spread and the largest step; a second writes the
  // offsets. No array of the whole column in between: a chunk's worth of fresh memory costs more
  // here than working each value out twice.
  let min = Infinity;
  let max = -Infinity;
  let empty = false;
  let rising = true;
  let maxStep = 0;
  let previous = NaN;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) {
      empty = true;
      continue;
    }
    const q = scale === 1 ? v : Math.round(v * scale);
    if (q / scale !== v || !Number.isSafeInteger(q) || (v === 0 && 1 / v < 0) || q % step !== 0) return null;
    const k = q / step;
    if (k < min) min = k;
    if (k > max) max = k;
    if (k < previous) rising = false;
    else if (k - previous > maxStep) maxStep = k - previous;
    previous = k;
  }
  if (min === Infinity) return { base: 0, step, scale, ints: allEmpty(n) };
  if (max - min > 0xffffffff - EMPTY_MARKER) return null;
  const k = (i: number): number => (scale === 1 ? values[i] : Math.round(values[i] * scale)) / step;
  if (!empty && rising && width(maxStep, 0) < width(max - min, EMPTY_MARKER)) {
    const ints = arrayFor(n, maxStep, 0);
    let last = k(0);
    for (let i = 1; i < n; i++) {
      const next = k(i);
      ints[i] = next - last;
      last = next;
    }
    return { base: k(0) * step, step, scale, ints, delta: true };
  }
  const ints = arrayFor(n, max - min, EMPTY_MARKER);
  const marker = emptyMarker(ints);
  for (let i = 0; i < n; i++) ints[i] = values[i] !== values[i] ? marker : k(i) - min;
  return { base: min * step, step, scale, ints };
}

function allEmpty(n: number): UintArray {
  const ints = arrayFor(n, 0, EMPTY_MARKER);
  return ints.fill(emptyMarker(ints));
}

function emptyMarker(ints: UintArray): number {
  return ints instanceof Uint8Array ? 0xff : ints instanceof Uint16Array ? 0xffff : 0xffffffff;
}

export function unpackFloats(p: Float64Array | PackedFloats): Float64Array {
  if (p instanceof Float64Array) return p;
  const out = new Float64Array(p.ints.length);
  unpackFloatsInto(p, out, 0);
  return out;
}

/** Writes the values into `out` from `at` on. */
export function unpackFloatsInto(p: Float64Array | PackedFloats, out: Float64Array, at: number): void {
  if (p instanceof Float64Array) {
    out.set(p, at);
    return;
  }
  const { base, step, scale, ints } = p;
  const n = ints.length;
  if (p.delta) {
    let k = 0;
    for (let i = 0; i < n; i++) {
      k += ints[i];
      out[at + i] = (base + k * step) / scale;
    }
    return;
  }
  const marker = emptyMarker(ints);
  // Instants and whole numbers need no division (a tenth of the work on a reopen's million rows).
  if (scale === 1)
    for (let i = 0; i < n; i++) {
      const k = ints[i];
      out[at + i] = k === marker ? NaN : base + k * step;
    }
  else
    for (let i = 0; i < n; i++) {
      const k = ints[i];
      out[at + i] = k === marker ? NaN : (base + k * step) / scale;
    }
}

/**
 * Values ascending within each group (group g holds offset[g] … offset[g + 1]): each group's
 * first value, then every value as its step from the one before it in the group (0 at a start).
 * A day's users, spread over 100k codes, become steps of a few dozen.
 */
export interface PackedGroups {
  firsts: PackedInts;
  steps: PackedInts;
}

/** Null when some group is not in ascending order. */
export function packGroups(values: Int32Array, offset: Int32Array): PackedGroups | null {
  const groups = offset.length - 1;
  const firsts = new Int32Array(groups);
  const steps = new Int32Array(values.length);
  for (let g = 0; g < groups; g++) {
    const start = offset[g];
    if (start < offset[g + 1]) firsts[g] = values[start];
    for (let i = start + 1; i < offset[g + 1]; i++) {
      const step = values[i] - values[i - 1];
      if (step < 0) return null;
      steps[i] = step;
    }
  }
  return { firsts: packInts(firsts), steps: packInts(steps) };
}

export function unpackGroups(p: PackedGroups, offset: Int32Array): Int32Array {
  const firsts = unpackInts(p.firsts);
  const out = unpackInts(p.steps);
  for (let g = 0; g < firsts.length; g++) {
    const start = offset[g];
    if (start < offset[g + 1]) out[start] = firsts[g];
    for (let i = start + 1; i < offset[g + 1]; i++) out[i] += out[i - 1];
  }
  return out;
}
