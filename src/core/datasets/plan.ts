// What to read from which column and how to store it, decided once per file from the kind, the
// mapping and the per-column conventions; the normaliser only executes it.

import type { Decimal } from '../locale/numbers.ts';
import type { DateOrder, DayMonth } from '../locale/dates.ts';
import type { DatasetKind } from './kinds.ts';
import { FIELD_TYPES } from './kinds.ts';
import { CANCELED_AT, headerKey, wideCostCategory } from './synonyms.ts';

export type Role =
  | 'id'
  | 'text'
  | 'lower'
  | 'upper'
  | 'time'
  | 'month'
  | 'number'
  | 'bool'
  | 'interval'
  | 'count'
  | 'score'
  | 'category'
  | 'aux-time';

export interface PlannedColumn {
  /** Header index, or -1 for a column synthesised without a source (interval_count). */
  index: number;
  header: string;
  /** Stored column name: the canonical field, or the header text for custom columns. */
  name: string;
  role: Role;
  required: boolean;
  decimal: Decimal;
  /** How `a/b/yyyy` values are read. */
  order: DayMonth;
  /** The order shown to the user (YMD when the column has no day/month values). */
  report: DateOrder;
}

export interface WideCost {
  index: number;
  header: string;
  category: 'sales' | 'marketing' | 'other';
  decimal: Decimal;
}

export interface Plan {
  kind: DatasetKind;
  headers: string[];
  columns: PlannedColumn[];
  /** Cost columns of the wide costs form, stored long; null for every other file. */
  wide: WideCost[] | null;
  /** Baremetrics writes amounts in cents. */
  amountDivisor: number;
}

/**
 * A value as it is stored in a field: statuses lower-case and currency codes upper-case (exports
 * write `usd` or `USD`, `Active` or `active`), everything else as written. A segment value is
 * folded the same way, so `currency=usd` finds the rows of a Stripe file that says `usd`.
 */
export function storedForm(field: string, value: string): string {
  if (field === 'status') return value.trim().toLowerCase();
  if (field === 'currency') return value.trim().toUpperCase();
  return value;
}

function roleOf(kind: DatasetKind, field: string): Role {
  if (field === CANCELED_AT) return 'aux-time';
  if (field === 'status') return 'lower';
  if (field === 'currency') return 'upper';
  if (field === 'interval_unit') return 'interval';
  if (field === 'interval_count') return 'count';
  if (kind === 'nps' && field === 'score') return 'score';
  if (kind === 'costs' && field === 'category') return 'category';
  if (field === 'month') return 'month';
  // Columns beyond the canonical ones: custom KPIs on a monthly sheet, segments elsewhere. Own
  // keys only: a column called `constructor` or `toString` is an ordinary extra column.
  if (!Object.hasOwn(FIELD_TYPES[kind], field)) return kind === 'monthly_sheet' ? 'number' : 'text';
  return FIELD_TYPES[kind][field];
}

export interface PlanInput {
  kind: DatasetKind;
  headers: string[];
  /** Field (or custom column name) → header index. */
  mapping: Map<string, number>;
  required: readonly string[];
  wide: boolean;
}

export function makePlan(input: PlanInput): Plan {
  const { kind, headers, mapping, required } = input;
  const columns: PlannedColumn[] = [];
  for (const [name, index] of mapping) {
    columns.push({
      index,
      header: headers[index],
      name,
      role: roleOf(kind, name),
      required: required.includes(name),
      decimal: '.',
      order: 'DMY',
      report: 'YMD',
    });
  }
  // Columns without a source cell: the count that quarterly turns into 3, and the end that
  // Stripe's `Canceled At` may supply.
  const synth = (name: string, role: Role): PlannedColumn => ({
    index: -1,
    header: '',
    name,
    role,
    required: false,
    decimal: '.',
    order: 'DMY',
    report: 'YMD',
  });
  if (kind === 'subscriptions' && mapping.has('interval_unit') && !mapping.has('interval_count')) {
    columns.push(synth('interval_count', 'count'));
  }
  if (kind === 'subscriptions' && mapping.has(CANCELED_AT) && !mapping.has('end'))
    columns.push(synth('end', 'time'));
  let wide: WideCost[] | null = null;
  if (input.wide) {
    wide = [];
    headers.forEach((header, index) => {
      const category = wideCostCategory(header);
      if (category && index !== mapping.get('month')) wide!.push({ index, header, category, decimal: '.' });
    });
  }
  const keys = new Set(headers.map(headerKey));
  const cents = kind === 'subscriptions' && keys.has('planoid') && keys.has('customeroid');
  return { kind, headers, columns, wide, amountDivisor: cents ? 100 : 1 };
}
