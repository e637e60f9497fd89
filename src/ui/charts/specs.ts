// The dashboard's charts as plain data (no ECharts): what each chart draws and its table.
import type { WorkspaceMetrics } from '../../core/metrics/types.ts';
import type { Messages } from '../../i18n/index.ts';
import type { Cell, ChartDef, ChartFormat, ChartSpec, SeriesDef, TableData, ValueUnit } from './types.ts';

type Values = (number | null)[];

/**
 * A chart whose table (every value formatted as text) is built when first read: the table view
 * and the CSV are opened rarely, and formatting every cell of every chart on each new answer was
 * most of the work of drawing the dashboard again after a segment or period change.
 */
function chart(id: string, title: string, spec: ChartSpec, table: () => TableData): ChartDef {
  let made: TableData | undefined;
  return {
    id,
    title,
    spec,
    get table() {
      return (made ??= table());
    },
  };
}

function seriesTable(
  periods: string[],
  series: { name: string; values: Values; unit: ValueUnit }[],
  t: Messages,
  fmt: ChartFormat,
): TableData {
  return {
    columns: [t.periodColumn, ...series.map((s) => s.name)],
    rows: periods.map((p, i) => ({
      cells: [p, ...series.map((s) => s.values[i] ?? null)] as Cell[],
      text: [fmt.period(p), ...series.map((s) => fmt.value(s.unit, s.values[i] ?? null))],
    })),
  };
}

function seriesChart(
  id: string,
  title: string,
  periods: string[],
  series: SeriesDef[],
  t: Messages,
  fmt: ChartFormat,
): ChartDef {
  return chart(id, title, { kind: 'series', data: { periods, series } }, () =>
    seriesTable(periods, series, t, fmt),
  );
}

const has = (m: WorkspaceMetrics, id: string) => (m.values[id] ?? []).some((v) => v !== null);

/**
 * Responses per period by group, from the inputs of `nps` (metrics.md §7). A period without
 * responses has no bar rather than a bar of zero.
 */
export function npsParts(m: WorkspaceMetrics): Record<'promoters' | 'passives' | 'detractors', Values> {
  const rows = m.months.map((_, i) => m.inputs.nps?.[i] ?? null);
  const part = (key: 'promoters' | 'passives' | 'detractors') =>
    rows.map((r) => (r && (r.responses ?? 0) > 0 ? (r[key] ?? null) : null));
  return { promoters: part('promoters'), passives: part('passives'), detractors: part('detractors') };
}

