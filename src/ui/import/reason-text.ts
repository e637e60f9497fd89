// Import problems from their codes (src/core/datasets/reasons.ts) in the page's language.

import type {
  DetectionReason,
  FileProblem,
  ImportWarning,
  NoKindReason,
  RowReason,
  StoredReason,
} from '../../core/datasets/reasons.ts';
import type { Messages } from '../../i18n/index.ts';
import { kindName } from '../kinds.ts';

function rowText(t: Messages, r: RowReason): string {
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
  }
}

/** Why a row was skipped; a reason stored as text (an import before reasons had codes) as it is. */
export function rowReasonText(t: Messages, reason: StoredReason): string {
  return typeof reason === 'string' ? reason : rowText(t, reason);
}

function noKindText(t: Messages, r: NoKindReason): string {
  const headers = r.headers.join(', ');
  if (r.code === 'kind-none') {
    const closest = r.closest
      .map((c) => t.kindNeeds({ kind: kindName(t, c.kind), fields: c.missing.join(', ') }))
      .join('; ');
    return t.kindNone({ headers, closest });
  }
  return t.kindTie({ ...r, headers, kinds: r.kinds.map((k) => kindName(t, k)) });
}

function detectionText(t: Messages, r: DetectionReason): string {
  if (r.code !== 'kind-match') return noKindText(t, r);
  const matched = t.kindMatch({ ...r, kind: kindName(t, r.kind) });
  return r.next ? `${matched} (${t.kindMatchNext({ ...r.next, kind: kindName(t, r.next.kind) })})` : matched;
}

/** Why a whole file cannot be imported. */
export function fileProblemText(t: Messages, p: FileProblem): string {
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
        kind: kindName(t, p.kind),
        missing: p.missing.join(', '),
        headers: p.headers.join(', '),
      });
    case 'kind-chosen':
      return t.kindChosen({ detected: p.detected ? kindName(t, p.detected) : t.kindDetectedNone });
    case 'kind-transposed':
      return t.kindTransposed({ detection: detectionText(t, p.detection) });
    default:
      return detectionText(t, p);
  }
}

/** What the preview asks the user to check. */
export function warningText(t: Messages, w: ImportWarning): string {
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
  }
}
