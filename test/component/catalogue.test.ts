import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/index.ts';
import { catalogues } from '../../src/i18n/all.ts';
import { AREAS, loadArea } from '../../src/i18n/areas.ts';
import { en as firstEn } from '../../src/i18n/messages/en.ts';
import { DASHBOARD_SAMPLE_PARAMS } from '../../src/i18n/messages/dashboard/samples.ts';
import { GOALS_SAMPLE_PARAMS } from '../../src/i18n/messages/goals/samples.ts';
import { IMPORT_SAMPLE_PARAMS } from '../../src/i18n/messages/import/samples.ts';
import { REASON_SAMPLE_PARAMS } from '../../src/i18n/messages/reasons/samples.ts';
import { SEGMENT_SAMPLE_PARAMS } from '../../src/i18n/messages/segments/samples.ts';
import { ALERTS_SAMPLE_PARAMS } from '../../src/i18n/messages/alerts/samples.ts';
import { OVERVIEW_SAMPLE_PARAMS } from '../../src/i18n/messages/overview/samples.ts';
import { RELIABILITY_SAMPLE_PARAMS } from '../../src/i18n/messages/reliability/samples.ts';
import { SNAPSHOT_SAMPLE_PARAMS } from '../../src/i18n/messages/snapshot/samples.ts';
import { SHELL_SAMPLE_PARAMS } from '../../src/i18n/messages/shell/samples.ts';

// Sample arguments for every message that is a function; a new function key must be added here.
const SAMPLE_PARAMS: Record<string, object> = {
  ...IMPORT_SAMPLE_PARAMS,
  ...DASHBOARD_SAMPLE_PARAMS,
  ...REASON_SAMPLE_PARAMS,
  ...SEGMENT_SAMPLE_PARAMS,
  ...GOALS_SAMPLE_PARAMS,
  ...ALERTS_SAMPLE_PARAMS,
  ...SNAPSHOT_SAMPLE_PARAMS,
  ...OVERVIEW_SAMPLE_PARAMS,
  ...RELIABILITY_SAMPLE_PARAMS,
  ...SHELL_SAMPLE_PARAMS,
  documentTitle: { view: 'Import' },
  notFoundBody: { path: '/nowhere' },
  filesCount: { count: 3 },
};

function render(message: unknown, key: string): string {
  if (typeof message === 'string') return message;
  if (typeof message === 'function') {
    expect(SAMPLE_PARAMS, `sample params for ${key}`).toHaveProperty(key);
    return (message as (params: object) => string)(SAMPLE_PARAMS[key]);
  }
  throw new Error(`${key} is neither a string nor a function`);
}

describe('message catalogue', () => {
  const englishKeys = Object.keys(catalogues.en).sort();

  it.each(LANGS)('%s has exactly the English keys', (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual(englishKeys);
  });

  it.each(LANGS)('%s has no empty message', (lang) => {
    for (const key of englishKeys) {
      const text = render(catalogues[lang][key as keyof (typeof catalogues)['en']], key);
      expect(text.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it.each(LANGS)('%s loads each area on demand, and with the first screen makes the whole', async (lang) => {
    const keys = [...Object.keys(firstEn)];
    for (const area of AREAS) {
      const part = await loadArea(area, lang);
      const english = await loadArea(area, 'en');
      expect(Object.keys(part).sort(), `${lang} ${area}`).toEqual(Object.keys(english).sort());
      for (const key of Object.keys(part)) expect(keys, `${key} in two parts`).not.toContain(key);
      keys.push(...Object.keys(part));
    }
    expect(keys.sort()).toEqual(englishKeys);
  });

  it('translations are translations, not English copies', () => {
    for (const lang of ['id', 'pl'] as const) {
      const same = englishKeys.filter((key) => {
        const message = catalogues[lang][key as keyof (typeof catalogues)['en']];
        return (
          typeof message === 'string' && message === catalogues.en[key as keyof (typeof catalogues)['en']]
        );
      });
      // Brand names and terms that both languages borrow from English are the only shared strings.
      expect(same.length, `${lang} copies: ${same.join(', ')}`).toBeLessThan(6);
    }
  });

  it('Polish counts files with the right plural form', () => {
    const count = (n: number) => catalogues.pl.filesCount({ count: n });
    expect([1, 2, 5, 12, 22, 25].map(count)).toEqual([
      '1 plik',
      '2 pliki',
      '5 plików',
      '12 plików',
      '22 pliki',
      '25 plików',
    ]);
    expect(catalogues.en.filesCount({ count: 1 })).toBe('1 file');
    expect(catalogues.en.filesCount({ count: 7 })).toBe('7 files');
  });
});
