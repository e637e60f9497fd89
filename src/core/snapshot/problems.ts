// Why a snapshot file or link is refused: codes with their parameters, worded by the page in the
// reader's language (i18n/messages/snapshot). Every check of read.ts and link.ts ends in one.

export type SnapshotProblem =
  | { code: 'empty' }
  | { code: 'too-big'; bytes: number; limit: number }
  | { code: 'truncated' }
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'unknown-version'; version: string }
  | { code: 'prototype-key'; key: string; path: string }
  | { code: 'wrong-types'; path: string }
  | { code: 'link-damaged' }
  | { code: 'link-passphrase' }
  | { code: 'link-needs-passphrase' };

export type SnapshotProblemCode = SnapshotProblem['code'];

export class SnapshotError extends Error {
  constructor(readonly problem: SnapshotProblem) {
    super(`snapshot refused: ${problem.code}`);
  }
}

export const refuse = (problem: SnapshotProblem): never => {
  throw new SnapshotError(problem);
};
