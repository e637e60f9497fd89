// The chart worker's drawing, run here in Node: the picture and the zones the page's tooltip reads.
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/ui/charts/render.ts';
import { chartRequest, regionAt, tipOf, toggled } from '../../../src/ui/charts/request.ts';
import { chartFormat } from '../../../src/ui/charts/format.ts';
import { readPalette } from '../../../src/ui/charts/palette.ts';
import type { ChartRegion, ChartSpec, TableData } from '../../../src/ui/charts/types.ts';
import { themeTokens } from './css-tokens.ts';

const palette = readPalette((name) => themeTokens('light').get(name) ?? '');
const fmt = chartFormat('USD', (p) => `Month ${p}`, 'en');
const draw = (spec: ChartSpec, width = 800, height = 300) =>
  renderChart(chartRequest(spec, fmt, palette, 'en', { width, height }));

const names = {
  new: 'New',
  reactivation: 'Reactivation',
  expansion: 'Expansion',
  contraction: 'Contraction',
  churned: 'Churned',
  net: 'Net new MRR',
  mrr: 'MRR',
};
const three = [1, 2, 3];
const movements: ChartSpec = {
  kind: 'movements',
  data: {
    periods: ['2025-01', '2025-02', '2025-03'],
    names,
    new: three,
    reactivation: three,
    expansion: three,
    contraction: three,
    churned: three,
    net: three,
    mrr: [100, 110, 120],
  },
};

/** Left to right (or top to bottom), each zone starting where the one before ends. */
function contiguous(regions: ChartRegion[], along: 'x' | 'y'): void {
  const [start, size] = along === 'x' ? (['x', 'w'] as const) : (['y', 'h'] as const);
  for (let i = 1; i < regions.length; i++)
    expect(regions[i][start]).toBeCloseTo(regions[i - 1][start] + regions[i - 1][size], 6);
}

describe('a chart drawn in the worker', () => {
  it('writes the periods as the page names them, and has one zone per period, left to right', () => {
    const { svg, regions } = draw(movements);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Month 2025-02');
    expect(regions.map((r) => r.row)).toEqual([0, 1, 2]);
    contiguous(regions, 'x');
    expect(regions[0].x).toBeGreaterThan(0);
    expect(regions[2].x + regions[2].w).toBeLessThan(800);
    expect(new Set(regions.map((r) => r.h)).size).toBe(1);
  });

  it('puts the first category of horizontal bars at the top', () => {
    const { regions } = draw({
      kind: 'bars',
      data: {
        categories: ['login', 'export', 'invite'],
        values: [90, 40, 10],
        unit: 'percent',
        name: 'Adoption',
      },
    });
    expect(regions.map((r) => r.row)).toEqual([0, 1, 2]);
    expect(regions[0].y).toBeLessThan(regions[1].y);
    contiguous(regions, 'y');
  });

  it('has a zone per cohort cell, naming the table column of its month', () => {
    const { regions } = draw(
      {
        kind: 'cohort',
        data: {
          cohorts: [
            { label: '2025-01', size: 10, values: [100, 80, 70] },
            { label: '2025-02', size: 8, values: [100, 75] },
          ],
        },
      },
      800,
      380,
    );
    expect(regions.map((r) => [r.row, r.column])).toEqual([
      [0, 2],
      [0, 3],
      [0, 4],
      [1, 2],
      [1, 3],
    ]);
    // The first cohort is the top row; month 1 is right of month 0.
    expect(regions[0].y).toBeLessThan(regions[3].y);
    expect(regions[1].x).toBeGreaterThan(regions[0].x);
  });

  it('has a zone per funnel step, top to bottom', () => {
    const { regions } = draw({
      kind: 'funnel',
      data: {
        steps: [
          { name: 'Leads', value: 100 },
          { name: 'PQLs', value: 30 },
          { name: 'Paying', value: 10 },
        ],
      },
    });
    expect(regions.map((r) => r.row)).toEqual([0, 1, 2]);
    expect(regions[0].y + regions[0].h).toBeLessThanOrEqual(regions[1].y);
  });

  it('moves the plot below a legend that wraps, and grows from its third line on', () => {
    const wide = draw(movements, 1100);
    expect(wide.regions[0].y).toBe(40);
    expect(wide.height).toBe(300);
    // Two lines of legend on a laptop's half-width card: the picture keeps its height.
    const half = draw(movements, 560);
    expect(half.regions[0].y).toBeGreaterThan(40);
    expect(half.height).toBe(300);
    // A phone's legend of three or four lines: the picture grows by every line after the second.
    const phone = draw(movements, 280, 150);
    expect(phone.regions[0].y).toBeGreaterThan(40 + 24);
    expect(phone.height).toBe(150 + phone.regions[0].y - 40 - 24);
    expect(phone.regions[0].h).toBeCloseTo(draw(movements, 1100, 150).regions[0].h - 24, 0);
    expect(phone.svg).toContain(`height="${phone.height}"`);
  });
});

