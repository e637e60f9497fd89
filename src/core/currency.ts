import type { MetricSettings } from './workspace-data.ts';

export interface CurrencyGap {
  /** Every currency code on the subscriptions. */
  codes: string[];
  /** Codes with no rate to the workspace currency: their amounts cannot be added up. */
  missing: string[];
}

/**
 * datasets.md §4: subscriptions in several currencies need rates to one of them before any
 * money KPI means something. Without a chosen workspace currency, the one code left without a
 * rate is taken as the workspace currency.
 */
export function currencyGap(codes: readonly string[], settings: MetricSettings): CurrencyGap | null {
  const unique = [...new Set(codes)];
  if (unique.length < 2) return null;
  const missing = unique.filter((c) => c !== settings.currency && !(settings.fx[c] > 0));
  return missing.length > (settings.currency ? 0 : 1) ? { codes: unique, missing } : null;
}

/** The report command's one-line refusal, or null when the numbers can be computed. */
export function currencyProblem(
  results: readonly { kind: string | null; currencies: string[] }[],
  settings: MetricSettings,
): string | null {
  const gap = currencyGap(
    results.filter((r) => r.kind === 'subscriptions').flatMap((r) => r.currencies),
    settings,
  );
  return gap
    ? `subscriptions carry several currencies (${gap.codes.join(', ')}): set "currency" and "fx" rates to it for ${gap.missing.join(', ')} in the settings file`
    : null;
}
