// Sample arguments for every import problem message that is a function, for catalogue tests.
import type { reasonsEn } from './en.ts';
import { alike, SAMPLE, type SampleParams } from '../samples.ts';

const cell = { column: 'amount', value: 'n/a' };
const match = { kind: 'Leads', required: 2, optional: 1 };

export const REASON_SAMPLE_PARAMS: SampleParams<typeof reasonsEn> = {
  ...alike(cell, 'rowNotNumber', 'rowNotDate', 'rowNotMonth', 'rowNotInterval', 'rowNotBool', 'rowNotScore'),
  ...alike(match, 'kindMatch', 'kindMatchNext'),
  ...alike(SAMPLE.columns, 'warnAmountsCents', 'warnColumnsSkipped'),
  rowFieldCount: { expected: 4, found: 3 },
  rowCellEmpty: { column: 'score' },
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
  kindChosen: { detected: 'Leads' },
  kindTransposed: { detection: 'Balance sheet matches 1 required and 4 optional fields' },
  warnHeaderUnnamed: { column: 4, name: 'column_4' },
  warnHeaderRepeated: { column: 3, header: 'plan', name: 'plan_2' },
  warnMappingNoColumn: { field: 'plan', header: 'Tier' },
  warnSeveralCurrencies: { currencies: 'EUR, USD' },
  warnDecimalGuessed: { columns: 'amount', comma: true },
  warnDateOrderGuessed: { columns: 'start_date', dayFirst: true },
  warnTitleRows: { lines: '1' },
};
