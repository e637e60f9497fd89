// What to read from which column and how to store it, decided once per file from the kind, the
// mapping and the per-column conventions; the normaliser only executes it.

import type { Decimal } from '../locale/numbers.ts';
import type { DateOrder, DayMonth } from '../locale/dates.ts';
import type { DatasetKind } from './kinds.ts';
import { FIELD_TYPES } from './kinds.ts';
import { CANCELED_AT, CHANNEL_HEADERS, headerKey, wideCostCategory } from './synonyms.ts';

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
  | 'aux-time'
  /** A balance sheet's period_end: also a bare year or a month (datasets.md §8.5). */
  | 'period';

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
  /** The value of a column synthesised without a source cell (index -1). */
  fill?: string;
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
  /**
   * Money columns holding minor units (datasets.md §8.6): divided by 100, or by 1 in a
   * zero-decimal currency. Empty when the person chose to read them as they are.
   */
  cents: string[];
  /** Headers of the money columns the cents rule names, whether or not it is applied. */
  centsCandidates: string[];
  /** The costs category column is a marketing channel: every value but a sales word is marketing. */
  channel: boolean;
}

const CENTS_HEADERS = new Set(['plan_amount', 'unit_amount'].map(headerKey));
const CHANNEL_KEYS = new Set(CHANNEL_HEADERS.map(headerKey));

/** A money column named as holding cents: `plan_amount`, `unit_amount`, `amount_cents`, `*_cents`. */
export function isCentsHeader(header: string): boolean {
  const key = headerKey(header);
  return CENTS_HEADERS.has(key) || key.endsWith('cents');
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
  if (kind === 'balance_sheet' && field === 'period_end') return 'period';
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
  /** False: read amounts as they are even where the cents rule applies (the preview's switch). */
  cents?: boolean;
  /** A costs file without a category column whose amount is spend: every row is marketing. */
  spendOnly?: boolean;
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
  if (kind === 'costs' && input.spendOnly && !mapping.has('category'))
    columns.push({ ...synth('category', 'category'), fill: 'marketing' });
  let wide: WideCost[] | null = null;
  if (input.wide) {
    wide = [];
    headers.forEach((header, index) => {
      const category = wideCostCategory(header);
      if (category && index !== mapping.get('month')) wide!.push({ index, header, category, decimal: '.' });
    });
  }
  const keys = new Set(headers.map(headerKey));
  // Baremetrics' template (§4) writes cents under any amount header when both of its ids are there.
  const baremetrics = keys.has('planoid') && keys.has('customeroid');
  const money =
    kind === 'subscriptions'
      ? columns.filter(
          (c) =>
            c.index >= 0 &&
            (c.name === 'amount' || c.name === 'mrr') &&
            (isCentsHeader(c.header) || (baremetrics && c.name === 'amount')),
        )
      : [];
  const category = mapping.get('category');
  return {
    kind,
    headers,
    columns,
    wide,
    cents: input.cents === false ? [] : money.map((c) => c.name),
    centsCandidates: money.map((c) => c.header),
    channel: kind === 'costs' && category !== undefined && CHANNEL_KEYS.has(headerKey(headers[category])),
  };
}
