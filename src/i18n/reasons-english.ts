// Import problems in English with kinds named by their ids: the words of `npm run report` and of
// the tests, from the same catalogue and wording as the page.
import type { IngestError } from '../core/datasets/errors.ts';
import type {
  FileProblem,
  ImportWarning,
  KindReason,
  RowReason,
  StoredReason,
} from '../core/datasets/reasons.ts';
import { reasonsEn } from './messages/reasons/en.ts';
import { fileProblemText, rowReasonText, warningText, type ReasonWords } from './reason-text.ts';

const ENGLISH: ReasonWords = { t: reasonsEn, kind: (kind) => kind };

export function rowReasonEn(r: RowReason): string {
  return rowReasonText(ENGLISH, r);
}

/** A stored reason: text stored before reasons had codes is already English. */
export function storedReasonEn(r: StoredReason): string {
  return rowReasonText(ENGLISH, r);
}

export function kindReasonEn(r: KindReason): string {
  return fileProblemText(ENGLISH, r);
}

export function fileProblemEn(p: FileProblem): string {
  return fileProblemText(ENGLISH, p);
}

export function warningEn(w: ImportWarning): string {
  return warningText(ENGLISH, w);
}

/** One line naming the file and what is wrong with it. */
export function ingestErrorEn(e: IngestError): string {
  return `${e.fileName}: ${fileProblemEn(e.detail)}`;
}
