// A failed compute is worded as a failed import is, in the page's language, never as the raw
// developer message.
import { afterEach, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/all.ts';
import { problemText, storageText } from '../../src/i18n/problem-text.ts';
import { EngineError, type EngineClient } from '../../src/state/engine-client.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import { Metrics } from '../../src/state/metrics.svelte.ts';

afterEach(() => locale.set('en'));

function failingEngine(error: unknown): () => EngineClient {
  return () => ({ request: () => Promise.reject(error) }) as unknown as EngineClient;
}

describe('compute problems', () => {
  it('words a storage failure of the worker as the import does', async () => {
    locale.set('en');
    const metrics = new Metrics(failingEngine(new EngineError('QuotaExceededError: raw', 'storage-quota')));
    await metrics.refresh('ws');
    expect(metrics.problem?.code).toBe('storage-quota');
    expect(metrics.error).toBe(catalogues.en.errorStorageQuota);
    expect(metrics.error).not.toContain('raw');
    locale.set('pl');
    expect(metrics.error).toBe(catalogues.pl.errorStorageQuota);
  });

  it('words a dead worker and a failure of the page itself without their developer message', async () => {
    const crashed = new Metrics(failingEngine(new EngineError('engine crashed', 'crash')));
    await crashed.refresh('ws');
    expect(crashed.error).toBe(catalogues.en.errorOther);
    const page = new Metrics(failingEngine(new TypeError('x is undefined')));
    await page.refresh('ws');
    expect(page.problem?.code).toBe('storage-other');
    expect(page.error).toBe(catalogues.en.errorStorageOther);
  });

  it('clears the problem after a compute that works', async () => {
    let fail = true;
    const part = {
      grains: {
        month: { months: [], values: {}, sources: {}, inputs: {}, cohorts: null, inProgress: false },
      },
      segmentFields: {},
      segmentMisses: [],
      eventNames: [],
      timings: { loadMs: 0, computeMs: 0 },
      currencyGap: null,
    };
    part.grains = {
      ...part.grains,
      quarter: part.grains.month,
      year: part.grains.month,
    } as typeof part.grains;
    const engine = {
      request: () =>
        fail
          ? Promise.reject(new EngineError('x', 'storage-unavailable'))
          : Promise.resolve({ answer: part }),
    } as unknown as EngineClient;
    const metrics = new Metrics(() => engine);
    await metrics.refresh('ws');
    expect(metrics.error).toBe(catalogues.en.errorStorageUnavailable);
    fail = false;
    await metrics.refresh('ws');
    expect(metrics.problem).toBeNull();
    expect(metrics.error).toBeNull();
  });
});

describe('problemText', () => {
  it('names the file for file problems and words every storage problem', () => {
    const t = catalogues.en;
    expect(problemText(t, { code: 'spreadsheet' }, 'a.xlsx')).toBe(t.errorSpreadsheet({ name: 'a.xlsx' }));
    expect(problemText(t, { code: 'no-kind' }, 'm.csv')).toBe(t.errorNoKind({ name: 'm.csv' }));
    expect(problemText(t, { code: 'storage-newer-version' })).toBe(storageText(t, 'newer-version'));
    expect(problemText(t, { code: 'storage-blocked' })).toBe(t.errorStorageBlocked);
  });
});
