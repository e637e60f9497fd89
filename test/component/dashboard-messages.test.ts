import { expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/all.ts';
import { dashboardEn } from '../../src/i18n/messages/dashboard/en.ts';
import { DASHBOARD_SAMPLE_PARAMS } from '../../src/i18n/messages/dashboard/samples.ts';
import { KPI_IDS } from '../../src/core/metrics/catalogue.ts';

it('dashboard messages render in every language and are translated', () => {
  for (const lang of ['en', 'id', 'pl'] as const) {
    for (const key of Object.keys(dashboardEn)) {
      const m = (catalogues[lang] as unknown as Record<string, unknown>)[key];
      const text =
        typeof m === 'function'
          ? (m as (p: object) => string)((DASHBOARD_SAMPLE_PARAMS as Record<string, object>)[key])
          : (m as string);
      expect(text.trim(), `${lang}.${key}`).not.toBe('');
      if (lang !== 'en' && !['segmentLabel', 'segmentAdd'].includes(key))
        expect(text, `${lang}.${key}`).not.toBe(
          typeof m === 'function'
            ? (dashboardEn[key as keyof typeof dashboardEn] as (p: object) => string)(
                (DASHBOARD_SAMPLE_PARAMS as Record<string, object>)[key],
              )
            : dashboardEn[key as keyof typeof dashboardEn],
        );
    }
  }
});

it('every KPI has a name in every language', () => {
  for (const lang of ['en', 'id', 'pl'] as const)
    for (const id of KPI_IDS) expect(catalogues[lang].kpiName({ id }), `${lang}.${id}`).not.toBe(id);
  expect(catalogues.pl.kpiName({ id: 'feature_adoption:login' })).toBe('Użycie funkcji: login');
  expect(catalogues.en.kpiName({ id: 'custom:support_tickets' })).toBe('support_tickets');
});
