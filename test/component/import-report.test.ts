import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredRejectedRow } from '../../src/core/datasets/reasons.ts';
import type { DatasetRecord } from '../../src/db/schema.ts';
import { catalogues } from '../../src/i18n/all.ts';
import { ImportItem } from '../../src/state/import.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportReport from '../../src/ui/import/ImportReport.svelte';
import { rejectedCsv } from '../../src/ui/import/rejected-csv.ts';
import { harness } from './import-harness.ts';

const pageDb = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('../../src/state/engine.ts', () => ({ db: () => pageDb.current, engine: () => null }));

beforeEach(() => locale.set('en'));

const rejected: StoredRejectedRow[] = Array.from({ length: 130 }, (_, i) => ({
  line: i + 2,
  reason:
    i === 0
      ? { code: 'not-number', column: 'comment', value: '=cmd|x", said "hi' }
      : { code: 'not-score', column: 'score', value: String(i + 10) },
}));

function record(rows: StoredRejectedRow[] = rejected): DatasetRecord {
  return {
    id: 'd1',
    workspaceId: 'w1',
    state: 'ready',
    kind: 'nps',
    name: 'survey.csv',
    fileName: 'survey.csv',
    size: 100,
    hash: 'h',
    importedAt: Date.UTC(2025, 0, 2),
    encoding: 'utf-8',
    delimiter: ',',
    decimal: '.',
    dateOrder: 'YMD',
    mapping: { score: 'score' },
    rowsStored: 1200,
    rejected: rows,
    chunkCount: 1,
    currencies: [],
  };
}

/** Renders the report of a finished import; `download()` clicks the CSV button and returns the file. */
async function report(rows: StoredRejectedRow[], head = rows.length) {
  const h = await harness();
  pageDb.current = h.db;
  await h.db.datasets.put(record(rows));
  const item = new ImportItem(new File(['x'], 'survey.csv'));
  const { rejected: all, ...dataset } = record(rows);
  item.result = { dataset, rejectedHead: all.slice(0, head), rejectedCount: all.length };
  item.status = 'done';

  let saved: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved = blob;
    return 'blob:report';
  });
  URL.revokeObjectURL = vi.fn();
  render(ImportReport, { item });
  const done = screen.getByTestId('import-done');
  const rowsOnScreen = within(screen.getByTestId('rejected-rows')).getAllByRole('row').slice(1);
  const reasons = rowsOnScreen.map((row) => row.querySelectorAll('td')[1].textContent ?? '');
  const download = async (): Promise<string> => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await userEvent.click(screen.getByTestId('rejected-download'));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
    return saved!.text();
  };
  return { done, rowsOnScreen, reasons, download };
}

