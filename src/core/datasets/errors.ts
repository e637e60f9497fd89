// The one error type the import path throws: a code for programs, a one-line message for people.

export type IngestErrorCode = 'unreadable' | 'spreadsheet' | 'no-kind' | 'missing-column';

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    readonly fileName: string,
    detail: string,
  ) {
    super(`${fileName}: ${detail}`);
    this.name = 'IngestError';
  }
}
