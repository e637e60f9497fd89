// A chart the worker draws: its picture when it is drawn, and a message in its place when the
// worker could not draw it (never "Loading charts…" for ever, nor an older picture of other data).
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { locale } from '../../src/state/locale.svelte.ts';
import type { ChartDef, ChartPicture, ChartRequest } from '../../src/ui/charts/types.ts';
import { chartFormat } from '../../src/ui/charts/format.ts';

const drawChart = vi.fn<(request: ChartRequest) => Promise<ChartPicture>>();
vi.mock('../../src/ui/charts/chart-worker.ts', () => ({ drawChart: (r: ChartRequest) => drawChart(r) }));
const { default: ChartPanel } = await import('../../src/ui/charts/ChartPanel.svelte');

function def(values: number[]): ChartDef {
  return {
    id: 'mrr',
    title: 'MRR',
    spec: {
      kind: 'series',
      data: {
        periods: ['2025-01', '2025-02'],
        series: [{ name: 'MRR', values, type: 'line', unit: 'money' }],
      },
    },
    table: {
      columns: ['Month', 'MRR'],
      rows: values.map((v, i) => ({ cells: [`2025-0${i + 1}`, v], text: [`2025-0${i + 1}`, String(v)] })),
    },
  };
}

const picture = (label: string): ChartPicture => ({
  svg: `<svg><text>${label}</text></svg>`,
  regions: [],
  width: 600,
  height: 300,
});

// jsdom lays nothing out: the panel gets a width to draw at.
beforeEach(() => {
  locale.set('en');
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
  drawChart.mockReset();
});
afterEach(() => {
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

const fmt = chartFormat('USD', (p) => p, 'en');

describe('chart panel', () => {
  it('shows the picture the worker drew', async () => {
    drawChart.mockResolvedValue(picture('drawn'));
    const { container } = render(ChartPanel, { def: def([10, 20]), fmt });
    await vi.waitFor(() => expect(container.querySelector('.picture text')?.textContent).toBe('drawn'));
    expect(screen.queryByTestId('chart-failed')).toBeNull();
  });

  it('says the chart could not be drawn, in place of the picture, when the worker fails', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    drawChart.mockResolvedValueOnce(picture('old data'));
    const { container, rerender } = render(ChartPanel, { def: def([10, 20]), fmt });
    await vi.waitFor(() => expect(container.querySelector('.picture')).not.toBeNull());
    drawChart.mockRejectedValueOnce(new Error('ECharts failed'));
    await rerender({ def: def([30, 40]), fmt });
    const message = await screen.findByTestId('chart-failed');
    expect(message).toHaveTextContent('This chart could not be drawn. Its numbers are in its table.');
    expect(container.querySelector('.picture')).toBeNull();
    expect(screen.queryByText('Loading charts…')).toBeNull();
    errors.mockRestore();
  });

  it('draws again after a failure, and the message goes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    drawChart.mockRejectedValueOnce(new Error('ECharts failed'));
    const { container, rerender } = render(ChartPanel, { def: def([10, 20]), fmt });
    await screen.findByTestId('chart-failed');
    drawChart.mockResolvedValueOnce(picture('new data'));
    await rerender({ def: def([30, 40]), fmt });
    await vi.waitFor(() => expect(container.querySelector('.picture text')?.textContent).toBe('new data'));
    expect(screen.queryByTestId('chart-failed')).toBeNull();
    vi.mocked(console.error).mockRestore();
  });
});
