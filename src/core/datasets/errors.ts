// The one error type the import path throws: a code for programs and the problem as data. The
// core holds no words: the page words the problem in the reader's language and `npm run report`
// in English, both from the i18n catalogues (src/i18n/reason-text.ts).

import type { FileProblem } from './reasons.ts';

export type IngestErrorCode = 'unreadable' | 'spreadsheet' | 'no-kind' | 'missing-column';

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    readonly fileName: string,
    readonly detail: FileProblem,
  ) {
    // The developer's message names the codes; people read the worded problem.
    super(`${fileName}: ${code} (${detail.code})`);
    this.name = 'IngestError';
  }
}
