// A chart drawn as an SVG string, with its hover zones: what the chart worker does for the page.
// ECharts renders server-side (no DOM, no canvas of its own): the page only inserts the picture,
// so a redraw costs the main thread a few ms of parsing instead of ECharts' layout and paint.
import { buildOption, echarts } from './registry.ts';
import { chartFormat } from './format.ts';
import type { ChartPicture, ChartRegion, ChartRequest, ChartSpec } from './types.ts';

type Chart = ReturnType<typeof echarts.init>;

/** The parts of ECharts' model the hover zones are read from (not in its public types). */
interface Internals {
  getModel(): {
    getComponent(
      type: string,
      index?: number,
    ): ({ coordinateSystem?: { getRect(): Rect } } & object) | undefined;
    getSeriesByIndex(
      index: number,
    ): { getData(): { count(): number; getItemLayout(i: number): unknown } } | undefined;
  };
  getViewOfComponentModel(model: object): { group: { getBoundingRect(): Rect } } | undefined;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept between a legend and the plot below it. */
const LEGEND_GAP = 12;
/** The height of a line of legend entries (ECharts' 14 px icons and their gap). */
const LEGEND_LINE = 24;

export function renderChart(request: ChartRequest): ChartPicture {
  const fmt = chartFormat(request.currency, (p) => request.periodNames[p] ?? p, request.lang);
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: request.width,
    height: request.height,
  });
  try {
    const option = buildOption(request.spec, { palette: request.palette, fmt });
    hideSeries(option, request.hidden ?? []);
    chart.setOption(option);
    const height = request.height + fitLegend(chart, option);
    if (height !== request.height) chart.resize({ width: request.width, height });
    return {
      svg: chart.renderToSVGString(),
      regions: regionsOf(chart, request.spec),
      width: request.width,
      height,
    };
  } finally {
    chart.dispose();
  }
}

/**
 * A legend that wraps onto more lines (a phone, long plan names) pushes the plot down instead of
 * covering it: the picture has no scrolling legend to page through. The picture keeps its height
 * for one more line of legend (a laptop's half-width card) and grows by every line after that (a
 * phone's legend takes four), so the plot keeps its height. Returns how much taller it must be.
 */
function fitLegend(chart: Chart, option: Record<string, unknown>): number {
  const grid = option.grid as { top?: number } | undefined;
  const inner = chart as unknown as Internals;
  const legend = inner.getModel().getComponent('legend');
  if (!legend || typeof grid?.top !== 'number') return 0;
  const legendHeight = inner.getViewOfComponentModel(legend)?.group.getBoundingRect().height ?? 0;
  const top = Math.ceil(legendHeight + LEGEND_GAP);
  if (top <= grid.top) return 0;
  chart.setOption({ grid: { top } });
  return Math.max(0, top - grid.top - LEGEND_LINE);
}

/** The series hidden by a click on their legend entry: greyed in the legend, gone from the plot. */
function hideSeries(option: Record<string, unknown>, hidden: readonly number[]): void {
  const series = option.series as { name?: string }[] | undefined;
  const legend = option.legend as Record<string, unknown> | undefined;
  if (!legend || !series || !hidden.length) return;
  const selected: Record<string, boolean> = {};
  for (const i of hidden) {
    const name = series[i]?.name;
    if (name !== undefined) selected[name] = false;
  }
  option.legend = { ...legend, selected };
}

/** Where each table row of the chart is drawn: a column of a time chart, a bar, a step, a cell. */
function regionsOf(chart: Chart, spec: ChartSpec): ChartRegion[] {
  const model = (chart as unknown as Internals).getModel();
  if (spec.kind === 'funnel') return funnelRegions(model);
  const rect = model.getComponent('grid', 0)?.coordinateSystem?.getRect();
  if (!rect) return [];
  switch (spec.kind) {
    case 'movements':
    case 'series':
    case 'band':
    case 'forecast':
      return axisBands(chart, rect, 'x', spec.data.periods.length).map(([from, to], row) => ({
        x: from,
        y: rect.y,
        w: to - from,
        h: rect.height,
        row,
      }));
    case 'bars':
      return axisBands(chart, rect, 'y', spec.data.categories.length).map(([from, to], row) => ({
        x: rect.x,
        y: from,
        w: rect.width,
        h: to - from,
        row,
      }));
    case 'cohort': {
      const width = Math.max(0, ...spec.data.cohorts.map((c) => c.values.length));
      const xs = axisBands(chart, rect, 'x', width);
      const ys = axisBands(chart, rect, 'y', spec.data.cohorts.length);
      // The table's columns are the cohort, its size, then month 0, 1, …
      return spec.data.cohorts.flatMap((c, row) =>
        c.values.map((_, k) => ({
          x: xs[k][0],
          y: ys[row][0],
          w: xs[k][1] - xs[k][0],
          h: ys[row][1] - ys[row][0],
          row,
          column: 2 + k,
        })),
      );
    }
  }
}

function funnelRegions(model: ReturnType<Internals['getModel']>): ChartRegion[] {
  const data = model.getSeriesByIndex(0)?.getData();
  if (!data) return [];
  const out: ChartRegion[] = [];
  for (let i = 0; i < data.count(); i++) {
    const points = (data.getItemLayout(i) as { points?: number[][] } | undefined)?.points;
    if (!points?.length) continue;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    out.push({ x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y, row: i });
  }
  return out;
}

/** The span of each category of the grid's x or y axis, from low to high pixels. */
function axisBands(chart: Chart, rect: Rect, axis: 'x' | 'y', count: number): [number, number][] {
  const finder = axis === 'x' ? 'xAxisIndex' : 'yAxisIndex';
  const coord = axis === 'x' ? 0 : 1;
  const centres: number[] = [];
  for (let i = 0; i < count; i++) {
    const pixel = chart.convertToPixel({ [finder]: 0 }, i) as unknown;
    centres.push(Array.isArray(pixel) ? Number(pixel[coord]) : Number(pixel));
  }
  return axis === 'x'
    ? bands(centres, rect.x, rect.x + rect.width)
    : bands(centres, rect.y, rect.y + rect.height);
}

/**
 * Each centre's band: from halfway to the previous centre to halfway to the next, the first and
 * last reaching the plot's edges. Centres may run either way (an inverted axis).
 */
function bands(centres: number[], start: number, end: number): [number, number][] {
  if (!centres.length) return [];
  const down = centres.length > 1 && centres[1] < centres[0];
  const [lo, hi] = down ? [end, start] : [start, end];
  return centres.map((c, i) => {
    const from = i === 0 ? lo : (centres[i - 1] + c) / 2;
    const to = i === centres.length - 1 ? hi : (c + centres[i + 1]) / 2;
    return down ? [Math.min(from, to), Math.max(from, to)] : [from, to];
  });
}
