// The dashboard's chart specs: their tables (the accessible alternative and the CSV) are built on
// first read, so a new answer redraws the charts without formatting every cell of every table.
import { describe, expect, it } from 'vitest';
import type { WorkspaceMetrics } from '../../../src/core/metrics/types.ts';
import type { Messages } from '../../../src/i18n/index.ts';
import { en } from '../../../src/i18n/messages/en.ts';
import { dashboardCharts } from '../../../src/ui/charts/specs.ts';
import type { ChartFormat } from '../../../src/ui/charts/types.ts';

function counted(): { fmt: ChartFormat; calls: () => number } {
  let n = 0;
  const fmt: ChartFormat = {
    currency: 'USD',
    value: (unit, v) => (n++, v === null ? '—' : `${unit}:${v}`),
    axis: (_unit, v) => String(v),
    period: (p) => (n++, `P${p}`),
  };
  return { fmt, calls: () => n };
}

// The first-screen catalogue holds every word the chart specs use; the areas loaded later do not.
const t = en as unknown as Messages;
const months = ['2025-11', '2025-12'];
const metrics = {
  months,
  values: { arpa: [10, 12], arpu: [null, 11] },
  inputs: {},
  sources: {},
  cohorts: null,
} as unknown as WorkspaceMetrics;

describe('dashboardCharts', () => {
  it('formats a table only when it is read, once, with the values it had when built', () => {
    const { fmt, calls } = counted();
    const charts = dashboardCharts(metrics, metrics, 1, 'Dec 2025', t, fmt);
    const chart = charts.find((c) => c.id === 'revenue-per-account');
    expect(chart).toBeDefined();
    expect(calls()).toBe(0);
    const table = chart!.table;
    // Two periods × (the period + ARPA + ARPU) = 6 cells formatted.
    expect(calls()).toBe(6);
    expect(table.rows.map((r) => r.text)).toEqual([
      ['P2025-11', 'money:10', '—'],
      ['P2025-12', 'money:12', 'money:11'],
    ]);
    expect(table.rows[0].cells).toEqual(['2025-11', 10, null]);
    expect(chart!.table).toBe(table);
    expect(calls()).toBe(6);
  });
});
