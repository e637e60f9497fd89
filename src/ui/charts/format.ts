// Localised value and axis formatting for charts and their tables (the UI language unless told).
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/index.ts';
import type { ChartFormat, ValueUnit } from './types.ts';

export function chartFormat(currency: string, period: (label: string) => string, lang?: Lang): ChartFormat {
  const value = (unit: ValueUnit, v: number | null): string =>
    unit === 'money'
      ? formatMoney(v, currency, { lang })
      : unit === 'percent'
        ? formatPercent(v, { maximumFractionDigits: 1, lang })
        : formatNumber(v, { maximumFractionDigits: 2, lang });
  // Ticks are round numbers written as briefly as they allow: whole money and percents, and the
  // decimals of a step below one (0.5) when the values are small, so no two ticks read the same.
  const axis = (unit: ValueUnit, v: number): string => {
    const places = tickDecimals(v, unit === 'number' ? 3 : 2);
    return unit === 'money'
      ? formatMoney(v, currency, { whole: places === 0, lang })
      : unit === 'percent'
        ? formatPercent(v, { maximumFractionDigits: places, lang })
        : formatNumber(v, { maximumFractionDigits: Math.max(1, places), lang });
  };
  return { currency, value, axis, period };
}

/** The decimals that write `v` exactly, up to `max`: 40 → 0, 0.5 → 1, 0.25 → 2. */
function tickDecimals(v: number, max: number): number {
  for (let places = 0; places < max; places++) {
    const scaled = v * 10 ** places;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return places;
  }
  return max;
}
