// A goal's forecast: the KPI's recent months, the trend line projected as a dashed line, and the
// target as a flat line. Names come from the caller (localised, "a projection" among them).
import type { ForecastData } from '../types.ts';
import { baseOption, categoryAxis, LABEL_ROOM, valueAxis, type BuildContext } from './common.ts';

export function forecastOption(data: ForecastData, ctx: BuildContext) {
  const p = ctx.palette;
  const target = data.periods.map(() => data.target);
  return {
    ...baseOption(ctx),
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true, outerBounds: LABEL_ROOM },
    xAxis: categoryAxis(ctx, data.periods),
    yAxis: valueAxis(ctx, data.unit, { scale: true }),
    series: [
      {
        name: data.names.actual,
        type: 'line' as const,
        data: data.actual,
        symbolSize: 5,
        lineStyle: { width: 2, color: p.series[0] },
        itemStyle: { color: p.series[0] },
      },
      {
        name: data.names.projection,
        type: 'line' as const,
        data: data.projection,
        symbol: 'none',
        lineStyle: { width: 2, type: 'dashed' as const, color: p.series[3] },
        itemStyle: { color: p.series[3] },
      },
      {
        name: data.names.target,
        type: 'line' as const,
        data: target,
        symbol: 'none',
        lineStyle: { width: 1.5, color: p.series[2] },
        itemStyle: { color: p.series[2] },
      },
    ],
  };
}
