// English source of the import problem strings (codes from src/core/datasets/reasons.ts); id.ts
// and pl.ts beside it are typed against it. The page and `npm run report` both word problems from
// here (src/i18n/reason-text.ts): the page names kinds as it names them, the report by their ids.
import type { CatalogueOf } from '../widen.ts';
import { listWith, wordFrom } from '../words.ts';

type Cell = { column: string; value: string };

/** A field in a word or two: `found usage_date (time)`. */
const FIELD_WORDS = wordFrom(
  {
    customer_id: 'customer',
    subscription_id: 'subscription',
    start: 'start date',
    end: 'end date',
    amount: 'amount',
    interval_unit: 'billing interval',
    mrr: 'MRR',
    lead_id: 'lead',
    created_at: 'creation date',
    converted_at: 'conversion date',
    responded_at: 'response date',
    score: 'score',
    user_id: 'user',
    timestamp: 'time',
    event: 'event',
    month: 'month',
    category: 'category',
    period_end: 'period end',
  },
  (field) => field.replace(/_/g, ' '),
);

/** Kind names inside the closest-kind message. */
const KIND_WORDS = wordFrom({
  subscriptions: 'subscriptions',
  leads: 'leads',
  nps: 'an NPS survey',
  events: 'product events',
  costs: 'costs',
  monthly_sheet: 'a monthly sheet',
  balance_sheet: 'a balance sheet',
});

