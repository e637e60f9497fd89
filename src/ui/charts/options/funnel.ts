// Leads → PQLs → paying customers of one period.
import type { FunnelData } from '../types.ts';
import { unlabelledOption, type BuildContext } from './common.ts';

export function funnelOption(data: FunnelData, ctx: BuildContext) {
  const p = ctx.palette;
  const max = Math.max(1, ...data.steps.map((s) => s.value));
  return {
    ...unlabelledOption(ctx),
    series: [
      {
        type: 'funnel' as const,
        sort: 'none' as const,
        left: '10%',
        width: '80%',
        top: 8,
        bottom: 8,
        min: 0,
        max,
        gap: 4,
        label: {
          position: 'inside' as const,
          color: p.onSeries,
          formatter: (x: { name: string; value: number }) => `${x.name}: ${ctx.fmt.value('number', x.value)}`,
        },
        itemStyle: { borderColor: 'transparent' },
        data: data.steps.map((s, i) => ({
          name: s.name,
          value: s.value,
          itemStyle: { color: p.series[i % 2 ? 5 : 0] },
        })),
      },
    ],
  };
}
