// Rules and alerts in words, with their numbers written in the KPI's unit.
import type { Alert, AlertRule, Condition, Op } from '../../core/alerts/model.ts';
import type { MonthSeries } from '../../core/alerts/plan.ts';
import { alertWords } from '../../core/alerts/words.ts';
import { kpiInfo } from '../../core/metrics/catalogue.ts';
import { formatMonth, formatNumber, formatPercent } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/index.ts';
import { formatValue } from '../dashboard/model.ts';
import type { FieldError } from './rule-draft.ts';

/** A level in the KPI's own unit: `5 %` for churn, `$500.00` for CAC. */
export function level(kpi: string, value: number | null, currency: string): string {
  return formatValue(kpi, value, currency);
}

/** What the number typed beside a rule field means: `%`, `USD`, `days`, … */
export function unitText(t: Messages, kpi: string, currency: string, percentOfPrevious = false): string {
  if (percentOfPrevious) return t.unitPercentOfPrevious;
  switch (kpiInfo(kpi)?.unit) {
    case 'money':
      return currency;
    case 'percent':
      // The percent sign reads the same in every interface language.
      return '%';
    case 'days':
      return t.unitDays;
    case 'count':
      return t.unitCount;
    default:
      return t.unitRatio;
  }
}

function changeAmount(c: Extract<Condition, { type: 'change' }>, kpi: string, currency: string): string {
  return c.percent ? formatPercent(c.by, { maximumFractionDigits: 2 }) : level(kpi, c.by, currency);
}

/** A threshold rule and its alerts in words, by the rule's comparison. */
const OP_KEYS = {
  '>': { rule: 'ruleAbove', alert: 'alertAbove' },
  '>=': { rule: 'ruleAtLeast', alert: 'alertAtLeast' },
  '<': { rule: 'ruleBelow', alert: 'alertBelow' },
  '<=': { rule: 'ruleAtMost', alert: 'alertAtMost' },
} as const satisfies Record<Op, { rule: keyof Messages; alert: keyof Messages }>;

/** What an error of a rule field says (the number's example in the interface language). */
export function fieldErrorText(t: Messages, e: FieldError): string {
  const words: Record<FieldError, () => string> = {
    number: () => t.formNumberInvalid({ example: numberExample() }),
    positive: () => t.formByInvalid,
    months: () => t.formForInvalid,
    'recover-above': () => t.formRecoverAbove,
    'recover-below': () => t.formRecoverBelow,
  };
  return words[e]();
}

/** A rule in one line: "Customer churn rate above 7% for 2 months in a row". */
export function ruleText(
  t: Messages,
  rule: Pick<AlertRule, 'kpi' | 'condition' | 'forMonths'>,
  currency: string,
): string {
  const kpi = t.kpiName({ id: rule.kpi });
  const c = rule.condition;
  let text: string;
  if (c.type === 'threshold') {
    const at = { kpi, level: level(rule.kpi, c.value, currency) };
    text = t[OP_KEYS[c.op].rule](at);
    if (c.recoverAt !== null) text += t.ruleRecover({ level: level(rule.kpi, c.recoverAt, currency) });
  } else {
    const by = changeAmount(c, rule.kpi, currency);
    text = c.direction === 'rises_by' ? t.ruleRises({ kpi, by }) : t.ruleFalls({ kpi, by });
    if (c.minValue !== null) text += t.ruleMin({ min: level(rule.kpi, c.minValue, currency) });
  }
  return text + t.ruleFor({ n: rule.forMonths });
}

/** An alert in words: what happened, in which month, with the numbers. */
export function alertText(
  t: Messages,
  rule: AlertRule,
  alert: Alert,
  series: MonthSeries | null,
  currency: string,
): string {
  const w = alertWords(rule, alert, series);
  const kpi = t.kpiName({ id: rule.kpi });
  const month = formatMonth(alert.month);
  const value = level(rule.kpi, w.value, currency);
  const inARow = w.forMonths > 1 ? ' ' + t.alertInARow({ n: w.forMonths }) : '';
  if (w.kind === 'threshold') {
    if (w.state === 'resolved') {
      return w.recoverAt !== null
        ? t.alertRecovered({ kpi, value, month, level: level(rule.kpi, w.recoverAt, currency) })
        : t.alertResolved({ kpi, value, month });
    }
    const at = { kpi, value, month, level: level(rule.kpi, w.threshold, currency) };
    return t[OP_KEYS[w.op].alert](at) + inARow;
  }
  if (w.state === 'resolved') return t.alertResolved({ kpi, value, month });
  if (w.delta === null || w.previous === null) return t.alertChanged({ kpi, value, month }) + inARow;
  const size = Math.abs(w.delta);
  const change =
    w.percent && w.percentChange !== null
      ? formatPercent(Math.abs(w.percentChange), { maximumFractionDigits: 1 })
      : level(rule.kpi, size, currency);
  const previous = level(rule.kpi, w.previous, currency);
  const said =
    w.delta >= 0
      ? t.alertRose({ kpi, value, month, change, previous })
      : t.alertFell({ kpi, value, month, change, previous });
  return said + inARow;
}

/** The months of the live preview: "Mar 2024, Aug 2024, Nov 2025". */
export function monthList(months: readonly string[]): string {
  return months.map((m) => formatMonth(m, { style: 'short' })).join(', ');
}

/** An example number in the interface language's writing, for a field's error. */
export function numberExample(): string {
  return formatNumber(12.5, { maximumFractionDigits: 1 });
}
