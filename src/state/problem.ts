// A failed request as the page keeps it: the code it is worded from (i18n/problem-text.ts) and
// the developer's message, never shown as it is.
import type { FileProblem } from '../core/datasets/reasons.ts';
import { classifyStorageError, storageErrorCode } from '../db/errors.ts';
import type { EngineErrorCode } from '../worker/protocol.ts';
import { EngineError } from './engine-client.ts';

export interface Problem {
  code: EngineErrorCode;
  message: string;
  /** What is wrong with the file, for the page to word (import errors only). */
  detail?: FileProblem;
}

export function problemOf(e: unknown): Problem {
  if (e instanceof EngineError) return { code: e.code, message: e.message, detail: e.detail };
  // The page's own writes (a new workspace, settings) fail with Dexie errors: classify them too.
  return {
    code: storageErrorCode(classifyStorageError(e)),
    message: e instanceof Error ? e.message : String(e),
  };
}
