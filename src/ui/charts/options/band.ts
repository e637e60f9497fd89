// One ratio over time with its benchmark bands shaded behind it (markArea).
import type { BandData } from '../types.ts';
import { unlabelledOption, categoryAxis, sampling, valueAxis, type BuildContext } from './common.ts';

const LABEL_AT = { good: 'insideTopRight', watch: 'insideRight', bad: 'insideBottomRight' } as const;

export function bandOption(data: BandData, ctx: BuildContext) {
  const p = ctx.palette;
  const areas: [Record<string, unknown>, Record<string, unknown>][] = [];
  if (data.band) {
    const { good, bad, better } = data.band;
    const top =
      better === 'higher'
        ? { good: [good, null], watch: [bad, good], bad: [null, bad] }
        : { good: [null, good], watch: [good, bad], bad: [bad, null] };
    for (const key of ['good', 'watch', 'bad'] as const) {
      const [from, to] = top[key];
      areas.push([
        {
          name: data.bandNames[key],
          yAxis: from ?? 'min',
          itemStyle: { color: p.bands[key] },
          // Labels at different corners, so thin neighbouring bands do not print over each other.
          label: { position: LABEL_AT[key] },
        },
        { yAxis: to ?? 'max' },
      ]);
    }
  }
  return {
    ...unlabelledOption(ctx, { left: 8, right: 8, top: 16, bottom: 8 }),
    xAxis: categoryAxis(ctx, data.periods),
    yAxis: valueAxis(ctx, 'number', { scale: true }),
    series: [
      {
        name: data.name,
        type: 'line' as const,
        data: data.values,
        symbolSize: 6,
        lineStyle: { width: 2, color: p.series[0] },
        itemStyle: { color: p.series[0] },
        ...sampling(data.values.length),
        markArea: areas.length
          ? {
              silent: true,
              label: { color: p.muted, fontSize: 10 },
              data: areas,
            }
          : undefined,
      },
    ],
  };
}
