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
  const axis = (unit: ValueUnit, v: number): string =>
    unit === 'money'
      ? formatMoney(v, currency, { whole: true, lang })
      : unit === 'percent'
        ? formatPercent(v, { maximumFractionDigits: 0, lang })
        : formatNumber(v, { maximumFractionDigits: 1, lang });
  return { currency, value, axis, period };
}