describe('a series hidden from the legend', () => {
  const drawnParts = (svg: string, series: number, type: 'chart' | 'legend') =>
    svg.match(
      new RegExp(`ecmeta_series_index="${series}" ecmeta_data_index="\\d+" ecmeta_ssr_type="${type}"`, 'g'),
    )?.length ?? 0;

  it('is gone from the plot and stays in the legend, to be clicked again', () => {
    const shown = draw(movements).svg;
    const hidden = renderChart(
      chartRequest(movements, fmt, palette, 'en', { width: 800, height: 300 }, [0]),
    ).svg;
    expect(drawnParts(shown, 0, 'chart')).toBeGreaterThan(0);
    expect(drawnParts(hidden, 0, 'chart')).toBe(0);
    expect(drawnParts(hidden, 1, 'chart')).toBe(drawnParts(shown, 1, 'chart'));
    expect(drawnParts(hidden, 0, 'legend')).toBeGreaterThan(0);
  });

  it('toggles: a click hides, a second click shows again', () => {
    expect(toggled([], 2)).toEqual([2]);
    expect(toggled([2], 0)).toEqual([0, 2]);
    expect(toggled([0, 2], 2)).toEqual([0]);
  });
});

describe('the tooltip', () => {
  const table: TableData = {
    columns: ['Month', 'New', 'Churned', 'MRR'],
    rows: [
      { cells: ['2025-01', 5, null, 100], text: ['Jan 2025', '$5.00', '', '$100.00'] },
      { cells: ['2025-02', 6, 1, 110], text: ['Feb 2025', '$6.00', '$1.00', '$110.00'] },
    ],
  };
  const regions: ChartRegion[] = [
    { x: 10, y: 0, w: 50, h: 100, row: 0 },
    { x: 60, y: 0, w: 50, h: 100, row: 1 },
  ];

  it('finds the zone under the pointer, and none outside the plot', () => {
    expect(regionAt(regions, 10, 50)?.row).toBe(0);
    expect(regionAt(regions, 60, 50)?.row).toBe(1);
    expect(regionAt(regions, 109.5, 99)?.row).toBe(1);
    expect(regionAt(regions, 5, 50)).toBeNull();
    expect(regionAt(regions, 110, 50)).toBeNull();
  });

  it('says the row of a period: its name, then each value it has', () => {
    expect(tipOf(table, regions[0])).toEqual({
      title: 'Jan 2025',
      lines: [
        { name: 'New', text: '$5.00' },
        { name: 'MRR', text: '$100.00' },
      ],
    });
  });

  it('says one cell of a cohort', () => {
    expect(tipOf(table, { x: 0, y: 0, w: 1, h: 1, row: 1, column: 2 })).toEqual({
      title: 'Feb 2025',
      lines: [{ name: 'Churned', text: '$1.00' }],
    });
  });
});

describe('the request to the worker', () => {
  it('carries the period words and the currency as data, not functions', () => {
    const request = chartRequest(movements, fmt, palette, 'pl', { width: 500, height: 200 });
    expect(request.periodNames).toEqual({
      '2025-01': 'Month 2025-01',
      '2025-02': 'Month 2025-02',
      '2025-03': 'Month 2025-03',
    });
    expect(request.currency).toBe('USD');
    expect(request.lang).toBe('pl');
    expect(structuredClone(request)).toEqual(request);
  });
});
