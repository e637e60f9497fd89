// A goal judged at its date d (§11): every target's value, progress, status and the numbers that
// say why, the goal's status and progress, and the forecast of linked reach targets.
import { kpiInfo } from '../metrics/catalogue.ts';
import { dayEnd, dayStart, monthEnd, monthOf } from './dates.ts';
import { forecast, FORECAST_MONTHS, type Forecast } from './forecast.ts';
import type { Goal, Override, Status, Target } from './model.ts';
import {
  goalStatus,
  keepStatus,
  paceStatus,
  reachProgress,
  tasksProgress,
  wayOf,
  type KeepDirection,
} from './rules.ts';
import {
  enteredMonths,
  latestCheckIn,
  linkedMonths,
  recentMonths,
  type KpiData,
  type MonthValue,
} from './values.ts';

/** What decided a target's status, with the numbers the words need. */
export type Why =
  | { code: 'before_start' }
  | { code: 'no_value' }
  | { code: 'complete' }
  | { code: 'pace'; expected: number; behind: number; afterDue: boolean }
  | {
      code: 'keep';
      month: string;
      value: number;
      threshold: number;
      direction: KeepDirection;
      holds: boolean;
      /** Failing months with a value in a row, ending at `month`. */
      failing: number;
      /** Holding months of the months with a value, from the start month to month(d). */
      held: number;
      counted: number;
      afterDue: boolean;
    };

export interface TargetEvaluation {
  id: string;
  kind: Target['kind'];
  kpi: string | null;
  /** The status the rules give. */
  computed: Status;
  /** What is shown: the status set by hand, else the computed one. */
  status: Status;
  override: Override | null;
  progress: number;
  /** The current value (reach: v; keep: the latest month's value), null when none. */
  current: number | null;
  /** Month of a linked or kept value, or the date of the check-in it came from. */
  currentAt: string | null;
  why: Why;
  forecast: Forecast | null;
  /** A linked target's KPI over the last months up to month(d), for the forecast chart. */
  recent: MonthValue[] | null;
}

export interface GoalEvaluation {
  id: string;
  status: Status;
  progress: number;
  /** The instant the goal is judged at. */
  d: number;
  /** 'data': the end of the data's latest month (every target linked); 'today' otherwise. */
  basis: 'data' | 'today';
  targets: TargetEvaluation[];
}

const isLinked = (t: Target): boolean => (t.kind === 'reach' || t.kind === 'keep') && t.kpi !== null;

/** d of §11: E(latest month of data) when every target is linked, else today. */
export function judgeDate(goal: Goal, data: KpiData, today: number): { d: number; basis: 'data' | 'today' } {
  const latest = data.months[data.months.length - 1];
  if (latest && goal.targets.every(isLinked)) return { d: monthEnd(latest), basis: 'data' };
  return { d: today, basis: 'today' };
}

const CHART_MONTHS = 12;

function evaluateTarget(target: Target, goal: Goal, data: KpiData, d: number): TargetEvaluation {
  const start = dayStart(goal.start);
  const due = dayEnd(goal.due);
  const startMonth = goal.start.slice(0, 7);
  const dMonth = monthOf(d);
  const base = {
    id: target.id,
    kind: target.kind,
    kpi: target.kind === 'reach' || target.kind === 'keep' ? target.kpi : null,
    override: target.override,
    forecast: null,
    recent: null,
  };
  const result = (
    computed: Status,
    progress: number,
    current: number | null,
    currentAt: string | null,
    why: Why,
  ) => ({
    ...base,
    computed,
    status: target.override?.status ?? computed,
    progress,
    current,
    currentAt,
    why,
  });
  const kpi = base.kpi;
  const recent = kpi ? recentMonths(data, kpi, dMonth, CHART_MONTHS) : null;

  if (target.kind === 'keep') {
    const months = kpi
      ? linkedMonths(data, kpi, startMonth, dMonth)
      : enteredMonths(target.checkIns, d, startMonth, dMonth);
    const k = keepStatus(months, target.direction, target.threshold, d, due);
    const latest = k.latest;
    const out = result(
      d < start ? 'not_started' : k.status,
      k.progress,
      latest?.value ?? null,
      latest?.month ?? null,
      d < start
        ? { code: 'before_start' }
        : latest
          ? {
              code: 'keep',
              month: latest.month,
              value: latest.value,
              threshold: target.threshold,
              direction: target.direction,
              holds: k.failing === 0,
              failing: k.failing,
              held: k.held,
              counted: k.counted,
              afterDue: k.afterDue,
            }
          : { code: 'no_value' },
    );
    return { ...out, recent };
  }

  let progress: number;
  let current: number | null = null;
  let currentAt: string | null = null;
  let fc: Forecast | null = null;
  if (target.kind === 'reach') {
    const way = wayOf(target.from, target.to, kpiInfo(kpi ?? '')?.direction === 'down' ? 'down' : 'up');
    if (kpi) {
      const months = linkedMonths(data, kpi, startMonth, dMonth);
      const last = months[months.length - 1];
      if (last) [current, currentAt] = [last.value, last.month];
      const points = recentMonths(data, kpi, dMonth, FORECAST_MONTHS);
      fc = forecast(points, target.to, way, dMonth, goal.due.slice(0, 7), current);
    } else {
      const c = latestCheckIn(target.checkIns, d);
      if (c) [current, currentAt] = [c.value, c.date];
    }
    progress = current === null ? 0 : reachProgress(target.from, target.to, current, way);
  } else progress = target.kind === 'done' ? (target.done ? 1 : 0) : tasksProgress(target.tasks);

  const withForecast = (e: TargetEvaluation): TargetEvaluation => ({ ...e, forecast: fc, recent });
  if (d < start)
    return withForecast(result('not_started', progress, current, currentAt, { code: 'before_start' }));
  if (kpi && current === null)
    return withForecast(result('not_started', progress, null, null, { code: 'no_value' }));
  const pace = paceStatus(progress, d, start, due);
  const why: Why =
    pace.status === 'complete'
      ? { code: 'complete' }
      : { code: 'pace', expected: pace.expected, behind: pace.behind, afterDue: pace.afterDue };
  return withForecast(result(pace.status, progress, current, currentAt, why));
}

/** A goal judged at its d; `today` is the caller's clock (core never reads it). */
export function evaluateGoal(goal: Goal, data: KpiData, today: number): GoalEvaluation {
  const { d, basis } = judgeDate(goal, data, today);
  const targets = goal.targets.map((t) => evaluateTarget(t, goal, data, d));
  return {
    id: goal.id,
    status: goalStatus(targets.map((t) => t.status)),
    progress: targets.reduce((sum, t) => sum + t.progress, 0) / targets.length,
    d,
    basis,
    targets,
  };
}