/** Time-series charts over the periods of `m`; the funnel and adoption of period `index`. */
export function dashboardCharts(
  m: WorkspaceMetrics,
  monthly: WorkspaceMetrics,
  index: number,
  periodText: string,
  t: Messages,
  fmt: ChartFormat,
): ChartDef[] {
  const v = (id: string): Values => m.values[id] ?? m.months.map(() => null);
  const name = (id: string) => t.kpiName({ id });
  const periods = m.months;
  const out: ChartDef[] = [];

  if (has(m, 'mrr')) {
    const keys = [
      'new_mrr',
      'reactivation_mrr',
      'expansion_mrr',
      'contraction_mrr',
      'churned_mrr',
      'net_new_mrr',
      'mrr',
    ];
    out.push(
      chart(
        'mrr',
        t.chartMrr,
        {
          kind: 'movements',
          data: {
            periods,
            names: {
              new: name('new_mrr'),
              reactivation: name('reactivation_mrr'),
              expansion: name('expansion_mrr'),
              contraction: name('contraction_mrr'),
              churned: name('churned_mrr'),
              net: name('net_new_mrr'),
              mrr: name('mrr'),
            },
            new: v('new_mrr'),
            reactivation: v('reactivation_mrr'),
            expansion: v('expansion_mrr'),
            contraction: v('contraction_mrr'),
            churned: v('churned_mrr'),
            net: v('net_new_mrr'),
            mrr: v('mrr'),
          },
        },
        () =>
          seriesTable(
            periods,
            keys.map((k) => ({ name: name(k), values: v(k), unit: 'money' as const })),
            t,
            fmt,
          ),
      ),
    );
  }
  // Two KPIs of one unit as lines, drawn when either has a value unless told otherwise.
  const linePair = (
    id: string,
    title: string,
    ids: [string, string],
    unit: ValueUnit,
    shown = ids.some((k) => has(m, k)),
  ) => {
    if (!shown) return;
    const series = ids.map((k): SeriesDef => ({ name: name(k), values: v(k), type: 'line', unit }));
    out.push(seriesChart(id, title, periods, series, t, fmt));
  };
  linePair('revenue-per-account', t.chartRevenuePerAccount, ['arpa', 'arpu'], 'money');
  if (has(m, 'customers'))
    out.push(
      seriesChart(
        'customers',
        t.chartCustomers,
        periods,
        [
          { name: name('customers'), values: v('customers'), type: 'bar', unit: 'number' },
          {
            name: name('customer_churn_rate'),
            values: v('customer_churn_rate'),
            type: 'line',
            unit: 'percent',
            axis: 1,
          },
        ],
        t,
        fmt,
      ),
    );
  linePair('retention', t.chartRetention, ['nrr', 'grr'], 'percent');
  const cohorts = monthly.cohorts ? Object.entries(monthly.cohorts) : [];
  if (cohorts.length) {
    for (const which of ['logo', 'revenue'] as const) {
      const width = Math.max(...cohorts.map(([, c]) => c[which].length));
      out.push(
        chart(
          `cohort-${which}`,
          which === 'logo' ? t.chartCohortLogo : t.chartCohortRevenue,
          {
            kind: 'cohort',
            data: {
              cohorts: cohorts.map(([label, c]) => ({ label, size: c.size, values: c[which] })),
            },
          },
          () => ({
            columns: [
              t.cohortColumn,
              t.cohortSize,
              ...Array.from({ length: width }, (_, k) => t.cohortMonth({ k })),
            ],
            rows: cohorts.map(([label, c]) => ({
              cells: [label, c.size, ...Array.from({ length: width }, (_, k) => c[which][k] ?? null)],
              text: [
                fmt.period(label),
                fmt.value('number', c.size),
                ...Array.from({ length: width }, (_, k) =>
                  c[which][k] === undefined ? '' : fmt.value('percent', c[which][k]),
                ),
              ],
            })),
          }),
        ),
      );
    }
  }
  if (has(m, 'leads') && index >= 0) {
    const converted = m.inputs.lead_conversion_rate?.[index]?.converted_leads ?? null;
    const steps = [
      { name: name('leads'), value: v('leads')[index] ?? 0 },
      { name: name('pqls'), value: v('pqls')[index] ?? 0 },
      { name: t.funnelPaying, value: converted ?? 0 },
    ];
    out.push(
      chart('funnel', t.chartFunnel({ period: periodText }), { kind: 'funnel', data: { steps } }, () => ({
        columns: [t.funnelStep, t.funnelCount],
        rows: steps.map((s) => ({ cells: [s.name, s.value], text: [s.name, fmt.value('number', s.value)] })),
      })),
    );
  }
  if (has(m, 'nps'))
    out.push(
      seriesChart(
        'nps',
        t.chartNps,
        periods,
        [{ name: name('nps'), values: v('nps'), type: 'line', unit: 'number' }],
        t,
        fmt,
      ),
    );
  if (has(m, 'nps')) {
    const parts = npsParts(m);
    out.push(
      seriesChart(
        'nps-distribution',
        t.chartNpsDistribution,
        periods,
        [
          { name: t.npsPromoters, values: parts.promoters, type: 'bar', unit: 'number', stack: 'nps' },
          { name: t.npsPassives, values: parts.passives, type: 'bar', unit: 'number', stack: 'nps' },
          { name: t.npsDetractors, values: parts.detractors, type: 'bar', unit: 'number', stack: 'nps' },
        ],
        t,
        fmt,
      ),
    );
  }
  linePair('active-users', t.chartActive, ['mau', 'avg_dau'], 'number', has(m, 'mau'));
  const adoption = Object.keys(m.values).filter((id) => id.startsWith('feature_adoption:'));
  if (adoption.length && index >= 0) {
    const categories = adoption.map((id) => id.slice('feature_adoption:'.length));
    const values = adoption.map((id) => m.values[id][index] ?? null);
    out.push(
      chart(
        'adoption',
        t.chartAdoption({ period: periodText }),
        { kind: 'bars', data: { categories, values, unit: 'percent', name: t.adoptionColumn } },
        () => ({
          columns: [t.eventColumn, t.adoptionColumn],
          rows: categories.map((c, i) => ({
            cells: [c, values[i]],
            text: [c, fmt.value('percent', values[i])],
          })),
        }),
      ),
    );
  }
  return out;
}

export const RATIO_IDS = [
  'current_ratio',
  'quick_ratio',
  'debt_to_equity',
  'equity_ratio',
  'interest_coverage',
];

/** One chart per balance-sheet ratio over the months that have one, its bands shaded. */
export function ratioCharts(
  m: WorkspaceMetrics,
  bands: Record<string, { better: 'higher' | 'lower'; good: number; bad: number } | undefined>,
  t: Messages,
  fmt: ChartFormat,
): ChartDef[] {
  const rows = m.months.map((_, i) => i).filter((i) => RATIO_IDS.some((id) => m.values[id]?.[i] != null));
  const periods = rows.map((i) => m.months[i]);
  return RATIO_IDS.filter((id) => m.values[id]).map((id) => {
    const values = rows.map((i) => m.values[id][i]);
    const name = t.kpiName({ id });
    const b = bands[id];
    return chart(
      `ratio-${id}`,
      t.chartRatio({ name }),
      {
        kind: 'band' as const,
        data: {
          periods,
          name,
          values,
          band: b ? { better: b.better, good: b.good, bad: b.bad } : null,
          bandNames: { good: t.bandGood, watch: t.bandWatch, bad: t.bandBad },
        },
      },
      () => seriesTable(periods, [{ name, values, unit: 'number' }], t, fmt),
    );
  });
}
