import { expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/all.ts';
import { importEn } from '../../src/i18n/messages/import/en.ts';
import { IMPORT_SAMPLE_PARAMS } from '../../src/i18n/messages/import/samples.ts';
it('import messages render in every language and are translated', () => {
  for (const lang of ['en', 'id', 'pl'] as const) {
    for (const key of Object.keys(importEn)) {
      const m = (catalogues[lang] as unknown as Record<string, unknown>)[key];
      const text =
        typeof m === 'function'
          ? (m as (p: object) => string)((IMPORT_SAMPLE_PARAMS as Record<string, object>)[key])
          : (m as string);
      expect(text.trim(), `${lang}.${key}`).not.toBe('');
      if (lang !== 'en' && typeof m === 'string' && key !== 'demoWorkspaceName')
        expect(m, `${lang}.${key}`).not.toBe((importEn as Record<string, unknown>)[key]);
    }
  }
});
