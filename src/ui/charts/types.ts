// Chart inputs as plain data: built on the main thread from metrics.result (no ECharts here), then
// turned into ECharts options by the builders of ./options, which load lazily with ECharts itself.

import type { Lang } from '../../i18n/index.ts';
import type { Palette } from './palette.ts';

export type Theme = 'light' | 'dark';
export type ValueUnit = 'money' | 'percent' | 'number';
export type Cell = string | number | null;

/** Localised formatting the builders use for axes and tooltips. */
export interface ChartFormat {
  currency: string;
  value: (unit: ValueUnit, v: number | null) => string;
  /** Short axis label of a value (no cents). */
  axis: (unit: ValueUnit, v: number) => string;
  period: (label: string) => string;
}

export interface SeriesDef {
  name: string;
  values: (number | null)[];
  type: 'line' | 'bar';
  unit: ValueUnit;
  /** 0 = left axis, 1 = right axis. */
  axis?: 0 | 1;
  /** Bars with the same stack name are drawn on top of each other. */
  stack?: string;
}

export interface MovementsData {
  periods: string[];
  names: {
    new: string;
    reactivation: string;
    expansion: string;
    contraction: string;
    churned: string;
    net: string;
    mrr: string;
  };
  new: (number | null)[];
  reactivation: (number | null)[];
  expansion: (number | null)[];
  contraction: (number | null)[];
  churned: (number | null)[];
  net: (number | null)[];
  mrr: (number | null)[];
}

export interface CohortData {
  cohorts: { label: string; size: number; values: number[] }[];
}

export interface FunnelData {
  steps: { name: string; value: number }[];
}

export interface BarsData {
  categories: string[];
  values: (number | null)[];
  unit: ValueUnit;
  name: string;
}

export interface BandData {
  periods: string[];
  name: string;
  values: (number | null)[];
  band: { better: 'higher' | 'lower'; good: number; bad: number } | null;
  bandNames: { good: string; watch: string; bad: string };
}

/** A goal's KPI with its trend projected (dashed) and the target as a flat line. */
export interface ForecastData {
  periods: string[];
  actual: (number | null)[];
  projection: (number | null)[];
  target: number;
  unit: ValueUnit;
  names: { actual: string; projection: string; target: string };
}

export type ChartSpec =
  | { kind: 'movements'; data: MovementsData }
  | { kind: 'series'; data: { periods: string[]; series: SeriesDef[] } }
  | { kind: 'cohort'; data: CohortData }
  | { kind: 'funnel'; data: FunnelData }
  | { kind: 'bars'; data: BarsData }
  | { kind: 'band'; data: BandData }
  | { kind: 'forecast'; data: ForecastData };

/** The accessible alternative and CSV of a chart: raw values, with the formatted text beside them. */
export interface TableData {
  columns: string[];
  rows: { cells: Cell[]; text: string[] }[];
}

export interface ChartDef {
  id: string;
  title: string;
  spec: ChartSpec;
  table: TableData;
}

/** What the chart worker draws a chart from: plain data only, since it crosses to the worker. */
export interface ChartRequest {
  spec: ChartSpec;
  palette: Palette;
  lang: Lang;
  currency: string;
  /** How each period label the chart writes reads (the page's `fmt.period`, applied ahead). */
  periodNames: Record<string, string>;
  width: number;
  height: number;
  /** Series a click on their legend entry hid (by index). */
  hidden?: number[];
}

/** A hover zone of a drawn chart, in its pixels: the table row it stands for, or one cell of it. */
export interface ChartRegion {
  x: number;
  y: number;
  w: number;
  h: number;
  row: number;
  column?: number;
}

/** A drawn chart: the SVG the worker rendered, its size, and where each of its table rows is. */
export interface ChartPicture {
  svg: string;
  regions: ChartRegion[];
  width: number;
  /** The height asked for, or more when the legend needed lines of its own. */
  height: number;
}
