// Shared pieces of every option: theme colours, axes and an HTML tooltip whose every user-provided
// string (series names, categories such as plan or event names) is escaped with encodeHTML.
import { format } from 'echarts/core';
import type { ChartFormat, Theme, ValueUnit } from '../types.ts';

export interface Palette {
  text: string;
  muted: string;
  grid: string;
  series: string[];
  positive: string[];
  negative: string[];
  line: string;
  bands: { good: string; watch: string; bad: string };
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    text: '#17202b',
    muted: '#4f5b6b',
    grid: '#e3e7ec',
    series: ['#1f5f9e', '#2e8b57', '#b3373d', '#8a5300', '#6b4fa0', '#0f7b8a'],
    positive: ['#1f5f9e', '#6a9fd4', '#2e8b57'],
    negative: ['#d08a2d', '#b3373d'],
    line: '#17202b',
    bands: { good: 'rgba(46,139,87,0.12)', watch: 'rgba(208,138,45,0.14)', bad: 'rgba(179,55,61,0.12)' },
  },
  dark: {
    text: '#e7ebf0',
    muted: '#a3aebc',
    grid: '#2b3542',
    series: ['#8cbcf0', '#7fd6a1', '#ff9b97', '#f0b35e', '#c3a9f0', '#6fd3df'],
    positive: ['#8cbcf0', '#b5d3f5', '#7fd6a1'],
    negative: ['#f0b35e', '#ff9b97'],
    line: '#e7ebf0',
    bands: { good: 'rgba(127,214,161,0.14)', watch: 'rgba(240,179,94,0.16)', bad: 'rgba(255,155,151,0.14)' },
  },
};

export interface BuildContext {
  theme: Theme;
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
  const p = PALETTES[ctx.theme];
  return {
    backgroundColor: 'transparent',
    color: p.series,
    textStyle: { color: p.text, fontFamily: 'system-ui, sans-serif' },
    animationDuration: 300,
    legend: { top: 0, type: 'scroll' as const, textStyle: { color: p.muted } },
    grid: { left: 8, right: 8, top: 40, bottom: 8 },
  };
}

export function categoryAxis(ctx: BuildContext, periods: string[]) {
  const p = PALETTES[ctx.theme];
  return {
    type: 'category' as const,
    data: periods,
    axisLabel: { color: p.muted, formatter: (v: string) => ctx.fmt.period(v), hideOverlap: true },
    axisLine: { lineStyle: { color: p.grid } },
    axisTick: { show: false },
  };
}

export function valueAxis(ctx: BuildContext, unit: ValueUnit, extra: Record<string, unknown> = {}) {
  const p = PALETTES[ctx.theme];
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
