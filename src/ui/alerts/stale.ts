// When the newest data point is out of date.
const DAY_MS = 86_400_000;

/** Whole days since the newest data point when that is more than `limit` days; else null. */
export function staleAge(latest: number | null, now: number, limit: number): number | null {
  if (latest === null || !Number.isFinite(latest)) return null;
  const age = now - latest;
  return age > limit * DAY_MS ? Math.floor(age / DAY_MS) : null;
}
