// Horizontal bars per category (feature adoption per event name).
import type { BarsData } from '../types.ts';
import { unlabelledOption, valueAxis, type BuildContext } from './common.ts';

export function barsOption(data: BarsData, ctx: BuildContext) {
  const p = ctx.palette;
  return {
    ...unlabelledOption(ctx, { left: 8, right: 16, top: 8, bottom: 8 }),
    xAxis: valueAxis(ctx, data.unit, data.unit === 'percent' ? { max: 100 } : {}),
    yAxis: {
      type: 'category' as const,
      data: data.categories,
      inverse: true,
      axisLabel: { color: p.muted, width: 120, overflow: 'truncate' as const },
      axisTick: { show: false },
    },
    series: [
      {
        name: data.name,
        type: 'bar' as const,
        data: data.values,
        barMaxWidth: 22,
        itemStyle: { color: p.series[0] },
      },
    ],
  };
}
