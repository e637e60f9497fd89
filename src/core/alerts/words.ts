// What an alert says, as codes and numbers (the i18n catalogues turn them into sentences).
import type { Alert, AlertRule } from './model.ts';
import type { MonthSeries } from './plan.ts';

export type AlertWords =
  | {
      kind: 'threshold';
      state: Alert['state'];
      op: '>' | '>=' | '<' | '<=';
      value: number | null;
      threshold: number;
      recoverAt: number | null;
      forMonths: number;
    }
  | {
      kind: 'change';
      state: Alert['state'];
      direction: 'rises_by' | 'falls_by';
      value: number | null;
      previous: number | null;
      /** v − previous, in the KPI's unit. */
      delta: number | null;
      /** The change in percent of the previous value (null when it is 0 or unknown). */
      percentChange: number | null;
      by: number;
      percent: boolean;
      minValue: number | null;
      forMonths: number;
    };

/** The facts behind one alert: its rule, its month's value and, for a change, the month before. */
export function alertWords(rule: AlertRule, alert: Alert, series: MonthSeries | null): AlertWords {
  const c = rule.condition;
  if (c.type === 'threshold') {
    return {
      kind: 'threshold',
      state: alert.state,
      op: c.op,
      value: alert.value,
      threshold: c.value,
      recoverAt: c.recoverAt,
      forMonths: rule.forMonths,
    };
  }
  const k = series ? series.months.indexOf(alert.month) : -1;
  const previous = k > 0 ? (series?.values[rule.kpi]?.[k - 1] ?? null) : null;
  const delta = previous !== null && alert.value !== null ? alert.value - previous : null;
  return {
    kind: 'change',
    state: alert.state,
    direction: c.direction,
    value: alert.value,
    previous,
    delta,
    percentChange: delta !== null && previous ? (delta / Math.abs(previous)) * 100 : null,
    by: c.by,
    percent: c.percent,
    minValue: c.minValue,
    forMonths: rule.forMonths,
  };
}

/** The newest first: by month, then by when it was stored, then raised before resolved. */
export function newestFirst(a: Alert, b: Alert): number {
  if (a.month !== b.month) return a.month < b.month ? 1 : -1;
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  if (a.state !== b.state) return a.state === 'raised' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
