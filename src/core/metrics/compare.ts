// Comparisons of a computed value with a level a person set (a rule's threshold, a goal's target,
// a §12 band edge). Sums and rates carry float noise: a sum of cents gives 9,999.999999999984 for
// 10,000, and a level written as 10,000 or 7 must read such a value as exactly that.

/** Differences this small next to the numbers compared are noise, not a difference. */
const RELATIVE = 1e-9;

/** Equal but for float noise. */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** v > h, noise aside. */
export const above = (v: number, h: number): boolean => v > h && !same(v, h);
/** v ≥ h, noise aside. */
export const atLeast = (v: number, h: number): boolean => v >= h || same(v, h);
/** v < h, noise aside. */
export const below = (v: number, h: number): boolean => v < h && !same(v, h);
/** v ≤ h, noise aside. */
export const atMost = (v: number, h: number): boolean => v <= h || same(v, h);
