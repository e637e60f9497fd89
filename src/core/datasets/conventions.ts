// Per-column number and date conventions from the gathered evidence, with the user's overrides,
// and the file-level summary the preview and the report print.

import type { Decimal } from '../locale/numbers.ts';
import { decideDecimal } from '../locale/numbers.ts';
import type { DateOrder, DayMonth } from '../locale/dates.ts';
import { decideDateOrder } from '../locale/dates.ts';
import type { Plan } from './plan.ts';
import type { ImportWarning } from './reasons.ts';
import type { ColumnStats } from './stats.ts';
import type { WorkspaceLocale } from './locale-defaults.ts';
import { localeDateOrder, localeDecimal } from './locale-defaults.ts';

export interface ConventionOptions {
  locale: WorkspaceLocale;
  decimal?: Record<string, Decimal>;
  dateOrder?: Record<string, DayMonth>;
}

function override<T>(o: Record<string, T> | undefined, header: string): T | undefined {
  return o && Object.prototype.hasOwnProperty.call(o, header) ? o[header] : undefined;
}

export function applyConventions(
  plan: Plan,
  stats: readonly ColumnStats[],
  delimiter: string,
  opts: ConventionOptions,
): void {
  const dec = localeDecimal(opts.locale);
  const order = localeDateOrder(opts.locale);
  for (const c of plan.columns) {
    if (c.index < 0) continue;
    const s = stats[c.index];
    c.decimal = override(opts.decimal, c.header) ?? decideDecimal(s.decimal, delimiter, dec).decimal;
    const d = decideDateOrder(s.date, order);
    const forced = override(opts.dateOrder, c.header);
    c.order = forced ?? d.parse;
    c.report = forced ?? d.report;
  }
  for (const w of plan.wide ?? []) {
    w.decimal =
      override(opts.decimal, w.header) ?? decideDecimal(stats[w.index].decimal, delimiter, dec).decimal;
  }
}

/**
 * The file's overall conventions: the majority of columns with clear evidence, else what the
 * delimiter and locale imply; dates are YMD unless a column holds day/month values.
 */
export function fileConventions(
  plan: Plan | null,
  stats: readonly ColumnStats[],
  delimiter: string,
  fallbackDecimal: Decimal,
  _fallbackOrder: DayMonth,
): { decimal: Decimal; dateOrder: DateOrder } {
  let dot = 0;
  let comma = 0;
  let dmy = 0;
  let mdy = 0;
  const indices = new Set<number>();
  for (const c of plan?.columns ?? []) if (c.index >= 0) indices.add(c.index);
  for (const w of plan?.wide ?? []) indices.add(w.index);
  for (const i of indices) {
    const s = stats[i];
    if (s.decimal) {
      const d = decideDecimal(s.decimal, delimiter, fallbackDecimal);
      if (d.evident) {
        if (d.decimal === '.') dot++;
        else comma++;
      }
    }
  }
  for (const c of plan?.columns ?? []) {
    if (c.report === 'DMY') dmy++;
    else if (c.report === 'MDY') mdy++;
  }
  const decimal =
    dot !== comma ? (dot > comma ? '.' : ',') : decideDecimal(null, delimiter, fallbackDecimal).decimal;
  const dateOrder: DateOrder = dmy + mdy === 0 ? 'YMD' : dmy >= mdy ? 'DMY' : 'MDY';
  return { decimal, dateOrder };
}

/**
 * Columns whose values never said which convention they follow, so the delimiter or the locale
 * chose (datasets.md §2, §3): the preview asks the person to check them. A convention the person
 * chose is not a guess.
 */
export function guessedConventions(
  plan: Plan,
  stats: readonly ColumnStats[],
  opts: ConventionOptions,
): ImportWarning[] {
  const decimal = new Map<Decimal, string[]>();
  const order = new Map<DayMonth, string[]>();
  for (const c of [...plan.columns.filter((c) => c.index >= 0), ...(plan.wide ?? [])]) {
    const t = stats[c.index].decimal;
    if (t && t.ambiguous > 0 && t.dot + t.comma === 0 && override(opts.decimal, c.header) === undefined)
      decimal.set(c.decimal, [...(decimal.get(c.decimal) ?? []), c.header]);
  }
  for (const c of plan.columns) {
    const t = c.index >= 0 ? stats[c.index].date : null;
    if (t && t.slash > 0 && t.dmy + t.mdy === 0 && override(opts.dateOrder, c.header) === undefined)
      order.set(c.order, [...(order.get(c.order) ?? []), c.header]);
  }
  return [
    ...[...decimal].map(([d, columns]): ImportWarning => ({ code: 'decimal-guessed', columns, decimal: d })),
    ...[...order].map(([o, columns]): ImportWarning => ({ code: 'date-order-guessed', columns, order: o })),
  ];
}
