// The stored shape of alert rules and raised alerts (metrics.md §16): plain JSON, validated on
// every read (Dexie, snapshots).
import * as v from 'valibot';

const Finite = v.pipe(v.number(), v.finite());
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const Month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));

export const OPS = ['>', '>=', '<', '<='] as const;
export type Op = (typeof OPS)[number];

export const ThresholdSchema = v.object({
  type: v.literal('threshold'),
  op: v.picklist(OPS),
  value: Finite,
  /** Once firing, the rule stays firing until a month on the good side of this (null: none). */
  recoverAt: v.nullable(Finite),
});

export const ChangeSchema = v.object({
  type: v.literal('change'),
  direction: v.picklist(['rises_by', 'falls_by']),
  /** In the KPI's unit, or percent of the previous value when `percent`. */
  by: Finite,
  percent: v.boolean(),
  /** The condition also needs |v| ≥ this (null: no minimum). */
  minValue: v.nullable(Finite),
});

export const ConditionSchema = v.variant('type', [ThresholdSchema, ChangeSchema]);

export const AlertRuleSchema = v.object({
  id: Id,
  workspaceId: Id,
  kpi: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  condition: ConditionSchema,
  forMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
  paused: v.boolean(),
  /** Raises nothing up to and including this day (null: not snoozed by date). */
  snoozedUntil: v.nullable(IsoDay),
  /** Raises nothing until the next import has been evaluated. */
  snoozedUntilImport: v.boolean(),
  createdAt: Finite,
  updatedAt: Finite,
});

export const AlertSchema = v.object({
  /** `<rule id>|<month>|<state>`: the same rule, month and state is never stored twice. */
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  workspaceId: Id,
  ruleId: Id,
  kpi: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  month: Month,
  state: v.picklist(['raised', 'resolved']),
  /** The KPI's value that month, for the words. */
  value: v.nullable(Finite),
  createdAt: Finite,
  read: v.boolean(),
});

export type Threshold = v.InferOutput<typeof ThresholdSchema>;
export type Change = v.InferOutput<typeof ChangeSchema>;
export type Condition = v.InferOutput<typeof ConditionSchema>;
export type AlertRule = v.InferOutput<typeof AlertRuleSchema>;
export type Alert = v.InferOutput<typeof AlertSchema>;

export function alertId(ruleId: string, month: string, state: Alert['state']): string {
  return `${ruleId}|${month}|${state}`;
}
