// Cohort retention heatmap: one row per first paying month (its size in the label), one column
// per month since, cells in percent.
import type { CohortData } from '../types.ts';
import { unlabelledOption, type BuildContext } from './common.ts';

export function cohortOption(data: CohortData, ctx: BuildContext) {
  const p = ctx.palette;
  const width = Math.max(0, ...data.cohorts.map((c) => c.values.length));
  const columns = Array.from({ length: width }, (_, k) => String(k));
  const rows = data.cohorts.map((c) => `${ctx.fmt.period(c.label)} (${c.size})`);
  const cells: [number, number, number][] = [];
  data.cohorts.forEach((c, y) => c.values.forEach((v, x) => cells.push([x, y, v])));
  return {
    ...unlabelledOption(ctx, { left: 8, right: 8, top: 8, bottom: 56 }),
    xAxis: {
      type: 'category' as const,
      data: columns,
      axisLabel: { color: p.muted },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category' as const,
      data: rows,
      inverse: true,
      axisLabel: { color: p.muted },
    },
    visualMap: {
      min: 0,
      max: 100,
      calculable: false,
      orient: 'horizontal' as const,
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      textStyle: { color: p.muted },
      inRange: { color: p.scale },
      text: [ctx.fmt.axis('percent', 100), ctx.fmt.axis('percent', 0)],
    },
    series: [
      {
        type: 'heatmap' as const,
        data: cells,
        label: {
          show: width <= 12,
          color: p.text,
          fontSize: 10,
          formatter: (x: { value: number[] }) => Math.round(x.value[2]).toString(),
        },
        emphasis: { itemStyle: { borderColor: p.text, borderWidth: 1 } },
      },
    ],
  };
}
