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

/** The catalogue to word problems from, and how it names a dataset kind. */
export interface ReasonWords {
  t: ReasonMessages;
  kind: (kind: DatasetKind) => string;
}

function rowText({ t }: ReasonWords, r: RowReason): string {
  switch (r.code) {
    case 'quote-unclosed':
      return t.rowQuoteUnclosed;
    case 'quote-trailing':
      return t.rowQuoteTrailing;
    case 'field-count':
      return t.rowFieldCount(r);
    case 'cell-empty':
      return t.rowCellEmpty(r);
    case 'not-number':
      return t.rowNotNumber(r);
    case 'not-date':
      return t.rowNotDate(r);
    case 'not-month':
      return t.rowNotMonth(r);
    case 'not-interval':
      return t.rowNotInterval(r);
    case 'not-bool':
      return t.rowNotBool(r);
    case 'not-score':
      return t.rowNotScore(r);
    case 'second-row':
      return t.rowSecondRow(r);
  }
}

/** Why a row was skipped; a reason stored as text (an import before reasons had codes) as it is. */
export function rowReasonText(w: ReasonWords, reason: StoredReason): string {
  return typeof reason === 'string' ? reason : rowText(w, reason);
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

/** Why a whole file cannot be imported. */
export function fileProblemText(w: ReasonWords, p: FileProblem): string {
  const { t, kind } = w;
  switch (p.code) {
    case 'spreadsheet':
      return t.fileSpreadsheet;
    case 'not-text':
      return t.fileNotText;
    case 'bad-encoding':
      return t.fileBadEncoding(p);
    case 'empty-file':
      return t.fileEmpty;
    case 'no-header':
      return t.fileNoHeader;
    case 'dated-too-large':
      return t.fileDatedTooLarge;
    case 'rest-unreadable':
      return t.fileRestUnreadable(p);
    case 'missing-column':
      return t.fileMissingColumn({
        kind: kind(p.kind),
        missing: p.missing.join(', '),
        headers: p.headers.join(', '),
      });
    case 'kind-chosen':
      return t.kindChosen({ detected: p.detected ? kind(p.detected) : t.kindDetectedNone });
    case 'kind-transposed':
      return t.kindTransposed({ detection: detectionText(w, p.detection) });
    default:
      return detectionText(w, p);
  }
}

/** What the preview asks the user to check. */
export function warningText({ t }: ReasonWords, w: ImportWarning): string {
  switch (w.code) {
    case 'header-unnamed':
      return t.warnHeaderUnnamed(w);
    case 'header-repeated':
      return t.warnHeaderRepeated(w);
    case 'mapping-no-column':
      return t.warnMappingNoColumn(w);
    case 'replacement-chars':
      return t.warnReplacementChars;
    case 'no-interval-count':
      return t.warnNoIntervalCount;
    case 'several-currencies':
      return t.warnSeveralCurrencies({ currencies: w.currencies.join(', ') });
    case 'decimal-guessed':
      return t.warnDecimalGuessed({ columns: w.columns.join(', '), comma: w.decimal === ',' });
    case 'date-order-guessed':
      return t.warnDateOrderGuessed({ columns: w.columns.join(', '), dayFirst: w.order === 'DMY' });
    case 'amounts-cents':
      return t.warnAmountsCents({ columns: w.columns.join(', ') });
    case 'columns-skipped':
      return t.warnColumnsSkipped({ columns: w.columns.join(', ') });
    case 'title-rows':
      return t.warnTitleRows({ lines: w.lines.join(', ') });
  }
}
