// The one error type the import path throws: a code for programs, the problem as data for the
// page to word in the reader's language, and a one-line English message (the headless report).

import type { FileProblem } from './reasons.ts';
import { fileProblemEn } from './reasons-en.ts';

export type IngestErrorCode = 'unreadable' | 'spreadsheet' | 'no-kind' | 'missing-column';

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    readonly fileName: string,
    readonly detail: FileProblem,
  ) {
    super(`${fileName}: ${fileProblemEn(detail)}`);
    this.name = 'IngestError';
  }
}
