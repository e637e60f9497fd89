// Import problems from their codes (src/core/datasets/reasons.ts) in words: the page's from its
// catalogue with kinds named as the page names them, `npm run report`'s from the English one with
// kinds named by their ids (reasons-english.ts). One wording, one catalogue.

import type {
  DetectionReason,
  FileProblem,
  ImportWarning,
  NoKindReason,
  RowReason,
  StoredReason,
} from '../core/datasets/reasons.ts';
import type { DatasetKind } from '../core/datasets/kinds.ts';
import type { ReasonMessages } from './messages/reasons/en.ts';
import { wordByCode, type WordsByCode } from './words-by-code.ts';

/** The catalogue to word problems from, and how it names a dataset kind. */
export interface ReasonWords {
  t: ReasonMessages;
  kind: (kind: DatasetKind) => string;
}

const ROW_WORDS: WordsByCode<RowReason, ReasonMessages> = {
  'quote-unclosed': (t) => t.rowQuoteUnclosed,
  'quote-trailing': (t) => t.rowQuoteTrailing,
  'field-count': (t, r) => t.rowFieldCount(r),
  'cell-empty': (t, r) => t.rowCellEmpty(r),
  'not-number': (t, r) => t.rowNotNumber(r),
  'not-date': (t, r) => t.rowNotDate(r),
  'not-month': (t, r) => t.rowNotMonth(r),
  'not-interval': (t, r) => t.rowNotInterval(r),
  'not-bool': (t, r) => t.rowNotBool(r),
  'not-score': (t, r) => t.rowNotScore(r),
  'second-row': (t, r) => t.rowSecondRow(r),
};

/** Why a row was skipped; a reason stored as text (an import before reasons had codes) as it is. */
export function rowReasonText(w: ReasonWords, reason: StoredReason): string {
  return typeof reason === 'string' ? reason : wordByCode(ROW_WORDS, w.t, reason);
}

function noKindText({ t, kind }: ReasonWords, r: NoKindReason): string {
  const headers = r.headers.join(', ');
  if (r.code === 'stripe-no-price') return t.stripeNoPrice;
  if (r.code === 'kind-export')
    return r.export === 'payments' ? t.kindExportPayments({ headers }) : t.kindExportInvoices({ headers });
  if (r.code === 'kind-none') {
    const c = r.closest;
    if (!c) return t.kindNoneNothing({ headers });
    const found = t.listAnd({
      items: c.found.map((f) => `${f.header} (${t.fieldWord({ field: f.field })})`),
    });
    const words = c.missing.map((f) => t.fieldMissing({ word: t.fieldWord({ field: f }) }));
    const missing = t.listAnd({ items: words }) + (c.orMrr ? t.fieldOrMrr : '');
    return t.kindNoneClosest({ headers, kind: t.kindLooksLike({ kind: c.kind }), found, missing });
  }
  return t.kindTie({ ...r, headers, kinds: r.kinds.map(kind) });
}

export function detectionText(w: ReasonWords, r: DetectionReason): string {
  const { t, kind } = w;
  if (r.code !== 'kind-match') return noKindText(w, r);
  const matched = t.kindMatch({ ...r, kind: kind(r.kind) });
  return r.next ? `${matched} (${t.kindMatchNext({ ...r.next, kind: kind(r.next.kind) })})` : matched;
}

const FILE_WORDS: WordsByCode<FileProblem, ReasonWords> = {
  spreadsheet: ({ t }) => t.fileSpreadsheet,
  'not-text': ({ t }) => t.fileNotText,
  'bad-encoding': ({ t }, p) => t.fileBadEncoding(p),
  'empty-file': ({ t }) => t.fileEmpty,
  'no-header': ({ t }) => t.fileNoHeader,
  'dated-too-large': ({ t }) => t.fileDatedTooLarge,
  'rest-unreadable': ({ t }, p) => t.fileRestUnreadable(p),
  'missing-column': ({ t, kind }, p) =>
    t.fileMissingColumn({ kind: kind(p.kind), missing: p.missing.join(', '), headers: p.headers.join(', ') }),
  'kind-chosen': ({ t, kind }, p) =>
    t.kindChosen({ detected: p.detected ? kind(p.detected) : t.kindDetectedNone }),
  'kind-transposed': (w, p) => w.t.kindTransposed({ detection: detectionText(w, p.detection) }),
  'kind-match': detectionText,
  'kind-none': detectionText,
  'kind-export': detectionText,
  'stripe-no-price': detectionText,
  'kind-tie': detectionText,
};

/** Why a whole file cannot be imported. */
export function fileProblemText(w: ReasonWords, p: FileProblem): string {
  return wordByCode(FILE_WORDS, w, p);
}

const WARNING_WORDS: WordsByCode<ImportWarning, ReasonMessages> = {
  'header-unnamed': (t, w) => t.warnHeaderUnnamed(w),
  'header-repeated': (t, w) => t.warnHeaderRepeated(w),
  'mapping-no-column': (t, w) => t.warnMappingNoColumn(w),
  'replacement-chars': (t) => t.warnReplacementChars,
  'no-interval-count': (t) => t.warnNoIntervalCount,
  'several-currencies': (t, w) => t.warnSeveralCurrencies({ currencies: w.currencies.join(', ') }),
  'decimal-guessed': (t, w) =>
    t.warnDecimalGuessed({ columns: w.columns.join(', '), comma: w.decimal === ',' }),
  'date-order-guessed': (t, w) =>
    t.warnDateOrderGuessed({ columns: w.columns.join(', '), dayFirst: w.order === 'DMY' }),
  'amounts-cents': (t, w) => t.warnAmountsCents({ columns: w.columns.join(', ') }),
  'columns-skipped': (t, w) => t.warnColumnsSkipped({ columns: w.columns.join(', ') }),
  'title-rows': (t, w) => t.warnTitleRows({ lines: w.lines.join(', ') }),
};

/** What the preview asks the user to check. */
export function warningText({ t }: ReasonWords, w: ImportWarning): string {
  return wordByCode(WARNING_WORDS, t, w);
}
