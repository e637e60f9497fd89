/** Fixture values are full-precision floats from another implementation: relative 1e-9, absolute near 0. */
export function closeTo(got: unknown, want: number | null): boolean {
  if (want === null) return got === null;
  if (typeof got !== 'number' || Number.isNaN(got)) return false;
  const scale = Math.max(Math.abs(want), Math.abs(got));
  return Math.abs(got - want) <= Math.max(1e-9, 1e-9 * scale);
}
