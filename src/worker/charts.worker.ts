// The chart worker: ECharts runs here, never on the page. Each message is one chart to draw; the
// answer is its SVG and hover zones (src/ui/charts/render.ts). The page sends one at a time.
import { echarts } from '../ui/charts/registry.ts';
import { renderChart } from '../ui/charts/render.ts';
import type { ChartPicture, ChartRequest } from '../ui/charts/types.ts';

export type ChartJob = { id: number; request: ChartRequest };
export type ChartAnswer = { id: number; picture: ChartPicture } | { id: number; error: string };

// Axis labels and the legend are laid out from measured text: a worker has no document to make
// a canvas from, but it has OffscreenCanvas, with the same system fonts as the page.
echarts.setPlatformAPI({
  createCanvas: () => new OffscreenCanvas(1, 1) as unknown as HTMLCanvasElement,
});

self.onmessage = (e: MessageEvent<ChartJob>) => {
  const { id, request } = e.data;
  let answer: ChartAnswer;
  try {
    answer = { id, picture: renderChart(request) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
