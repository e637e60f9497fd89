/** Seeded PRNG (mulberry32): the same seed always generates the same files. */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: Random, min: number, maxInclusive: number): number {
  return min + Math.floor(random() * (maxInclusive - min + 1));
}

/** Returns a picker of an index with probability proportional to its weight. */
export function weightedPicker(random: Random, weights: readonly number[]): () => number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let running = 0;
  const cumulative = weights.map((w) => (running += w) / total);
  return () => {
    const r = random();
    for (let i = 0; i < cumulative.length - 1; i++) if (r < cumulative[i]) return i;
    return cumulative.length - 1;
  };
}
