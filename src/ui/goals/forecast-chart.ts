// The forecast chart of a linked reach target as plain data (drawn by the lazily loaded registry).
import { monthFromIndex, monthIndex } from '../../core/goals/dates.ts';
import type { TargetEvaluation } from '../../core/goals/evaluate.ts';
import { kpiInfo } from '../../core/metrics/catalogue.ts';
import type { Messages } from '../../i18n/index.ts';
import type { ChartDef, ChartFormat, ValueUnit } from '../charts/types.ts';

/** The chart never runs further than this past the data: a far crossing is said in words. */
const MAX_AHEAD = 36;

export function unitOf(kpi: string): ValueUnit {
  const unit = kpiInfo(kpi)?.unit;
  return unit === 'money' ? 'money' : unit === 'percent' ? 'percent' : 'number';
}

export function forecastChart(
  e: TargetEvaluation,
  target: number,
  t: Messages,
  fmt: ChartFormat,
): ChartDef | null {
  const f = e.forecast;
  if (!f || !e.kpi || !e.recent?.length) return null;
  const first = monthIndex(e.recent[0].month);
  const lastData = monthIndex(e.recent[e.recent.length - 1].month);
  const fitFrom = monthIndex(f.points[0].month);
  const wanted = Math.max(monthIndex(f.dueMonth), f.month ? monthIndex(f.month) : 0, lastData + 1);
  const last = Math.min(wanted, lastData + MAX_AHEAD);
  const byMonth = new Map(e.recent.map((p) => [p.month, p.value]));
  const periods: string[] = [];
  const actual: (number | null)[] = [];
  const projection: (number | null)[] = [];
  for (let x = first; x <= last; x++) {
    const month = monthFromIndex(x);
    periods.push(month);
    actual.push(byMonth.get(month) ?? null);
    projection.push(x >= fitFrom ? f.a + f.b * x : null);
  }
  const unit = unitOf(e.kpi);
  const names = { actual: t.seriesActual, projection: t.seriesProjection, target: t.seriesTarget };
  return {
    id: `forecast-${e.id}`,
    title: t.forecastChart({ kpi: t.kpiName({ id: e.kpi }) }),
    spec: { kind: 'forecast', data: { periods, actual, projection, target, unit, names } },
    table: {
      columns: [t.checkInDate, names.actual, names.projection, names.target],
      rows: periods.map((month, i) => ({
        cells: [month, actual[i], projection[i], target],
        text: [
          fmt.period(month),
          fmt.value(unit, actual[i]),
          fmt.value(unit, projection[i]),
          fmt.value(unit, target),
        ],
      })),
    },
  };
}
