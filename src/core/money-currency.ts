// The currency a workspace's money is written in (datasets.md §4): the workspace setting, else the
// subscriptions' own currency (one currency needs no setting), else USD.

type WithCurrencies = { kind: string; currencies?: string[] };

/** The subscriptions' currency, or null when no stored subscription names one. */
export function datasetsCurrency(datasets: readonly WithCurrencies[]): string | null {
  const subs = datasets.find((d) => d.kind === 'subscriptions' && d.currencies?.length);
  return subs?.currencies?.[0]?.toUpperCase() ?? null;
}

/** The workspace currency: the setting, else the subscriptions' currency, else USD. */
export function currencyOf(setting: string | null | undefined, datasets: readonly WithCurrencies[]): string {
  if (setting) return setting.toUpperCase();
  return datasetsCurrency(datasets) ?? 'USD';
}
