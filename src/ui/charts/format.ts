// Localised value and axis formatting for charts and their tables (reads the UI language).
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import type { ChartFormat, ValueUnit } from './types.ts';
import { lazyChunk } from '../../state/lazy-chunk.ts';

export function chartFormat(currency: string, period: (label: string) => string): ChartFormat {
  const value = (unit: ValueUnit, v: number | null): string =>
    unit === 'money'
      ? formatMoney(v, currency)
      : unit === 'percent'
        ? formatPercent(v, { maximumFractionDigits: 1 })
        : formatNumber(v, { maximumFractionDigits: 2 });
  const axis = (unit: ValueUnit, v: number): string =>
    unit === 'money'
      ? formatMoney(v, currency, { whole: true })
      : unit === 'percent'
        ? formatPercent(v, { maximumFractionDigits: 0 })
        : formatNumber(v, { maximumFractionDigits: 1 });
  return { value, axis, period };
}

let loaded: typeof import('./registry.ts') | null = null;

/** ECharts and the builders, fetched once, after the first paint; a missing chunk is reported. */
export const loadCharts: () => Promise<typeof import('./registry.ts')> = lazyChunk('charts', () =>
  import('./registry.ts').then((r) => (loaded = r)),
);

/** The chart chunk if it has already loaded (printing must draw in the same task). */
export function loadedCharts(): typeof import('./registry.ts') | null {
  return loaded;
}
