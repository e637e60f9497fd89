// A refused snapshot or link in the reader's language.
import type { SnapshotProblem } from '../../core/snapshot/problems.ts';
import { formatFileSize } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/index.ts';
import { wordByCode, type WordsByCode } from '../../i18n/words-by-code.ts';
import type { Failure } from '../../state/snapshot.svelte.ts';

const WORDS: WordsByCode<SnapshotProblem, Messages> = {
  empty: (t) => t.snapshotEmpty,
  'too-big': (t, p) => t.snapshotTooBig({ size: formatFileSize(p.bytes), limit: formatFileSize(p.limit) }),
  truncated: (t) => t.snapshotTruncated,
  'not-json': (t) => t.snapshotNotJson,
  'wrong-format': (t) => t.snapshotWrongFormat,
  'newer-version': (t, p) => t.snapshotNewer({ version: String(p.version), supported: String(p.supported) }),
  'unknown-version': (t, p) => t.snapshotUnknownVersion({ version: p.version }),
  'prototype-key': (t, p) => t.snapshotPrototypeKey({ key: p.key, path: p.path }),
  'wrong-types': (t, p) => t.snapshotWrongTypes({ path: p.path }),
  'link-damaged': (t) => t.snapshotLinkDamaged,
  'link-passphrase': (t) => t.snapshotLinkPassphrase,
  'link-needs-passphrase': (t) => t.snapshotLinkNeedsPassphrase,
};

export function problemText(t: Messages, p: SnapshotProblem): string {
  return wordByCode(WORDS, t, p);
}

export function failureText(t: Messages, f: Failure): string {
  return 'problem' in f
    ? problemText(t, f.problem)
    : f.message
      ? t.snapshotFailed({ message: f.message })
      : t.snapshotNoWorkspace;
}
