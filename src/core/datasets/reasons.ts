// Every import problem as a code with its parameters, never as prose: src/i18n/reason-text.ts
// words them from the catalogues, in the reader's language for the page and in English for the
// headless report. Plain data, so they cross to the page and into IndexedDB as they are.

import type { DecodeProblem } from '../csv/decode.ts';
import type { HeaderRename } from '../csv/headers.ts';
import type { QuoteProblem } from '../csv/parse.ts';
import type { UnreadableRest } from '../csv/unreadable.ts';
import type { DatasetKind } from './kinds.ts';
import type { DayMonth } from '../locale/dates.ts';
import type { Decimal } from '../locale/numbers.ts';

export type { DecodeProblem, HeaderRename, QuoteProblem, UnreadableRest };

/** One cell that cannot be read; `value` is the trimmed cell, cut to 40 characters and `…`. */
export type CellReason =
  | { code: 'cell-empty'; column: string }
  | { code: 'not-number'; column: string; value: string }
  | { code: 'not-date'; column: string; value: string }
  | { code: 'not-month'; column: string; value: string }
  | { code: 'not-interval'; column: string; value: string }
  | { code: 'not-bool'; column: string; value: string }
  | { code: 'not-score'; column: string; value: string };

/**
 * A monthly sheet holds one row per month and a balance sheet one per period (datasets.md §8.4):
 * a later row for the same `period` (`2023-01`, or `2023-12-31` for a balance sheet) is rejected.
 */
export type RepeatReason = { code: 'second-row'; period: string };

/** Why a row was skipped. */
export type RowReason =
  QuoteProblem | { code: 'field-count'; expected: number; found: number } | CellReason | RepeatReason;

/**
 * A rejected row's reason as stored with a dataset: datasets imported before reasons had codes
 * hold the English text, which is shown as it is.
 */
export type StoredReason = RowReason | string;

/** How a kind was matched from the headers (or why none was). */
export type DetectionReason =
  | {
      code: 'kind-match';
      kind: DatasetKind;
      required: number;
      optional: number;
      /** The runner-up, when another kind also fits. */
      next: { kind: DatasetKind; required: number; optional: number } | null;
    }
  | NoKindReason;

/**
 * The kind nearest to a file no kind fits: the one filling most required fields, the columns it
 * recognised, and the required fields it lacks (`orMrr`: subscriptions could use an MRR column
 * instead of amount and interval).
 */
export interface ClosestKind {
  kind: DatasetKind;
  found: { header: string; field: string }[];
  missing: string[];
  orMrr: boolean;
}

/**
 * No kind fits the headers. `closest` is null when no column names a required field of any kind;
 * `kind-export` is a payments or invoices export, `stripe-no-price` a Stripe subscriptions export
 * without its Amount and Interval columns (datasets.md §8.7, §8.8).
 */
export type NoKindReason =
  | { code: 'kind-none'; headers: string[]; closest: ClosestKind | null }
  | { code: 'kind-export'; headers: string[]; export: 'payments' | 'invoices' }
  | { code: 'stripe-no-price'; headers: string[] }
  | { code: 'kind-tie'; headers: string[]; kinds: DatasetKind[]; required: number; optional: number };

/** Why the analysis has its kind: detected, chosen by the user, or detected on a turned sheet. */
export type KindReason =
  | DetectionReason
  | { code: 'kind-chosen'; detected: DatasetKind | null }
  | { code: 'kind-transposed'; detection: DetectionReason };

/** Why a whole file cannot be imported (the detail of an IngestError). */
export type FileProblem =
  | { code: 'spreadsheet' }
  | DecodeProblem
  | { code: 'empty-file' }
  | { code: 'no-header' }
  | { code: 'dated-too-large' }
  /** A quote never closed makes the rest unreadable; the person did not choose to keep the rows before it. */
  | UnreadableRest
  | KindReason
  | { code: 'missing-column'; kind: DatasetKind; missing: string[]; headers: string[] };

/** What the preview asks the user to check. */
export type ImportWarning =
  | HeaderRename
  | { code: 'mapping-no-column'; field: string; header: string }
  | { code: 'replacement-chars' }
  | { code: 'no-interval-count' }
  | { code: 'several-currencies'; currencies: string[] }
  /** Every value of these columns reads either way (`1,500`): the delimiter or locale decided. */
  | { code: 'decimal-guessed'; columns: string[]; decimal: Decimal }
  /** Every date of these columns has a day of 12 or less (`03/04/2024`): the locale decided. */
  | { code: 'date-order-guessed'; columns: string[]; order: DayMonth }
  /** Money columns read as cents (datasets.md §8.6); the import option `cents: false` reads them as they are. */
  | { code: 'amounts-cents'; columns: string[] }
  /** Period columns of a transposed sheet that are no date (`TTM`), left out. */
  | { code: 'columns-skipped'; columns: string[] }
  /** Rows above the header that only hold a title, left out. */
  | { code: 'title-rows'; lines: number[] };

/** A rejected row as a dataset stores it (see StoredReason). */
export interface StoredRejectedRow {
  line: number;
  reason: StoredReason;
}
