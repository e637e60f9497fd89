// Whether a decoded frame is one the import could have stored for its dataset's kind (kinds.ts):
// each canonical column in its stored type, instants a date of the file could give, and for
// subscriptions an amount or an MRR to read. A hand-edited file that fails restored as MRR 0 in
// every month, or as a month range no compute could span.
import type { Frame } from '../datasets/frame.ts';
import { FIELD_TYPES, type DatasetKind, type FieldType } from '../datasets/kinds.ts';

/** The years the import's date parser reads (locale/months.ts): 1000–9999. */
const FIRST_INSTANT = Date.UTC(1000, 0, 1);
const END_INSTANT = Date.UTC(10000, 0, 1);

/** The column type each field is stored as; a flag may be either (mrr.ts reads both). */
const STORED: Record<FieldType, readonly string[]> = {
  id: ['text'],
  text: ['text'],
  time: ['time'],
  number: ['number'],
  bool: ['number', 'text'],
};

/** The first column that does not fit, by name, or null when the frame fits its kind. */
export function misfitColumn(frame: Frame, kind: DatasetKind): string | null {
  const fields = FIELD_TYPES[kind];
  for (const [name, column] of frame.columns) {
    const type = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (type && !STORED[type].includes(column.type)) return name;
    if (column.type === 'time' && !instantsFit(column.values)) return name;
  }
  if (kind === 'subscriptions' && !frame.columns.has('amount') && !frame.columns.has('mrr')) return 'amount';
  return null;
}

/** Every instant empty (NaN) or within the years a date of a file can name. */
function instantsFit(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const t = values[i];
    if (t !== t) continue;
    if (!(t >= FIRST_INSTANT && t < END_INSTANT)) return false;
  }
  return true;
}
