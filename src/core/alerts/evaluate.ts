// Rule evaluation over a month series (metrics.md §16): which months a rule fires in, and the
// months its alerts are raised and resolved. Pure: the worker, the form's live preview and the
// report command all call this.
import type { Change, Condition, Threshold } from './model.ts';
import { above, atLeast, atMost, below } from '../metrics/compare.ts';

export type MonthValue = number | null;

/** What a rule needs to be evaluated: its condition and N. */
export interface RuleShape {
  condition: Condition;
  forMonths: number;
}

export interface Evaluation {
  /** Firing state per month of the series. */
  firing: boolean[];
  /** Indices of months where an alert is raised (fires, and did not fire the month before). */
  raised: number[];
  /** Indices of months where a firing rule stops firing. */
  resolved: number[];
}

function meetsThreshold(c: Threshold, v: number): boolean {
  switch (c.op) {
    case '>':
      return above(v, c.value);
    case '>=':
      return atLeast(v, c.value);
    case '<':
      return below(v, c.value);
    case '<=':
      return atMost(v, c.value);
  }
}

function meetsChange(c: Change, v: number, previous: MonthValue): boolean {
  if (previous === null) return false;
  // Levels a person set, compared noise aside: a fall of 9.999999999999998 % is a fall of 10 %.
  if (c.minValue !== null && !atLeast(Math.abs(v), c.minValue)) return false;
  const step = c.direction === 'rises_by' ? v - previous : previous - v;
  if (!c.percent) return atLeast(step, c.by);
  // Percent of a zero base is undefined, as rates with a zero denominator are (§4). A negative
  // base counts by its size, so "rises by 10 %" from −100 means reaching −90 or more.
  if (previous === 0) return false;
  const pct = (step / Math.abs(previous)) * 100;
  return atLeast(pct, c.by);
}

/** Whether month k meets the rule's condition; a null value never does. */
export function meetsCondition(condition: Condition, values: readonly MonthValue[], k: number): boolean {
  const v = values[k];
  if (v === null || v === undefined || !Number.isFinite(v)) return false;
  if (condition.type === 'threshold') return meetsThreshold(condition, v);
  const previous = k > 0 ? (values[k - 1] ?? null) : null;
  return meetsChange(condition, v, previous !== null && Number.isFinite(previous) ? previous : null);
}

/** A firing threshold rule with a recovery level stops only on the good side of it. */
function recovers(c: Threshold, r: number, v: number): boolean {
  return c.op === '>' || c.op === '>=' ? atMost(v, r) : atLeast(v, r);
}

/** The firing state of every month and the months alerts are raised and resolved in (§16). */
export function evaluateRule(rule: RuleShape, values: readonly MonthValue[]): Evaluation {
  const n = Math.max(1, Math.floor(rule.forMonths));
  const c = rule.condition;
  const recoverAt = c.type === 'threshold' ? c.recoverAt : null;
  const firing: boolean[] = [];
  const raised: number[] = [];
  const resolved: number[] = [];
  let run = 0;
  let was = false;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    const holds = meetsCondition(c, values, k);
    run = holds ? run + 1 : 0;
    let now: boolean;
    if (!was) now = run >= n;
    else if (v === null || v === undefined || !Number.isFinite(v)) now = true;
    else if (recoverAt !== null && c.type === 'threshold') now = !recovers(c, recoverAt, v);
    else now = holds;
    if (now && !was) raised.push(k);
    if (!now && was) resolved.push(k);
    firing.push(now);
    was = now;
  }
  return { firing, raised, resolved };
}

/** The same evaluation with months named: what the report command prints and the preview lists. */
export function firedMonths(
  rule: RuleShape,
  months: readonly string[],
  values: readonly MonthValue[],
): { raised: string[]; resolved: string[] } {
  const e = evaluateRule(rule, values);
  return { raised: e.raised.map((k) => months[k]), resolved: e.resolved.map((k) => months[k]) };
}
