// Lines and bars over periods, on one or two value axes (e.g. customers and churn rate).
import type { SeriesDef } from '../types.ts';
import { baseOption, categoryAxis, sampling, valueAxis, type BuildContext } from './common.ts';

export function seriesOption(data: { periods: string[]; series: SeriesDef[] }, ctx: BuildContext) {
  const units = [0, 1].map((axis) => data.series.find((s) => (s.axis ?? 0) === axis)?.unit);
  const yAxis = units
    .filter((u) => u !== undefined)
    .map((unit, i) => {
      // An axis of lines only need not start at 0 (retention near 100 % would be a flat line).
      const linesOnly = data.series.every((s) => (s.axis ?? 0) !== i || s.type === 'line');
      return valueAxis(ctx, unit, { ...(i === 1 ? { splitLine: { show: false } } : {}), scale: linesOnly });
    });
  return {
    ...baseOption(ctx),
    xAxis: categoryAxis(ctx, data.periods),
    yAxis,
    series: data.series.map((s) =>
      s.type === 'bar'
        ? {
            name: s.name,
            type: 'bar' as const,
            data: s.values,
            yAxisIndex: s.axis ?? 0,
            barMaxWidth: 28,
            ...(s.stack ? { stack: s.stack } : {}),
          }
        : {
            name: s.name,
            type: 'line' as const,
            data: s.values,
            yAxisIndex: s.axis ?? 0,
            symbolSize: 5,
            connectNulls: false,
            lineStyle: { width: 2 },
            ...sampling(s.values.length),
          },
    ),
  };
}
