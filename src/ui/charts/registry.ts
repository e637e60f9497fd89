// ECharts core with only what the dashboard draws, and the option builders. It runs in the chart
// worker (src/worker/charts.worker.ts), which renders each chart to SVG: the page never runs it.
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from './types.ts';
import type { BuildContext } from './options/common.ts';
import { bandOption } from './options/band.ts';
import { barsOption } from './options/bars.ts';
import { cohortOption } from './options/cohorts.ts';
import { forecastOption } from './options/forecast.ts';
import { funnelOption } from './options/funnel.ts';
import { movementsOption } from './options/movements.ts';
import { seriesOption } from './options/series.ts';

echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  FunnelChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  MarkAreaComponent,
  SVGRenderer,
]);

export { echarts };

type Builders = {
  [K in ChartSpec['kind']]: (
    data: Extract<ChartSpec, { kind: K }>['data'],
    ctx: BuildContext,
  ) => echarts.EChartsCoreOption;
};

/** One builder per kind of chart; a new kind without one fails to compile. */
const BUILDERS: Builders = {
  movements: movementsOption,
  series: seriesOption,
  cohort: cohortOption,
  funnel: funnelOption,
  bars: barsOption,
  band: bandOption,
  forecast: forecastOption,
};

export function buildOption(spec: ChartSpec, ctx: BuildContext): echarts.EChartsCoreOption {
  // The kind picks the builder typed for its data; TypeScript cannot follow that through the union.
  const build = BUILDERS[spec.kind] as (
    data: ChartSpec['data'],
    ctx: BuildContext,
  ) => echarts.EChartsCoreOption;
  return build(spec.data, ctx);
}
