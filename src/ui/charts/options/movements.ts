// MRR movements: new, reactivation and expansion stacked above zero, contraction and churn below,
// net new MRR as a line and MRR itself on a second axis.
import type { MovementsData } from '../types.ts';
import { baseOption, categoryAxis, sampling, valueAxis, type BuildContext } from './common.ts';

const neg = (values: (number | null)[]) => values.map((v) => (v === null ? null : -Math.abs(v)));
const pos = (values: (number | null)[]) => values.map((v) => (v === null ? null : Math.abs(v)));

export function movementsOption(data: MovementsData, ctx: BuildContext) {
  const p = ctx.palette;
  const bar = (name: string, values: (number | null)[], stack: string, color: string) => ({
    name,
    type: 'bar' as const,
    stack,
    data: values,
    itemStyle: { color },
    emphasis: { focus: 'series' as const },
    barMaxWidth: 28,
  });
  const series = [
    bar(data.names.new, pos(data.new), 'up', p.positive[0]),
    bar(data.names.reactivation, pos(data.reactivation), 'up', p.positive[1]),
    bar(data.names.expansion, pos(data.expansion), 'up', p.positive[2]),
    bar(data.names.contraction, neg(data.contraction), 'down', p.negative[0]),
    bar(data.names.churned, neg(data.churned), 'down', p.negative[1]),
    {
      name: data.names.net,
      type: 'line' as const,
      data: data.net,
      symbolSize: 5,
      lineStyle: { width: 2, color: p.line },
      itemStyle: { color: p.line },
      ...sampling(data.net.length),
    },
    {
      name: data.names.mrr,
      type: 'line' as const,
      yAxisIndex: 1,
      data: data.mrr,
      symbol: 'none',
      lineStyle: { width: 2, type: 'dashed' as const, color: p.series[4] },
      itemStyle: { color: p.series[4] },
      ...sampling(data.mrr.length),
    },
  ];
  return {
    ...baseOption(ctx),
    xAxis: categoryAxis(ctx, data.periods),
    yAxis: [valueAxis(ctx, 'money'), valueAxis(ctx, 'money', { splitLine: { show: false } })],
    series,
  };
}
