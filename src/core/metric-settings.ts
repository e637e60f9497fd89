/** Workspace settings that change numbers (metrics.md §5, §8; interfaces.md §1). */
export interface MetricSettings {
  gross_margin: number;
  activation_event: string;
  /** Rates that convert a subscription currency code (upper case) to the workspace currency. */
  fx: Record<string, number>;
  currency: string | null;
  /** Days after which the newest data point counts as out of date (absent in older records: 35). */
  staleDays?: number;
}

export const DEFAULT_SETTINGS: MetricSettings = {
  gross_margin: 1,
  activation_event: '',
  fx: {},
  currency: null,
  staleDays: 35,
};
