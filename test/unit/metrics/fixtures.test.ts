// The public fixtures: every KPI of every month and every cohort cell, through the real ingest.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest, type WorkspaceLocale } from '../../../src/core/datasets/ingest.ts';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { workspaceDataOf } from '../../../src/core/workspace-data.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = resolve(ROOT, 'test/fixtures/public');

interface Expected {
  settings: { gross_margin: number; activation_event: string; locale: WorkspaceLocale; currency: string };
  files: { name: string; kind: string }[];
  months: Record<string, Record<string, number | null>>;
  kpi_sources: Record<string, string>;
  cohorts: Record<string, { size: number; mrr: number; logo: number[]; revenue: number[] }> | null;
}

const WORKSPACES = [
  ['expected.json', ''],
  ...[
    'balance_sheet_transposed',
    'monthly_sheet_id',
    'nps_excel_unicode',
    'subscriptions_baremetrics',
    'subscriptions_pl',
    'subscriptions_pl_cp1250',
  ].map((name) => [`alt-formats/expected-${name}.json`, 'alt-formats/']),
];

/** Relative 1e-9, absolute 1e-9 near 0 (fixtures README); null only where null. */
function close(got: number | null | undefined, want: number | null): boolean {
  if (want === null || got === null || got === undefined) return got === want;
  return Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

describe.skipIf(!existsSync(FIXTURES))('public fixtures', () => {
  describe.each(WORKSPACES)('%s', (file, dir) => {
    const expected = JSON.parse(readFileSync(resolve(FIXTURES, file), 'utf8')) as Expected;
    const results = expected.files.map((f) =>
      ingest(new Uint8Array(readFileSync(resolve(FIXTURES, dir + f.name))), f.name, {
        locale: expected.settings.locale,
      }),
    );
    const metrics = computeWorkspace(workspaceDataOf(results), {
      gross_margin: expected.settings.gross_margin,
      activation_event: expected.settings.activation_event,
      currency: expected.settings.currency,
      fx: {},
    });
    const months = Object.keys(expected.months);

    it('detects every file as its kind', () => {
      expect(results.map((r) => r.kind)).toEqual(expected.files.map((f) => f.kind));
    });

    it('has the months and KPI ids of the expectation, from the same sources', () => {
      expect(metrics.months).toEqual(months);
      expect(Object.keys(metrics.values).sort()).toEqual(Object.keys(expected.months[months[0]]).sort());
      for (const [id, kind] of Object.entries(expected.kpi_sources))
        expect(metrics.sources[id], id).toBe(kind);
    });

    it('matches every KPI of every month', () => {
      const wrong: string[] = [];
      months.forEach((month, i) => {
        for (const [id, want] of Object.entries(expected.months[month])) {
          const got = metrics.values[id]?.[i];
          if (!close(got, want)) wrong.push(`${month} ${id}: got ${got}, want ${want}`);
        }
      });
      expect(wrong).toEqual([]);
    });

    it('matches every cohort cell', () => {
      if (expected.cohorts === null) {
        expect(metrics.cohorts).toBeNull();
        return;
      }
      expect(Object.keys(metrics.cohorts ?? {})).toEqual(Object.keys(expected.cohorts));
      const wrong: string[] = [];
      for (const [cohort, want] of Object.entries(expected.cohorts)) {
        const got = metrics.cohorts![cohort];
        if (got.size !== want.size || !close(got.mrr, want.mrr)) wrong.push(`${cohort} size/mrr`);
        if (got.logo.length !== want.logo.length || got.revenue.length !== want.revenue.length) {
          wrong.push(`${cohort} length`);
        }
        want.logo.forEach(
          (w, k) => close(got.logo[k], w) || wrong.push(`${cohort} logo[${k}]: ${got.logo[k]} vs ${w}`),
        );
        want.revenue.forEach(
          (w, k) =>
            close(got.revenue[k], w) || wrong.push(`${cohort} revenue[${k}]: ${got.revenue[k]} vs ${w}`),
        );
      }
      expect(wrong).toEqual([]);
    });
  });
});
