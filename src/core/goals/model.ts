// The stored shape of goals and targets (metrics.md §11): plain JSON, validated on every read
// (Dexie, snapshots), so a damaged or hostile record never reaches the status rules.
import * as v from 'valibot';

export const STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'complete'] as const;
export type Status = (typeof STATUSES)[number];

/** `YYYY-MM-DD`: start and due dates, check-in dates. */
export const IsoDay = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
const Finite = v.pipe(v.number(), v.finite());
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const StatusSchema = v.picklist(STATUSES);

/** A dated value typed by a person, with an optional note. */
export const CheckInSchema = v.object({ date: IsoDay, value: Finite, note: Text(500) });

/** A status set by hand on the board, until it is cleared. */
export const OverrideSchema = v.object({ status: StatusSchema, reason: Text(500), at: Finite });

const base = {
  id: Id,
  /** The target's own name; shown when it is not linked to a KPI. */
  name: Text(200),
  override: v.nullable(OverrideSchema),
};

export const ReachTargetSchema = v.object({
  ...base,
  kind: v.literal('reach'),
  /** A KPI id of the catalogue, or null for a value entered by hand. */
  kpi: v.nullable(Text(200)),
  from: Finite,
  to: Finite,
  checkIns: v.array(CheckInSchema),
});

export const KeepTargetSchema = v.object({
  ...base,
  kind: v.literal('keep'),
  kpi: v.nullable(Text(200)),
  direction: v.picklist(['at_least', 'at_most']),
  threshold: Finite,
  checkIns: v.array(CheckInSchema),
});

export const DoneTargetSchema = v.object({ ...base, kind: v.literal('done'), done: v.boolean() });

export const TaskSchema = v.object({ id: Id, text: Text(500), done: v.boolean() });
export const TasksTargetSchema = v.object({ ...base, kind: v.literal('tasks'), tasks: v.array(TaskSchema) });

export const TargetSchema = v.variant('kind', [
  ReachTargetSchema,
  KeepTargetSchema,
  DoneTargetSchema,
  TasksTargetSchema,
]);

/** One change of a target's shown status, computed or set by hand. */
export const HistoryEntrySchema = v.object({
  /** When the change was recorded (epoch ms). */
  at: Finite,
  targetId: Id,
  from: v.nullable(StatusSchema),
  to: StatusSchema,
  cause: v.picklist(['computed', 'manual', 'reset']),
  /** What was judged: the import or settings change, or the reason given on the board. */
  note: Text(500),
});

export const GoalSchema = v.object({
  id: Id,
  workspaceId: Id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  owner: Text(200),
  description: Text(2000),
  start: IsoDay,
  due: IsoDay,
  archived: v.boolean(),
  createdAt: Finite,
  updatedAt: Finite,
  targets: v.pipe(v.array(TargetSchema), v.minLength(1)),
  history: v.array(HistoryEntrySchema),
});

export type CheckIn = v.InferOutput<typeof CheckInSchema>;
export type Override = v.InferOutput<typeof OverrideSchema>;
export type ReachTarget = v.InferOutput<typeof ReachTargetSchema>;
export type KeepTarget = v.InferOutput<typeof KeepTargetSchema>;
export type DoneTarget = v.InferOutput<typeof DoneTargetSchema>;
export type TasksTarget = v.InferOutput<typeof TasksTargetSchema>;
export type Task = v.InferOutput<typeof TaskSchema>;
export type Target = v.InferOutput<typeof TargetSchema>;
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;
export type Goal = v.InferOutput<typeof GoalSchema>;

/** A stored goal, or null when it does not have the shape of one. */
export function readGoal(value: unknown): Goal | null {
  const r = v.safeParse(GoalSchema, value);
  return r.success ? r.output : null;
}
