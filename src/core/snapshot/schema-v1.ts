// Version 1 of the snapshot document (interfaces.md §3). Frozen: once files of this version exist
// it never narrows; version 2 gets a file of its own and a named step in migrations.ts. A limit
// was widened where the app itself wrote more (a workspace name of any length, a currency column
// spelled out): every file that opened before still opens.
import * as v from 'valibot';
import { AlertRuleSchema, AlertSchema } from '../alerts/model.ts';
import { DATASET_KINDS } from '../datasets/kinds.ts';
import { GoalSchema } from '../goals/model.ts';

const Finite = v.pipe(v.number(), v.finite());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** A currency as a file's column held it, upper-cased: an ISO code, or the name spelled out. */
const Currency = Text(200);
/** JSON has no NaN: a ratio over nothing was written as null and reads back as NaN. */
const NumberOrNaN = v.pipe(
  v.nullable(v.number()),
  v.transform((x) => x ?? NaN),
);

export const SettingsV1 = v.object({
  gross_margin: v.pipe(Finite, v.minValue(0), v.maxValue(1)),
  activation_event: Text(200),
  fx: v.record(Currency, v.pipe(Finite, v.gtValue(0))),
  currency: v.nullable(Currency),
  locale: v.picklist(['en-US', 'en-GB', 'id', 'pl']),
  /** Days after which the newest data point counts as stale (absent in files written before it). */
  staleDays: v.optional(v.pipe(Finite, v.integer(), v.minValue(1), v.maxValue(3650))),
});

/** `YYYY-MM`, `YYYY-Qn` or `YYYY`: the periods of a metrics table. */
const PeriodKey = v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/));
const Month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const Value = v.nullable(Finite);

export const CohortRowV1 = v.object({
  size: Count,
  mrr: Finite,
  logo: v.array(NumberOrNaN),
  revenue: v.array(NumberOrNaN),
});

export const MetricsV1 = v.pipe(
  v.object({
    months: v.array(PeriodKey),
    values: v.record(Text(200), v.array(Value)),
    sources: v.record(Text(200), v.picklist(DATASET_KINDS)),
    inputs: v.record(Text(200), v.array(v.nullable(v.record(Text(200), Value)))),
    cohorts: v.nullable(v.record(Month, CohortRowV1)),
    inProgress: v.boolean(),
  }),
  // A series longer or shorter than the periods would show one month's value under another.
  v.check(
    (m) =>
      Object.values(m.values).every((s) => s.length === m.months.length) &&
      Object.values(m.inputs).every((s) => s.length === m.months.length),
    'every series has one value per period',
  ),
);

/** What the dashboard shows, without a row: months, quarters and years of the whole workspace. */
export const KpisV1 = v.object({ month: MetricsV1, quarter: MetricsV1, year: MetricsV1 });

const Encoded = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));
export const ColumnV1 = v.variant('type', [
  v.object({ name: Text(500), type: v.picklist(['number', 'time']), values: Encoded }),
  v.object({ name: Text(500), type: v.literal('text'), dict: v.array(v.string()), codes: Encoded }),
]);
export const FrameV1 = v.object({ rows: Count, columns: v.array(ColumnV1) });

/** A rejected row's reason (core/datasets/reasons.ts), or the English text of older datasets. */
const Reason = v.union([
  Text(2000),
  v.variant('code', [
    v.object({ code: v.picklist(['quote-unclosed', 'quote-trailing']) }),
    v.object({ code: v.literal('cell-empty'), column: Text(500) }),
    v.object({
      code: v.picklist(['not-number', 'not-date', 'not-month', 'not-interval', 'not-bool', 'not-score']),
      column: Text(500),
      value: Text(500),
    }),
    v.object({ code: v.literal('field-count'), expected: Count, found: Count }),
  ]),
]);

export const DatasetV1 = v.object({
  id: Id,
  kind: v.picklist(DATASET_KINDS),
  name: Text(500),
  fileName: Text(500),
  size: Count,
  hash: Text(200),
  importedAt: Finite,
  encoding: Text(50),
  delimiter: Text(10),
  decimal: v.picklist(['.', ',']),
  dateOrder: v.picklist(['YMD', 'DMY', 'MDY']),
  mapping: v.record(Text(500), v.nullable(Text(500))),
  rowsStored: Count,
  rejected: v.array(v.object({ line: Count, reason: Reason })),
  emptiedOptional: v.optional(Count),
  replacementChars: v.optional(v.boolean()),
  chosen: v.optional(
    v.object({
      decimal: v.optional(v.record(Text(500), v.picklist(['.', ',']))),
      dateOrder: v.optional(v.record(Text(500), v.picklist(['DMY', 'MDY']))),
    }),
  ),
  currencies: v.array(Currency),
  chunks: v.array(FrameV1),
});

const envelope = {
  format: v.literal('yardstick-snapshot'),
  version: v.literal(1),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  app: Text(50),
};
const common = {
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
  settings: SettingsV1,
  goals: v.array(GoalSchema),
  alertRules: v.array(AlertRuleSchema),
};

export const FullV1 = v.object({
  ...envelope,
  scope: v.literal('full'),
  workspace: v.object({
    ...common,
    datasets: v.array(DatasetV1),
    alerts: v.array(AlertSchema),
    /** A workspace of KPI values (saved from a shared snapshot) keeps them here. */
    kpis: v.optional(KpisV1),
  }),
});

export const KpisScopeV1 = v.object({
  ...envelope,
  scope: v.literal('kpis'),
  workspace: v.object({ ...common, kpis: KpisV1 }),
});

export const SnapshotV1 = v.variant('scope', [FullV1, KpisScopeV1]);

export type SnapshotV1 = v.InferOutput<typeof SnapshotV1>;
export type FullSnapshotV1 = v.InferOutput<typeof FullV1>;
export type KpisSnapshotV1 = v.InferOutput<typeof KpisScopeV1>;
export type KpisV1 = v.InferOutput<typeof KpisV1>;
export type DatasetV1 = v.InferOutput<typeof DatasetV1>;
