// A refused snapshot or link in the reader's language.
import type { SnapshotProblem } from '../../core/snapshot/problems.ts';
import { formatFileSize } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/index.ts';
import type { Failure } from '../../state/snapshot.svelte.ts';

export function problemText(t: Messages, p: SnapshotProblem): string {
  switch (p.code) {
    case 'empty':
      return t.snapshotEmpty;
    case 'too-big':
      return t.snapshotTooBig({ size: formatFileSize(p.bytes), limit: formatFileSize(p.limit) });
    case 'truncated':
      return t.snapshotTruncated;
    case 'not-json':
      return t.snapshotNotJson;
    case 'wrong-format':
      return t.snapshotWrongFormat;
    case 'newer-version':
      return t.snapshotNewer({ version: String(p.version), supported: String(p.supported) });
    case 'unknown-version':
      return t.snapshotUnknownVersion({ version: p.version });
    case 'prototype-key':
      return t.snapshotPrototypeKey({ key: p.key, path: p.path });
    case 'wrong-types':
      return t.snapshotWrongTypes({ path: p.path });
    case 'link-damaged':
      return t.snapshotLinkDamaged;
    case 'link-passphrase':
      return t.snapshotLinkPassphrase;
    case 'link-needs-passphrase':
      return t.snapshotLinkNeedsPassphrase;
  }
}

export function failureText(t: Messages, f: Failure): string {
  return 'problem' in f
    ? problemText(t, f.problem)
    : f.message
      ? t.snapshotFailed({ message: f.message })
      : t.snapshotNoWorkspace;
}
