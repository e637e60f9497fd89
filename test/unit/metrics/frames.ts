// Hand-made frames for metric tests: columns from plain arrays, instants from ISO strings.
import { aggregateFrames } from '../../../src/core/events/build.ts';
import {
  numberColumn,
  textColumn,
  timeColumn,
  type Column,
  type Frame,
} from '../../../src/core/datasets/frame.ts';
import { DEFAULT_SETTINGS, type MetricSettings } from '../../../src/core/workspace-data.ts';

export type Cell = string | number | boolean | null | undefined;

/** ISO text → epoch ms (test input only; the app never parses dates with Date). */
export const at = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

function textOf(values: Cell[]): Column {
  const dict: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    if (v === null || v === undefined || v === '') return -1;
    const s = String(v);
    let c = index.get(s);
    if (c === undefined) index.set(s, (c = dict.push(s) - 1));
    return c;
  });
  return textColumn(codes, dict);
}

/** A frame from column → values; `time` fields take ISO strings, `text` fields strings. */
export function frame(
  kinds: Record<string, 'text' | 'time' | 'number'>,
  rows: Record<string, Cell>[],
): Frame {
  const columns = new Map<string, Column>();
  for (const [name, kind] of Object.entries(kinds)) {
    const values = rows.map((r) => r[name]);
    if (kind === 'text') columns.set(name, textOf(values));
    else {
      const f = Float64Array.from(values, (v) =>
        v === null || v === undefined ? NaN : kind === 'time' && typeof v === 'string' ? at(v) : Number(v),
      );
      columns.set(name, kind === 'time' ? timeColumn(f) : numberColumn(f));
    }
  }
  return { rows: rows.length, columns };
}

const SUB_KINDS = {
  customer_id: 'text',
  plan: 'text',
  status: 'text',
  currency: 'text',
  interval_unit: 'text',
  start: 'time',
  end: 'time',
  trial_end: 'time',
  amount: 'number',
  quantity: 'number',
  interval_count: 'number',
  discount_percent: 'number',
  mrr: 'number',
  is_trial: 'number',
} as const;

export interface SubRow {
  customer_id: string;
  start: string;
  end?: string | null;
  trial_end?: string | null;
  amount?: number | null;
  interval_unit?: string | null;
  quantity?: number | null;
  interval_count?: number | null;
  discount_percent?: number | null;
  mrr?: number | null;
  status?: string | null;
  is_trial?: number | null;
  plan?: string | null;
  currency?: string | null;
}

/** Subscription periods; amount-priced rows default to a monthly interval. */
export function subs(rows: SubRow[]): Frame {
  return frame(
    SUB_KINDS,
    rows.map((r) => ({ interval_unit: r.amount !== undefined && r.amount !== null ? 'month' : null, ...r })),
  );
}

export const leadsFrame = (rows: Record<string, Cell>[]) =>
  frame({ lead_id: 'text', created_at: 'time', pql_at: 'time', converted_at: 'time' }, rows);
export const npsFrame = (rows: Record<string, Cell>[]) =>
  frame({ responded_at: 'time', score: 'number' }, rows);
export const eventsFrame = (rows: Record<string, Cell>[]) =>
  frame({ user_id: 'text', timestamp: 'time', event: 'text' }, rows);
/** Events as the engine reads them: the aggregate of the rows (core/events). */
export const eventsData = (rows: Record<string, Cell>[]) => aggregateFrames([eventsFrame(rows)]);
export const costsFrame = (rows: Record<string, Cell>[]) =>
  frame({ month: 'time', category: 'text', amount: 'number' }, rows);

export function settings(over: Partial<MetricSettings> = {}): MetricSettings {
  return { ...DEFAULT_SETTINGS, ...over };
}

/** Value of a KPI in a month of a result. */
export function valueAt(
  result: { months: string[]; values: Record<string, (number | null)[]> },
  id: string,
  month: string,
) {
  const i = result.months.indexOf(month);
  if (i < 0) throw new Error(`no month ${month} in ${result.months.join(',')}`);
  if (!(id in result.values)) throw new Error(`no id ${id}`);
  return result.values[id][i];
}
