// Shared pieces of every option: axes and an HTML tooltip whose every user-provided
// string (series names, categories such as plan or event names) is escaped with encodeHTML.
import { format } from 'echarts/core';
import type { ChartFormat, ValueUnit } from '../types.ts';
import type { Palette } from '../palette.ts';

export interface BuildContext {
  /** The colours, read from the page's tokens when the chart is drawn (palette.ts). */
  palette: Palette;
  fmt: ChartFormat;
}

/** Above this many points a line is drawn with LTTB sampling. */
export const LTTB_THRESHOLD = 240;

export const escape = (text: string): string => format.encodeHTML(text);

interface TooltipParam {
  seriesName?: string;
  name?: string;
  marker?: unknown;
  value?: unknown;
  data?: unknown;
  seriesIndex?: number;
}

/**
 * An axis tooltip: the category (period) then one line per series. `unitOf` says how a series'
 * value is written. Everything textual is escaped: names come from files.
 */
export function axisTooltip(
  fmt: ChartFormat,
  unitOf: (seriesIndex: number) => ValueUnit,
  categoryText: (name: string) => string = fmt.period,
) {
  return (raw: unknown): string => {
    const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
    if (!params.length) return '';
    const head = `<strong>${escape(categoryText(String(params[0].name ?? '')))}</strong>`;
    const lines = params.map((p) => {
      const v = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
      const num = typeof v === 'number' && Number.isFinite(v) ? v : null;
      const marker = typeof p.marker === 'string' ? p.marker : '';
      return `${marker}${escape(String(p.seriesName ?? ''))}: <b>${escape(fmt.value(unitOf(p.seriesIndex ?? 0), num))}</b>`;
    });
    return [head, ...lines].join('<br>');
  };
}

export function baseOption(ctx: BuildContext) {
  const p = ctx.palette;
  return {
    backgroundColor: 'transparent',
    color: p.series,
    textStyle: { color: p.text, fontFamily: 'system-ui, sans-serif' },
    animationDuration: 300,
    legend: { top: 0, type: 'scroll' as const, textStyle: { color: p.muted } },
    grid: { left: 8, right: 8, top: 40, bottom: 8 },
  };
}

/** The base of a chart without a legend (one series, or its categories name themselves). */
export function unlabelledOption(
  ctx: BuildContext,
  grid?: { left: number; right: number; top: number; bottom: number },
) {
  return { ...baseOption(ctx), legend: undefined, ...(grid && { grid }) };
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
