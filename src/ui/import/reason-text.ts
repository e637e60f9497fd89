// Import problems in the page's language, kinds named as the page names them.
import type { FileProblem, ImportWarning, StoredReason } from '../../core/datasets/reasons.ts';
import type { Messages } from '../../i18n/index.ts';
import * as words from '../../i18n/reason-text.ts';
import { kindName } from '../kinds.ts';

function pageWords(t: Messages): words.ReasonWords {
  return { t, kind: (k) => kindName(t, k) };
}

/** Why a row was skipped; a reason stored as text (an import before reasons had codes) as it is. */
export function rowReasonText(t: Messages, reason: StoredReason): string {
  return words.rowReasonText(pageWords(t), reason);
}

/** Why a whole file cannot be imported. */
export function fileProblemText(t: Messages, p: FileProblem): string {
  return words.fileProblemText(pageWords(t), p);
}

/** What the preview asks the user to check. */
export function warningText(t: Messages, w: ImportWarning): string {
  return words.warningText(pageWords(t), w);
}
