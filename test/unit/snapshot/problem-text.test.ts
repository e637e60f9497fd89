import { describe, expect, it } from 'vitest';
import type { SnapshotProblem } from '../../../src/core/snapshot/problems.ts';
import { LANGS } from '../../../src/i18n/index.ts';
import { catalogues } from '../../../src/i18n/all.ts';
import { problemText } from '../../../src/ui/snapshots/failure-text.ts';

const PROBLEMS: SnapshotProblem[] = [
  { code: 'empty' },
  { code: 'too-big', bytes: 600 * 1024 * 1024, limit: 500 * 1024 * 1024 },
  { code: 'truncated' },
  { code: 'not-json' },
  { code: 'wrong-format' },
  { code: 'newer-version', version: 7, supported: 1 },
  { code: 'unknown-version', version: '0' },
  { code: 'prototype-key', key: '__proto__', path: 'workspace.__proto__' },
  { code: 'wrong-types', path: 'workspace.datasets.0.rowsStored' },
  { code: 'link-damaged' },
  { code: 'link-passphrase' },
  { code: 'link-needs-passphrase' },
];

describe('refusal messages', () => {
  it.each(LANGS)('every refusal has its own words in %s', (lang) => {
    const texts = PROBLEMS.map((p) => problemText(catalogues[lang], p));
    expect(new Set(texts).size).toBe(PROBLEMS.length);
    for (const text of texts) expect(text.length).toBeGreaterThan(10);
  });

  it.each(LANGS)('a newer version and a bad key are named in %s', (lang) => {
    expect(problemText(catalogues[lang], PROBLEMS[5])).toContain('7');
    expect(problemText(catalogues[lang], PROBLEMS[7])).toContain('__proto__');
    expect(problemText(catalogues[lang], PROBLEMS[8])).toContain('workspace.datasets.0.rowsStored');
  });

  it('the three languages differ', () => {
    for (const p of PROBLEMS) {
      const [en, id, pl] = LANGS.map((l) => problemText(catalogues[l], p));
      expect(new Set([en, id, pl]).size).toBe(3);
    }
  });
});
