// Shared pieces of every option: the base, the axes, sampling. The chart is a picture (an SVG
// rendered in the chart worker): hover and the tooltip are the page's own (ChartPanel).
import type { ChartFormat, ValueUnit } from '../types.ts';
import type { Palette } from '../palette.ts';

export interface BuildContext {
  /** The colours, read from the page's tokens when the chart is drawn (palette.ts). */
  palette: Palette;
  fmt: ChartFormat;
}

/**
 * Where axis labels must fit: the picture, less a few pixels below. ECharts keeps a label's box
 * (its font size high) inside; the descenders of month names below the plot fall out of it.
 */
export const LABEL_ROOM = { left: 0, right: 0, top: 0, bottom: 4 };

/** Above this many points a line is drawn with LTTB sampling. */
export const LTTB_THRESHOLD = 240;

export function baseOption(ctx: BuildContext) {
  const p = ctx.palette;
  return {
    backgroundColor: 'transparent',
    color: p.series,
    textStyle: { color: p.text, fontFamily: 'system-ui, sans-serif' },
    // A picture rendered once in the worker: nothing to animate.
    animation: false,
    legend: { top: 0, textStyle: { color: p.muted } },
    grid: { left: 8, right: 8, top: 40, bottom: 8, outerBounds: LABEL_ROOM },
  };
}

/** The base of a chart without a legend (one series, or its categories name themselves). */
export function unlabelledOption(
  ctx: BuildContext,
  grid?: { left: number; right: number; top: number; bottom: number },
) {
  return {
    ...baseOption(ctx),
    legend: undefined,
    ...(grid && { grid: { ...grid, outerBounds: LABEL_ROOM } }),
  };
}

export function categoryAxis(ctx: BuildContext, periods: string[]) {
  const p = ctx.palette;
  return {
    type: 'category' as const,
    data: periods,
    axisLabel: { color: p.muted, formatter: (v: string) => ctx.fmt.period(v), hideOverlap: true },
    axisLine: { lineStyle: { color: p.grid } },
    axisTick: { show: false },
  };
}

export function valueAxis(ctx: BuildContext, unit: ValueUnit, extra: Record<string, unknown> = {}) {
  const p = ctx.palette;
  return {
    type: 'value' as const,
    axisLabel: { color: p.muted, formatter: (v: number) => ctx.fmt.axis(unit, v) },
    splitLine: { lineStyle: { color: p.grid } },
    ...extra,
  };
}

/** `sampling: 'lttb'` on long lines only; short ones keep every point. */
export function sampling(length: number): { sampling?: 'lttb' } {
  return length > LTTB_THRESHOLD ? { sampling: 'lttb' } : {};
}
