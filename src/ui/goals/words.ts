// The words of goals: status names, a target's name and values, and why it has its status, with
// the numbers (metrics.md §11). Pure: takes the catalogue, so tests run it in any language.
import type { TargetEvaluation } from '../../core/goals/evaluate.ts';
import type { Status, Target } from '../../core/goals/model.ts';
import { kpiInfo } from '../../core/metrics/catalogue.ts';
import type { Messages } from '../../i18n/index.ts';
import { formatDate, formatMonth, formatNumber, formatPercent } from '../../i18n/format.ts';
import { formatValue } from '../dashboard/model.ts';

export const STATUS_KEYS = {
  not_started: 'statusNotStarted',
  on_track: 'statusOnTrack',
  at_risk: 'statusAtRisk',
  off_track: 'statusOffTrack',
  complete: 'statusComplete',
} as const satisfies Record<Status, keyof Messages>;

export function statusName(t: Messages, status: Status): string {
  return t[STATUS_KEYS[status]];
}

/** The KPI's name when linked, else the target's own name. */
export function targetName(t: Messages, target: Target): string {
  const kpi = target.kind === 'reach' || target.kind === 'keep' ? target.kpi : null;
  if (kpi) return t.kpiName({ id: kpi });
  return target.name || t.targetLabel;
}

/** A value of a target in its KPI's unit (plain numbers when entered by hand). */
export function targetValue(target: Target, value: number | null, currency: string): string {
  const kpi = target.kind === 'reach' || target.kind === 'keep' ? target.kpi : null;
  if (kpi && kpiInfo(kpi)) return formatValue(kpi, value, currency);
  return formatNumber(value, { maximumFractionDigits: 2 });
}

/** What the target aims at: "50,000", "at most 3%", "done", "3 of 5 tasks done". */
export function targetAim(t: Messages, target: Target, currency: string): string {
  switch (target.kind) {
    case 'reach':
      return targetValue(target, target.to, currency);
    case 'keep':
      return t.keepLabel({
        dir: target.direction === 'at_least' ? t.dirAtLeast : t.dirAtMost,
        value: targetValue(target, target.threshold, currency),
      });
    case 'done':
      return target.done ? t.doneYes : t.doneNo;
    case 'tasks':
      return t.tasksDone({ done: target.tasks.filter((x) => x.done).length, all: target.tasks.length });
  }
}

const points = (x: number) => formatNumber(Math.abs(x), { maximumFractionDigits: 0 });
const pct = (share: number) => formatPercent(share * 100, { maximumFractionDigits: 0 });

/** Why a target has its computed status, in words with the numbers. */
export function whyText(
  t: Messages,
  target: Target,
  e: TargetEvaluation,
  start: string,
  currency: string,
): string {
  const why = e.why;
  switch (why.code) {
    case 'before_start':
      return t.whyBeforeStart({ date: formatDate(start) });
    case 'no_value':
      return t.whyNoValue;
    case 'complete':
      return t.whyComplete;
    case 'pace': {
      if (why.afterDue) return t.whyAfterDue({ done: pct(e.progress) });
      const args = { done: pct(e.progress), gone: pct(why.expected) };
      return why.behind > 0
        ? t.whyBehind({ behind: points(why.behind), ...args })
        : t.whyAhead({ ahead: points(why.behind), ...args });
    }
    case 'keep': {
      const words = {
        kpi: targetName(t, target),
        value: targetValue(target, why.value, currency),
        month: formatMonth(why.month),
        threshold: targetValue(target, why.threshold, currency),
      };
      return why.holds
        ? t.whyKeepHolds({ ...words, above: why.direction === 'at_least' })
        : t.whyKeepFails({ ...words, above: why.direction === 'at_most', run: why.failing });
    }
  }
}