export const reasonsEn = {
  rowQuoteUnclosed:
    'a quote opened on this line is never closed, so the rest of the file could not be read as rows',
  rowQuoteTrailing: 'a quoted field has text after its closing quote',
  rowFieldCount: ({ expected, found }: { expected: number; found: number }) =>
    `expected ${expected} fields, found ${found}${found > expected ? ' (too many)' : ' (too few)'}`,
  rowCellEmpty: ({ column }: { column: string }) => `${column} is empty`,
  rowNotNumber: ({ column, value }: Cell) => `${column}: "${value}" is not a number`,
  rowNotDate: ({ column, value }: Cell) => `${column}: "${value}" is not a valid date`,
  rowNotMonth: ({ column, value }: Cell) => `${column}: "${value}" is not a valid month or date`,
  rowNotInterval: ({ column, value }: Cell) => `${column}: "${value}" is not a billing interval`,
  rowNotBool: ({ column, value }: Cell) => `${column}: "${value}" is not true or false`,
  rowNotScore: ({ column, value }: Cell) => `${column}: "${value}" is not a whole number from 0 to 10`,
  rowSecondRow: ({ period }: { period: string }) => `second row for ${period}`,
  rejectedCsvLine: 'line',
  rejectedCsvReason: 'reason',

  fileSpreadsheet:
    'this is a spreadsheet workbook, not a CSV file: save the sheet as CSV (or Unicode Text) and import that',
  fileNotText: 'cannot read the file: the file is not text (it contains NUL bytes)',
  fileBadEncoding: ({ encoding }: { encoding: string }) =>
    `cannot read the file: the bytes are not valid ${encoding}`,
  fileEmpty: 'the file is empty',
  fileNoHeader: 'the file has no header row',
  fileDatedTooLarge: 'a sheet with dates as column headers this large cannot be read',
  fileRestUnreadable: ({ line, lines }: { line: number; lines: number }) =>
    `A quote opened on line ${line} is never closed, so ${lines === 1 ? 'that line' : `the ${lines} lines from there to the end of the file`} cannot be read as rows. Nothing from this file is imported unless you choose to keep the rows before it.`,
  fileMissingColumn: ({ kind, missing, headers }: { kind: string; missing: string; headers: string }) =>
    `${kind} needs a column for ${missing} (headers: ${headers})`,
  kindNoneClosest: ({
    headers,
    kind,
    found,
    missing,
  }: {
    headers: string;
    kind: string;
    found: string;
    missing: string;
  }) =>
    `no dataset kind fits the headers (${headers}): looks like ${kind}: found ${found}; missing: ${missing}`,
  kindNoneNothing: ({ headers }: { headers: string }) =>
    `no dataset kind fits the headers (${headers}): no column names a field of any kind`,
  kindExportPayments: ({ headers }: { headers: string }) =>
    `this is a payments export (headers: ${headers}): it lists payments, not subscriptions; import the subscriptions export instead`,
  kindExportInvoices: ({ headers }: { headers: string }) =>
    `this is an invoices export (headers: ${headers}): it lists invoices, not subscriptions; import the subscriptions export instead`,
  stripeNoPrice:
    'this Stripe subscriptions export has no Amount and Interval columns; export it with the price columns',
  fieldWord: ({ field }: { field: string }) => FIELD_WORDS(field),
  /** A missing field: `a user column`. */
  fieldMissing: ({ word }: { word: string }) =>
    `${['amount', 'event', 'MRR', 'end date'].includes(word) ? 'an' : 'a'} ${word} column`,
  fieldOrMrr: ' (or an MRR column)',
  listAnd: listWith('and'),
  kindLooksLike: ({ kind }: { kind: string }) => KIND_WORDS(kind),
  kindTie: ({
    headers,
    kinds,
    required,
    optional,
  }: {
    headers: string;
    kinds: string[];
    required: number;
    optional: number;
  }) =>
    `no dataset kind fits the headers (${headers}) better than the others: ${kinds.join(' and ')} match equally (${required} required, ${optional} optional fields)`,
  kindMatch: ({ kind, required, optional }: { kind: string; required: number; optional: number }) =>
    `${kind} matches ${required} required and ${optional} optional fields`,
  kindMatchNext: ({ kind, required, optional }: { kind: string; required: number; optional: number }) =>
    `next: ${kind}, ${required} and ${optional}`,
  kindChosen: ({ detected }: { detected: string }) => `chosen by you (detected: ${detected})`,
  kindDetectedNone: 'none',
  kindTransposed: ({ detection }: { detection: string }) =>
    `${detection}; the sheet was transposed (line items in rows, periods in columns)`,

  warnHeaderUnnamed: ({ column, name }: { column: number; name: string }) =>
    `column ${column} has no name: called ${name}`,
  warnHeaderRepeated: ({ column, header, name }: { column: number; header: string; name: string }) =>
    `column ${column} repeats "${header}": called ${name}`,
  warnMappingNoColumn: ({ field, header }: { field: string; header: string }) =>
    `mapping for ${field}: there is no column "${header}"`,
  warnReplacementChars:
    'the file already contains U+FFFD replacement characters: some text was damaged before export',
  warnNoIntervalCount:
    'no Interval Count column: a count of 1 is assumed, so quarterly prices exported as "month" would be overstated',
  warnSeveralCurrencies: ({ currencies }: { currencies: string }) =>
    `several currencies (${currencies}): conversion rates are needed`,
  warnDecimalGuessed: ({ columns, comma }: { columns: string; comma: boolean }) =>
    `every number in ${columns} reads either way (1,500 or 1.500): read with ${comma ? 'comma' : 'dot'} decimals`,
  warnDateOrderGuessed: ({ columns, dayFirst }: { columns: string; dayFirst: boolean }) =>
    `every date in ${columns} has a day of 12 or less: read ${dayFirst ? 'day' : 'month'} first`,
  warnAmountsCents: ({ columns }: { columns: string }) =>
    `amounts read as cents (${columns}): divided by 100, except in zero-decimal currencies`,
  warnColumnsSkipped: ({ columns }: { columns: string }) => `columns that are no period left out: ${columns}`,
  warnTitleRows: ({ lines }: { lines: string }) => `title rows above the header left out (line ${lines})`,
} as const;

export type ReasonMessages = CatalogueOf<typeof reasonsEn>;
