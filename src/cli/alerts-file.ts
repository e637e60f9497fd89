// `--alerts rules.json` of the report command: rules read from a file, evaluated over every month
// of the whole workspace with the app's own evaluation (metrics.md §16).
import * as v from 'valibot';
import { firedMonths, type MonthValue, type RuleShape } from '../core/alerts/evaluate.ts';
import { ConditionSchema } from '../core/alerts/model.ts';
import type { WorkspaceMetrics } from '../core/metrics/types.ts';
import { UsageError } from './args.ts';

export interface AlertsReportEntry {
  /** The rule as the file gave it. */
  rule: unknown;
  raised: string[];
  resolved: string[];
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * One rule in the stored shape (`{kpi, condition: {...}, forMonths}`) or written flat with the
 * spec's names (`{kpi, type, op, value, recover_at, for_months}`,
 * `{kpi, type, direction, by, percent, min_value, for_months}`).
 */
function readRule(raw: unknown, at: number): RuleShape & { kpi: string } {
  const where = `alerts: rule ${at + 1}`;
  if (!isRecord(raw)) throw new UsageError(`${where} must be an object`);
  if (typeof raw.kpi !== 'string' || raw.kpi === '') throw new UsageError(`${where}: kpi must be a KPI id`);
  const pick = (...names: string[]) => names.map((n) => raw[n]).find((x) => x !== undefined);
  const c = isRecord(raw.condition) ? raw.condition : raw;
  const cond = (...names: string[]) => names.map((n) => c[n]).find((x) => x !== undefined);
  const candidate =
    cond('type') === 'change'
      ? {
          type: 'change',
          direction: cond('direction'),
          by: cond('by'),
          percent: cond('percent') ?? false,
          minValue: cond('minValue', 'min_value') ?? null,
        }
      : {
          type: cond('type') ?? 'threshold',
          op: cond('op'),
          value: cond('value', 'threshold'),
          recoverAt: cond('recoverAt', 'recover_at') ?? null,
        };
  const parsed = v.safeParse(ConditionSchema, candidate);
  if (!parsed.success)
    throw new UsageError(
      `${where}: ${parsed.issues[0].message} at ${v.getDotPath(parsed.issues[0]) ?? 'condition'}`,
    );
  const forMonths = pick('forMonths', 'for_months') ?? 1;
  if (typeof forMonths !== 'number' || !Number.isInteger(forMonths) || forMonths < 1)
    throw new UsageError(`${where}: for_months must be a whole number ≥ 1`);
  return { kpi: raw.kpi, condition: parsed.output, forMonths };
}

/** The rules of a rules file: an array, or an object with a `rules` array. */
export function parseAlertRules(json: unknown): { raw: unknown; rule: RuleShape & { kpi: string } }[] {
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.rules) ? json.rules : null;
  if (!list) throw new UsageError('alerts file must hold an array of rules (or {"rules": [...]})');
  return list.map((raw, i) => ({ raw, rule: readRule(raw, i) }));
}

export function alertsReport(
  rules: ReturnType<typeof parseAlertRules>,
  metrics: WorkspaceMetrics,
): AlertsReportEntry[] {
  return rules.map(({ raw, rule }) => {
    const values: readonly MonthValue[] = metrics.values[rule.kpi] ?? metrics.months.map(() => null);
    return { rule: raw, ...firedMonths(rule, metrics.months, values) };
  });
}
