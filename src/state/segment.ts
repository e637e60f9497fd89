import type { Query } from './router.svelte.ts';

/** Query keys that hold view state other than a segment filter. */
export const VIEW_KEYS: ReadonlySet<string> = new Set([
  'period',
  'grain',
  'compare',
  'demo',
  'goal',
  'owner',
  'due',
  's',
  // The card a link points at (an alert's KPI).
  'kpi',
]);

/**
 * The segment filter lives in the URL so a reload or a shared link keeps it:
 * `plan=Pro,Starter&currency=USD`. Fields the data does not carry are dropped by the worker.
 */
export function segmentFromQuery(query: Query): Record<string, string[]> | undefined {
  const segment: Record<string, string[]> = Object.create(null);
  let any = false;
  for (const [key, value] of Object.entries(query)) {
    if (VIEW_KEYS.has(key) || value === '') continue;
    segment[key] = value.split(',');
    any = true;
  }
  return any ? segment : undefined;
}

export function segmentKey(segment: Record<string, string[]> | undefined): string {
  return segment
    ? Object.keys(segment)
        .sort()
        .map((k) => `${k}=${segment[k].join(',')}`)
        .join('&')
    : '';
}
