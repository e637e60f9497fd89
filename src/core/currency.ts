import { decimalEvidence, parseNumber, type Decimal } from './locale/numbers.ts';
import type { MetricSettings } from './workspace-data.ts';

export interface CurrencyGap {
  /** Every currency code on the subscriptions. */
  codes: string[];
  /** Codes with no rate to the workspace currency: their amounts cannot be added up. */
  missing: string[];
}

/** The user's answer to a gap: the workspace currency and a rate to it for every other code. */
export interface CurrencyAnswer {
  currency: string;
  fx: Record<string, number>;
}

const upper = (code: string) => code.trim().toUpperCase();

/**
 * datasets.md §4: subscriptions in several currencies need rates to one of them before any
 * money KPI means something. Codes compare case-insensitively (Stripe writes `usd`). Without a
 * chosen workspace currency, the one code left without a rate is taken as the workspace currency.
 */
export function currencyGap(codes: readonly string[], settings: MetricSettings): CurrencyGap | null {
  const unique = [...new Set(codes.map(upper).filter(Boolean))];
  if (unique.length < 2) return null;
  const base = settings.currency ? upper(settings.currency) : null;
  const missing = unique.filter((c) => c !== base && !(settings.fx[c] > 0));
  return missing.length > (base ? 0 : 1) ? { codes: unique, missing } : null;
}

/**
 * Whether importing a dataset must stop for conversion rates: the subscriptions of the workspace
 * (stored datasets, without the one this import replaces, plus this file) would carry several
 * codes without rates. Only a subscriptions file stops (datasets.md §4 rule 6): a leads or costs
 * file changes no currency, so it never waits on a question it did not raise.
 */
export function importCurrencyGap(
  stored: readonly { id: string; kind: string; currencies?: readonly string[] }[],
  incoming: { kind: string; currencies: readonly string[] },
  settings: MetricSettings,
  replaceId?: string,
): CurrencyGap | null {
  if (incoming.kind !== 'subscriptions') return null;
  const kept = stored.filter((d) => d.kind === 'subscriptions' && d.id !== replaceId);
  return currencyGap([...kept.flatMap((d) => d.currencies ?? []), ...incoming.currencies], settings);
}

/** The settings with an answer applied: its currency, and its rates over the stored ones. */
export function withRates<S extends MetricSettings>(settings: S, answer: CurrencyAnswer): S {
  const currency = upper(answer.currency);
  const fx = { ...settings.fx };
  for (const [code, rate] of Object.entries(answer.fx))
    if (Number.isFinite(rate) && rate > 0 && upper(code) !== currency) fx[upper(code)] = rate;
  return { ...settings, currency, fx };
}

/**
 * A conversion rate typed by a person: a positive number, or null. A lone `.` or `,` followed by
 * three digits could be grouping or a decimal; the reader's language decides (`preferred`), so
 * `15.800` is 15800 for a Polish or Indonesian reader and 15.8 for an English one.
 */
export function parseRate(text: string, preferred: Decimal): number | null {
  const s = text.trim();
  const evidence = decimalEvidence(s);
  if (evidence === 'invalid') return null;
  const decimal = evidence === 'dot' ? '.' : evidence === 'comma' ? ',' : preferred;
  const value = parseNumber(s, decimal);
  return Number.isFinite(value) && value > 0 ? value : null;
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
  if (!gap) return null;
  const several = `subscriptions carry several currencies (${gap.codes.join(', ')})`;
  return settings.currency
    ? `${several}: add "fx" rates to ${upper(settings.currency)} for ${gap.missing.join(', ')} in the settings file`
    : `${several}: set "currency" to one of them and "fx" rates to it for the others in the settings file`;
}
