// What the page sends the chart worker for one chart, and how it reads the answer under a pointer.
import type { Lang } from '../../i18n/index.ts';
import type { Palette } from './palette.ts';
import type { ChartFormat, ChartRegion, ChartRequest, ChartSpec, TableData } from './types.ts';

/** The period labels a chart writes (its categories, a cohort's first month). */
function periodsOf(spec: ChartSpec): string[] {
  switch (spec.kind) {
    case 'movements':
    case 'series':
    case 'band':
    case 'forecast':
      return spec.data.periods;
    case 'cohort':
      return spec.data.cohorts.map((c) => c.label);
    case 'funnel':
    case 'bars':
      return [];
  }
}

export function chartRequest(
  spec: ChartSpec,
  fmt: ChartFormat,
  palette: Palette,
  lang: Lang,
  size: { width: number; height: number },
  hidden: readonly number[] = [],
): ChartRequest {
  // The page's period words are functions of its messages; the worker gets them applied.
  const periodNames: Record<string, string> = {};
  for (const p of periodsOf(spec)) periodNames[p] = fmt.period(p);
  return { spec, palette, lang, currency: fmt.currency, periodNames, ...size, hidden: [...hidden] };
}

/**
 * The series whose legend entry an event's target belongs to: ECharts marks every part of an
 * entry of a rendered picture with `ecmeta_ssr_type="legend"` and the series' index.
 */
export function legendSeriesAt(target: EventTarget | null): number | null {
  const entry = target instanceof Element ? target.closest('[ecmeta_ssr_type="legend"]') : null;
  const index = Number(entry?.getAttribute('ecmeta_series_index') ?? NaN);
  return Number.isInteger(index) ? index : null;
}

/** The hidden series after a click on the legend entry of `index`: hidden, or shown again. */
export function toggled(hidden: readonly number[], index: number): number[] {
  return hidden.includes(index)
    ? hidden.filter((i) => i !== index)
    : [...hidden, index].sort((a, b) => a - b);
}

/** The zone under a point of the picture (in the pixels it was drawn at), if any. */
export function regionAt(regions: readonly ChartRegion[], x: number, y: number): ChartRegion | null {
  for (const r of regions) if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h) return r;
  return null;
}

export interface Tip {
  title: string;
  lines: { name: string; text: string }[];
}

/**
 * What the tooltip of a zone says, from the chart's own table: its first cell as the title, then
 * the zone's cell, or every other cell of its row that has a value.
 */
export function tipOf(table: TableData, region: ChartRegion): Tip | null {
  const row = table.rows[region.row];
  if (!row) return null;
  const columns =
    region.column !== undefined ? [region.column] : table.columns.map((_, i) => i).filter((i) => i > 0);
  return {
    title: row.text[0] ?? '',
    lines: columns
      .filter((i) => (row.text[i] ?? '') !== '')
      .map((i) => ({ name: table.columns[i] ?? '', text: row.text[i] })),
  };
}
