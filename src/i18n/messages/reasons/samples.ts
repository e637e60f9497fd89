// Sample arguments for every import problem message that is a function, for catalogue tests.
import type { reasonsEn } from './en.ts';

type FunctionKeys = {
  [K in keyof typeof reasonsEn]: (typeof reasonsEn)[K] extends (p: never) => string ? K : never;
}[keyof typeof reasonsEn];

const cell = { column: 'amount', value: 'n/a' };

export const REASON_SAMPLE_PARAMS: { [K in FunctionKeys]: Parameters<(typeof reasonsEn)[K]>[0] } = {
  rowFieldCount: { expected: 4, found: 3 },
  rowCellEmpty: { column: 'score' },
  rowNotNumber: cell,
  rowNotDate: cell,
  rowNotMonth: cell,
  rowNotInterval: cell,
  rowNotBool: cell,
  rowNotScore: cell,
  fileBadEncoding: { encoding: 'utf-16le' },
  fileRestUnreadable: { line: 3, lines: 3 },
  fileMissingColumn: { kind: 'Product events', missing: 'user_id, event', headers: 'when, who' },
  rowSecondRow: { period: '2023-01' },
  kindNoneClosest: {
    headers: 'usage_date, feature_name',
    kind: 'product events',
    found: 'usage_date (time) and feature_name (event)',
    missing: 'a user column',
  },
  kindNoneNothing: { headers: 'foo, bar' },
  kindExportPayments: { headers: 'id, Amount Refunded, Captured' },
  kindExportInvoices: { headers: 'id, Amount Due, Amount Paid' },
  fieldWord: { field: 'user_id' },
  fieldMissing: { word: 'user' },
  listAnd: { items: ['a', 'b', 'c'] },
  kindLooksLike: { kind: 'events' },
  kindTie: { headers: 'month, cash', kinds: ['Monthly sheet', 'Balance sheet'], required: 1, optional: 0 },
  kindMatch: { kind: 'Leads', required: 2, optional: 1 },
  kindMatchNext: { kind: 'Events', required: 2, optional: 0 },
  kindChosen: { detected: 'Leads' },
  kindTransposed: { detection: 'Balance sheet matches 1 required and 4 optional fields' },
  warnHeaderUnnamed: { column: 4, name: 'column_4' },
  warnHeaderRepeated: { column: 3, header: 'plan', name: 'plan_2' },
  warnMappingNoColumn: { field: 'plan', header: 'Tier' },
  warnSeveralCurrencies: { currencies: 'EUR, USD' },
  warnDecimalGuessed: { columns: 'amount', comma: true },
  warnDateOrderGuessed: { columns: 'start_date', dayFirst: true },
  warnAmountsCents: { columns: 'plan_amount' },
  warnColumnsSkipped: { columns: 'TTM' },
  warnTitleRows: { lines: '1' },
};
