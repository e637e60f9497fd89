// The lazily loaded chart chunk: ECharts core with only what the dashboard draws, and the option
// builders. Nothing in the first paint imports this file.
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
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
  CanvasRenderer,
]);

export { echarts };

export function buildOption(spec: ChartSpec, ctx: BuildContext): echarts.EChartsCoreOption {
  switch (spec.kind) {
    case 'movements':
      return movementsOption(spec.data, ctx);
    case 'series':
      return seriesOption(spec.data, ctx);
    case 'cohort':
      return cohortOption(spec.data, ctx);
    case 'funnel':
      return funnelOption(spec.data, ctx);
    case 'bars':
      return barsOption(spec.data, ctx);
    case 'band':
      return bandOption(spec.data, ctx);
    case 'forecast':
      return forecastOption(spec.data, ctx);
  }
}
