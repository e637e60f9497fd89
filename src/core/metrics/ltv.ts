// Lifetime value (metrics.md §5): per-account value over the mean churn of the six prior months.
import { seriesOf, type Series, type Value } from './types.ts';

/** Months before M whose churn rate feeds c̄; the current month is excluded, as ChartMogul does. */
export const LTV_WINDOW = 6;

/**
 * ltv(M) = value(M) × gross_margin / c̄, c̄ = mean of churn/100 over the defined months M−6…M−1.
 * `valueName` is `arpa` for subscriptions and `arpu` for the monthly sheet (§9).
 */
export function ltvSeries(
  value: Value[],
  churnRate: Value[],
  grossMargin: number,
  valueName: string,
): Series {
  return seriesOf(value.length, (i) => {
    let sum = 0;
    let defined = 0;
    for (let j = Math.max(0, i - LTV_WINDOW); j < i; j++) {
      const c = churnRate[j];
      if (c !== null) {
        sum += c / 100;
        defined++;
      }
    }
    const mean = defined > 0 ? sum / defined : null;
    const inputs = { [valueName]: value[i], gross_margin: grossMargin, mean_churn: mean };
    const v = value[i];
    if (v === null || mean === null || mean === 0) return [null, inputs];
    return [(v * grossMargin) / mean, inputs];
  });
}
