// datasets.md §3: DD/MM/YYYY vs MM/DD/YYYY is decided per column. One file may hold a column
// exported day-first and another exported month-first; each is read in its own order, and a
// column with no evidence either way follows the workspace locale.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/datasets/ingest.ts';
import { bytes, col, run } from './helpers.ts';

// created_at: the second row's 13 can only be a day ⇒ day-first, so 02/03/2024 is 2 March.
// converted_at: the second row's 20 can only be a day in second place ⇒ month-first, so
// 04/05/2024 is 5 April. pql_at: 03/04/2024 and 05/06/2024 fit either order ⇒ the locale.
// The ambiguous values come first: the decision is the column's, not its first row's.
const LEADS = [
  'lead_id,created_at,pql_at,converted_at',
  'L1,02/03/2024,03/04/2024,04/05/2024',
  'L2,13/01/2024,05/06/2024,01/20/2024',
].join('\n');

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString();

describe('day-first or month-first, decided per column', () => {
  it.each(['en-US', 'en-GB'] as const)(
    'reads each column of one file in its own order (workspace %s)',
    (locale) => {
      const r = run(LEADS, { locale });
      expect(r.kind).toBe('leads');
      expect(r.rejected).toEqual([]);
      expect(r.rowsStored).toBe(2);
      // Whatever the locale, the evidence of each column wins over it.
      expect(col(r, 'created_at')).toEqual([iso(2024, 3, 2), iso(2024, 1, 13)]);
      expect(col(r, 'converted_at')).toEqual([iso(2024, 4, 5), iso(2024, 1, 20)]);
    },
  );

  it('reads a column with no evidence in the workspace locale, beside columns that have some', () => {
    expect(col(run(LEADS, { locale: 'en-US' }), 'pql_at')).toEqual([iso(2024, 3, 4), iso(2024, 5, 6)]);
    expect(col(run(LEADS, { locale: 'en-GB' }), 'pql_at')).toEqual([iso(2024, 4, 3), iso(2024, 6, 5)]);
    expect(col(run(LEADS, { locale: 'pl' }), 'pql_at')).toEqual([iso(2024, 4, 3), iso(2024, 6, 5)]);
  });

  it('shows each column its own order in the preview', () => {
    const a = analyse(bytes(LEADS), 'leads.csv', { locale: 'en-US' });
    const orders = Object.fromEntries(a.columns.map((c) => [c.header, c.dateOrder]));
    expect(orders).toEqual({
      lead_id: undefined,
      created_at: 'DMY',
      pql_at: 'MDY',
      converted_at: 'MDY',
    });
  });

  it('decides the order from the whole column, even when the evidence is in the last row', () => {
    const ambiguous = Array.from({ length: 30 }, (_, i) => `L${i},01/02/2024,,02/01/2024`);
    const csv = ['lead_id,created_at,pql_at,converted_at', ...ambiguous, 'Z,31/12/2024,,12/31/2024'].join(
      '\n',
    );
    for (const locale of ['en-US', 'en-GB'] as const) {
      const r = run(csv, { locale });
      expect(r.rejected).toEqual([]);
      const created = col(r, 'created_at');
      const converted = col(r, 'converted_at');
      expect(new Set(created.slice(0, 30))).toEqual(new Set([iso(2024, 2, 1)]));
      expect(new Set(converted.slice(0, 30))).toEqual(new Set([iso(2024, 2, 1)]));
      expect(created[30]).toBe(iso(2024, 12, 31));
      expect(converted[30]).toBe(iso(2024, 12, 31));
    }
  });
});
