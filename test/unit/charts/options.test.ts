// Option builders run headless: ECharts renders them server-side (SVG) in Node.
import { describe, expect, it } from 'vitest';
import { use, init } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { buildOption } from '../../../src/ui/charts/registry.ts';
import { LTTB_THRESHOLD, type BuildContext } from '../../../src/ui/charts/options/common.ts';
import { movementsOption } from '../../../src/ui/charts/options/movements.ts';
import { seriesOption } from '../../../src/ui/charts/options/series.ts';
import { barsOption } from '../../../src/ui/charts/options/bars.ts';
import { bandOption } from '../../../src/ui/charts/options/band.ts';
import { cohortOption } from '../../../src/ui/charts/options/cohorts.ts';
import { chartFormat } from '../../../src/ui/charts/format.ts';
import type { ChartSpec } from '../../../src/ui/charts/types.ts';
import { readPalette } from '../../../src/ui/charts/palette.ts';
import { themeTokens } from './css-tokens.ts';

use([SVGRenderer]);

const EVIL = '<img src=x onerror=alert(1)>';
const palette = (theme: 'light' | 'dark') => readPalette((name) => themeTokens(theme).get(name) ?? '');
const ctx: BuildContext = { palette: palette('light'), fmt: chartFormat('USD', (p) => `P ${p}`) };

function render(option: object): { svg: string; option: Record<string, unknown> } {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 400 });
  chart.setOption(option as Record<string, unknown>);
  const out = { svg: chart.renderToSVGString(), option: chart.getOption() as Record<string, unknown> };
  chart.dispose();
  return out;
}

const movements = {
  periods: ['2025-01', '2025-02', '2025-03'],
  names: {
    new: 'New',
    reactivation: 'Re',
    expansion: 'Exp',
    contraction: 'Con',
    churned: 'Churn',
    net: 'Net',
    mrr: 'MRR',
  },
  new: [100, 50, 20],
  reactivation: [0, 10, null],
  expansion: [5, 15, 25],
  contraction: [3, 4, 5],
  churned: [10, 20, 30],
  net: [92, 51, 10],
  mrr: [1000, 1051, 1061],
};

describe('MRR movements', () => {
  it('stacks gains above zero and losses below, with net new MRR as a line', () => {
    const option = movementsOption(movements, ctx);
    const series = option.series as { name: string; type: string; stack?: string; data: (number | null)[] }[];
    const byName = Object.fromEntries(series.map((s) => [s.name, s]));
    for (const n of ['New', 'Re', 'Exp']) {
      expect(byName[n].type).toBe('bar');
      expect(byName[n].stack).toBe('up');
      expect(byName[n].data.every((v) => v === null || v >= 0)).toBe(true);
    }
    expect(byName.Con.data).toEqual([-3, -4, -5]);
    expect(byName.Churn.data).toEqual([-10, -20, -30]);
    expect(byName.Con.stack).toBe('down');
    expect(byName.Net.type).toBe('line');
    expect(byName.Net.data).toEqual([92, 51, 10]);
    expect(byName.Re.data[2]).toBeNull();
    const { svg } = render(option);
    expect(svg).toContain('<svg');
    expect(svg).toContain('P 2025-02');
  });

  it('writes the axes for the language and currency', () => {
    const pl: BuildContext = { palette: palette('dark'), fmt: chartFormat('PLN', (p) => p, 'pl') };
    const { svg } = render(movementsOption({ ...movements, mrr: [100_000, 120_000, 140_000] }, pl));
    // Polish groups thousands with a (non-breaking) space and writes the złoty after the amount.
    expect(svg).toMatch(/120\s000\szł/);
  });
});

describe('LTTB sampling', () => {
  const long = Array.from({ length: LTTB_THRESHOLD * 4 }, (_, i) => Math.sin(i / 10) * 100);
  const periods = long.map((_, i) => `p${i}`);

  it('samples long lines with LTTB and leaves short ones alone', () => {
    const option = seriesOption(
      { periods, series: [{ name: 'Users', values: long, type: 'line', unit: 'number' }] },
      ctx,
    );
    expect((option.series[0] as { sampling?: string }).sampling).toBe('lttb');
    const short = seriesOption(
      {
        periods: periods.slice(0, 24),
        series: [{ name: 'Users', values: long.slice(0, 24), type: 'line', unit: 'number' }],
      },
      ctx,
    );
    expect((short.series[0] as { sampling?: string }).sampling).toBeUndefined();
    expect(render(option).svg).toContain('<path');
  });

  it('samples the long MRR lines too', () => {
    const n = long.length;
    const option = movementsOption(
      {
        ...movements,
        periods,
        new: long,
        reactivation: long,
        expansion: long,
        contraction: long,
        churned: long,
        net: long,
        mrr: long,
      },
      ctx,
    );
    const lines = (option.series as { type: string; sampling?: string }[]).filter((s) => s.type === 'line');
    expect(lines.map((s) => s.sampling)).toEqual(['lttb', 'lttb']);
    expect(n).toBeGreaterThan(LTTB_THRESHOLD);
  });
});

