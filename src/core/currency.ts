import type { MetricSettings } from './workspace-data.ts';

/**
 * datasets.md §4: several subscription currencies stop the import until rates to one of them are
 * given. Returns the message naming what is missing, or null when the numbers can be computed.
 */
export function currencyProblem(
  results: readonly { kind: string | null; currencies: string[] }[],
  settings: MetricSettings,
): string | null {
  const codes = [...new Set(results.filter((r) => r.kind === 'subscriptions').flatMap((r) => r.currencies))];
  if (codes.length < 2) return null;
  const base = settings.currency ?? null;
  const missing = codes.filter((c) => c !== base && !(settings.fx[c] > 0));
  if (base && missing.length === 0) return null;
  return `subscriptions carry several currencies (${codes.join(', ')}): set "currency" and "fx" rates to it for ${
    missing.join(', ') || 'each code'
  } in the settings file`;
}
