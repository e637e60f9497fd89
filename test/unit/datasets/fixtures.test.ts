import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/core/datasets/ingest.ts';
import type { WorkspaceLocale } from '../../../src/core/datasets/ingest.ts';
import { col } from './helpers.ts';

// The public fixtures: the repository's own copy of the shared ones (CI checks that they agree).
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = path.resolve(repo, 'test/fixtures/public');

interface ExpectedFile {
  name: string;
  kind: string;
  encoding: string;
  delimiter: string;
  rows: number;
  rows_rejected: number;
  rows_stored: number;
}

// The reference implementation writes Python codec names; the spec's labels differ.
const ENCODING: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8-bom',
  cp1250: 'windows-1250',
  'windows-1250': 'windows-1250',
  cp1252: 'windows-1252',
  'utf-16le-bom': 'utf-16le',
  'utf-16-le': 'utf-16le',
  'utf-16be-bom': 'utf-16be',
};

function cases(): { dir: string; locale: WorkspaceLocale; file: ExpectedFile }[] {
  const out: { dir: string; locale: WorkspaceLocale; file: ExpectedFile }[] = [];
  const add = (dir: string, json: string) => {
    const doc = JSON.parse(readFileSync(path.join(dir, json), 'utf8'));
    for (const file of doc.files as ExpectedFile[]) out.push({ dir, locale: doc.settings.locale, file });
  };
  add(fixtures, 'expected.json');
  const alt = path.join(fixtures, 'alt-formats');
  for (const json of readdirSync(alt).filter((f) => /^expected-.*\.json$/.test(f))) add(alt, json);
  return out;
}

describe('shared fixtures ingest with auto-detection', () => {
  const all = cases();
  it('covers the main and alternative files', () => expect(all.length).toBeGreaterThanOrEqual(13));
  for (const { dir, locale, file } of all) {
    it(`${path.basename(dir)}/${file.name} (${locale})`, () => {
      const r = ingest(new Uint8Array(readFileSync(path.join(dir, file.name))), file.name, { locale });
      expect({
        kind: r.kind,
        encoding: r.encoding,
        delimiter: r.delimiter,
        rows: r.dataRows,
        rows_rejected: r.rejected.length,
        rows_stored: r.rowsStored,
      }).toEqual({
        kind: file.kind,
        encoding: ENCODING[file.encoding] ?? file.encoding,
        delimiter: file.delimiter,
        rows: file.rows,
        rows_rejected: file.rows_rejected,
        rows_stored: file.rows_stored,
      });
    });
  }
});

describe('shared fixtures: stored values spot-checked against the raw files', () => {
  const load = (name: string, locale: WorkspaceLocale) =>
    ingest(new Uint8Array(readFileSync(path.join(fixtures, name))), path.basename(name), { locale });
  const count = <T>(values: T[], v: T) => values.filter((x) => x === v).length;

  it('Stripe: 251 rows have an end (Ended At), pending cancels stay open, 14 quarterly counts', () => {
    const r = load('subscriptions_stripe.csv', 'en-US');
    expect(col(r, 'end').filter((v) => v !== null)).toHaveLength(251);
    expect(count(col(r, 'interval_count'), 3)).toBe(14);
    expect(col(r, 'currency').every((c) => c === 'USD')).toBe(true);
  });

  it('Polish UTF-8: quarterly becomes month × 3, trials flagged, grouped prices read', () => {
    const r = load('alt-formats/subscriptions_pl.csv', 'pl');
    expect(count(col(r, 'interval_count'), 3)).toBe(14);
    expect(count(col(r, 'is_trial'), 1)).toBe(127);
    expect(col(r, 'amount')).toContain(1199.5);
    expect(col(r, 'customer_id')[0]).toBe('000001');
  });

  it('Polish windows-1250: headers decode with their Polish letters', () => {
    const r = load('alt-formats/subscriptions_pl_cp1250.csv', 'pl');
    expect(r.mapping.quantity).toBe('ilość');
    expect(r.mapping.start).toBe('data rozpoczęcia');
    expect(col(r, 'amount')[0]).toBe(119.99);
  });

  it('Indonesian sheet: rupiah with dot grouping, visitors 3.932 = 3932', () => {
    const r = load('alt-formats/monthly_sheet_id.csv', 'id');
    expect(col(r, 'month')[0]).toBe('2024-01-01T00:00:00.000Z');
    expect(col(r, 'mrr')[0]).toBe(22050650.67);
    expect(col(r, 'visitors')[0]).toBe(3932);
    expect(col(r, 'tingkat_error')[0]).toBe(1.42);
  });

  it('Unicode Text NPS: day-first dates, the four bad scores rejected on their lines', () => {
    const r = load('alt-formats/nps_excel_unicode.txt', 'en-GB');
    expect(r.rejected.map((x) => x.line)).toEqual([72, 74, 76, 78]);
    expect(col(r, 'responded_at')[0]).toBe('2024-02-23T00:00:00.000Z');
  });

  it('transposed balance sheet: one row per period, minus signs read', () => {
    const r = load('alt-formats/balance_sheet_transposed.csv', 'en-US');
    expect(col(r, 'period_end')[0]).toBe('2024-03-31T00:00:00.000Z');
    expect(col(r, 'total_equity')[0]).toBe(-443174.21);
    expect(col(r, 'interest_expense')[7]).toBe(0);
  });
});