// The picture is put into the page as markup: names from files must come out as text.
describe('pictures escape user strings', () => {
  const escaped = (svg: string) => {
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x');
  };

  it('escapes an event name used as a bar category', () => {
    escaped(
      render(
        barsOption(
          { categories: [EVIL, 'login'], values: [12.5, 90], unit: 'percent', name: 'Adoption' },
          ctx,
        ),
      ).svg,
    );
  });

  it('escapes a plan name used as a series name', () => {
    escaped(
      render(
        seriesOption(
          { periods: ['2025-01'], series: [{ name: EVIL, values: [5], type: 'line', unit: 'money' }] },
          ctx,
        ),
      ).svg,
    );
  });

  it('escapes cohort labels', () => {
    const label = chartFormat('USD', (p) => p);
    escaped(
      render(
        cohortOption({ cohorts: [{ label: EVIL, size: 3, values: [100, 66.7] }] }, { ...ctx, fmt: label }),
      ).svg,
    );
  });
});

describe('balance-sheet bands', () => {
  it('shades good, watch and bad as mark areas', () => {
    const option = bandOption(
      {
        periods: ['2025-03', '2025-06'],
        name: 'Current ratio',
        values: [1.5, 2.4],
        band: { better: 'higher', good: 2, bad: 1 },
        bandNames: { good: 'Good', watch: 'Watch', bad: 'Bad' },
      },
      ctx,
    );
    const areas = (
      option.series[0] as unknown as {
        markArea: { data: [{ name: string; yAxis: unknown }, { yAxis: unknown }][] };
      }
    ).markArea.data;
    expect(areas.map((a) => [a[0].name, a[0].yAxis, a[1].yAxis])).toEqual([
      ['Good', 2, 'max'],
      ['Watch', 1, 2],
      ['Bad', 'min', 1],
    ]);
    expect(render(option).svg).toContain('Good');
  });
});

describe('registry', () => {
  it('builds every kind of spec', () => {
    const specs: ChartSpec[] = [
      { kind: 'movements', data: movements },
      {
        kind: 'series',
        data: { periods: ['a'], series: [{ name: 'x', values: [1], type: 'bar', unit: 'number' }] },
      },
      {
        kind: 'funnel',
        data: {
          steps: [
            { name: 'Leads', value: 10 },
            { name: 'Paying', value: 2 },
          ],
        },
      },
      { kind: 'bars', data: { categories: ['a'], values: [1], unit: 'number', name: 'n' } },
    ];
    for (const spec of specs) expect(render(buildOption(spec, ctx)).svg).toContain('<svg');
  });
});

describe('goal forecast', () => {
  it('draws the actual line, a dashed projection and the target, with escaped names', async () => {
    const { forecastOption } = await import('../../../src/ui/charts/options/forecast.ts');
    const option = forecastOption(
      {
        periods: ['2025-01', '2025-02', '2025-03'],
        actual: [10, 20, null],
        projection: [10, 20, 30],
        target: 25,
        unit: 'money',
        names: { actual: EVIL, projection: 'Projection', target: 'Target' },
      },
      ctx,
    );
    const series = option.series;
    expect(series.map((s) => s.lineStyle.type ?? 'solid')).toEqual(['solid', 'dashed', 'solid']);
    expect(series[2].data).toEqual([25, 25, 25]);
    const { svg } = render(option);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img');
  });
});

describe('value axes', () => {
  /** The value axis's labels in the picture, top to bottom. */
  const axisLabels = (svg: string, pattern: RegExp) =>
    [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).filter((t) => pattern.test(t));

  it.each([
    ['money', [0.4, 1.1, 1.8], /zł/],
    ['percent', [0.2, 0.9, 1.6], /%/],
    ['number', [0.02, 0.06, 0.11], /^[\d,.\s]+$/],
  ] as const)('gives no two ticks the same label when %s values are small', (unit, values, pattern) => {
    const pl: BuildContext = { ...ctx, fmt: chartFormat('PLN', (p) => p, 'pl') };
    const { svg } = render(
      seriesOption(
        {
          periods: ['2025-01', '2025-02', '2025-03'],
          series: [{ name: 'S', values: [...values], type: 'line', unit }],
        },
        pl,
      ),
    );
    const labels = axisLabels(svg, pattern);
    expect(labels.length).toBeGreaterThan(2);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('writes whole ticks without decimals', () => {
    const fmt = chartFormat('USD', (p) => p, 'en');
    expect(fmt.axis('money', 2000)).toBe('$2,000');
    expect(fmt.axis('money', 0.5)).toBe('$0.50');
    expect(fmt.axis('percent', 40)).toBe('40%');
    expect(fmt.axis('percent', 0.5)).toBe('0.5%');
    expect(fmt.axis('number', 0.05)).toBe('0.05');
    expect(fmt.axis('number', 3)).toBe('3');
  });
});