describe('import report', () => {
  it('shows rows stored, every rejected row with its line (first 100), and downloads all as CSV', async () => {
    const { done, rowsOnScreen, download } = await report(rejected, 100);
    expect(done).toHaveAttribute('data-rows', '1200');
    expect(done).toHaveAttribute('data-rejected', '130');
    expect(done).toHaveTextContent('survey.csv: 1,200 rows imported.');
    expect(rowsOnScreen).toHaveLength(100);
    expect(rowsOnScreen[1]).toHaveTextContent('3score: "11" is not a whole number from 0 to 10');
    expect(done).toHaveTextContent('Showing 100 of 130.');
    expect(screen.getByRole('button', { name: 'Download all skipped rows (CSV)' })).toBeInTheDocument();

    const text = await download();
    expect(text).toBe(rejectedCsv(catalogues.en, rejected));
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(131);
    expect(lines[0]).toBe('line,reason');
    expect(lines[1]).toBe('2,"comment: ""=cmd|x"", said ""hi"" is not a number"');
    expect(lines[130]).toBe('131,"score: ""139"" is not a whole number from 0 to 10"');
  });

  const coded: StoredRejectedRow[] = [
    { line: 3, reason: { code: 'not-score', column: 'score', value: '11' } },
    { line: 4, reason: { code: 'field-count', expected: 4, found: 3 } },
    { line: 5, reason: { code: 'not-date', column: 'responded_at', value: '2024-02-30' } },
  ];

  it('words every reason in Polish when the page speaks Polish, on screen and in the CSV', async () => {
    locale.set('pl');
    const { reasons, download } = await report(coded);
    expect(reasons).toEqual([
      'score: „11” nie jest liczbą całkowitą od 0 do 10',
      'liczba pól: 3 zamiast 4 (za mało)',
      'responded_at: „2024-02-30” nie jest poprawną datą',
    ]);
    expect((await download()).split('\r\n')).toEqual([
      'wiersz,przyczyna',
      // Quoted only where RFC 4180 needs it (core/csv/write.ts).
      '3,score: „11” nie jest liczbą całkowitą od 0 do 10',
      '4,liczba pól: 3 zamiast 4 (za mało)',
      '5,responded_at: „2024-02-30” nie jest poprawną datą',
      '',
    ]);
  });

  it('words every reason in Indonesian when the page speaks Indonesian', async () => {
    locale.set('id');
    const { reasons } = await report(coded);
    expect(reasons).toEqual([
      'score: "11" bukan bilangan bulat dari 0 sampai 10',
      'seharusnya 4 kolom, ditemukan 3 (terlalu sedikit)',
      'responded_at: "2024-02-30" bukan tanggal yang valid',
    ]);
  });

  it('shows a reason stored as English text by an earlier version as it is', async () => {
    locale.set('pl');
    const { reasons, download } = await report([
      { line: 9, reason: 'score: "12" is not a whole number from 0 to 10' },
      { line: 10, reason: { code: 'cell-empty', column: 'score' } },
    ]);
    expect(reasons).toEqual(['score: "12" is not a whole number from 0 to 10', 'kolumna score jest pusta']);
    expect(await download()).toContain('9,"score: ""12"" is not a whole number from 0 to 10"');
  });

  it('counts optional cells stored empty because they could not be read', () => {
    const item = new ImportItem(new File(['x'], 'survey.csv'));
    const { rejected: _all, ...dataset } = record([]);
    item.result = { dataset: { ...dataset, emptiedOptional: 3 }, rejectedHead: [], rejectedCount: 0 };
    item.status = 'done';
    locale.set('pl');
    render(ImportReport, { item });
    expect(screen.getByTestId('emptied-count').textContent).toBe(
      catalogues.pl.importEmptiedCount({ count: '3', n: 3 }),
    );
  });

  it('speaks of one row and one cell in the singular', () => {
    const item = new ImportItem(new File(['x'], 'survey.csv'));
    const one: StoredRejectedRow[] = [{ line: 3, reason: { code: 'cell-empty', column: 'score' } }];
    const { rejected: _all, ...dataset } = record(one);
    item.result = {
      dataset: { ...dataset, rowsStored: 1, emptiedOptional: 1 },
      rejectedHead: one,
      rejectedCount: 1,
    };
    item.status = 'done';
    locale.set('en');
    render(ImportReport, { item });
    const done = screen.getByTestId('import-done');
    expect(done).toHaveTextContent('survey.csv: 1 row imported.');
    expect(done).toHaveTextContent('One row could not be read and was skipped:');
    expect(screen.getByTestId('emptied-count')).toHaveTextContent(
      'One optional cell held something unreadable and was stored empty.',
    );
  });

  it('says when the stored text held replacement characters, and says nothing otherwise', () => {
    const { rejected: _all, ...dataset } = record([]);
    const damaged = new ImportItem(new File(['x'], 'survey.csv'));
    damaged.result = { dataset: { ...dataset, replacementChars: true }, rejectedHead: [], rejectedCount: 0 };
    damaged.status = 'done';
    const clean = new ImportItem(new File(['x'], 'clean.csv'));
    clean.result = { dataset, rejectedHead: [], rejectedCount: 0 };
    clean.status = 'done';
    render(ImportReport, { item: clean });
    expect(screen.queryByTestId('replacement-chars')).toBeNull();
    render(ImportReport, { item: damaged });
    expect(screen.getByTestId('replacement-chars')).toHaveTextContent(
      'the file already contains U+FFFD replacement characters',
    );
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(rejectedCsv(catalogues.en, [{ line: 7, reason: '=HYPERLINK("x")' }])).toBe(
      'line,reason\r\n7,"\'=HYPERLINK(""x"")"\r\n',
    );
  });
});
