import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetRecord } from '../../src/db/schema.ts';
import { ImportItem } from '../../src/state/import.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportReport from '../../src/ui/import/ImportReport.svelte';
import { rejectedCsv } from '../../src/ui/import/rejected-csv.ts';
import { harness } from './import-harness.ts';

const pageDb = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('../../src/state/engine.ts', () => ({ db: () => pageDb.current, engine: () => null }));

beforeEach(() => locale.set('en'));

const rejected = Array.from({ length: 130 }, (_, i) => ({
  line: i + 2,
  reason: i === 0 ? 'comment: "=cmd|x", said "hi"' : `score: "${i + 10}" is not a whole number from 0 to 10`,
}));

function record(): DatasetRecord {
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
    rejected,
    chunkCount: 1,
    currencies: [],
  };
}

describe('import report', () => {
  it('shows rows stored, every rejected row with its line (first 100), and downloads all as CSV', async () => {
    const h = await harness();
    pageDb.current = h.db;
    await h.db.datasets.put(record());
    const item = new ImportItem(new File(['x'], 'survey.csv'));
    const { rejected: all, ...dataset } = record();
    item.result = { dataset, rejectedHead: all.slice(0, 100), rejectedCount: all.length };
    item.status = 'done';

    let saved: Blob | null = null;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:report';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    render(ImportReport, { item });
    const done = screen.getByTestId('import-done');
    expect(done).toHaveAttribute('data-rows', '1200');
    expect(done).toHaveAttribute('data-rejected', '130');
    expect(done).toHaveTextContent('survey.csv: 1,200 rows imported.');
    const rows = within(screen.getByTestId('rejected-rows')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(100);
    expect(rows[1]).toHaveTextContent('3score: "11" is not a whole number from 0 to 10');
    expect(done).toHaveTextContent('Showing 100 of 130.');

    await userEvent.click(screen.getByRole('button', { name: 'Download all skipped rows (CSV)' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const text = await saved!.text();
    expect(text).toBe(rejectedCsv(rejected));
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(131);
    expect(lines[0]).toBe('line,reason');
    expect(lines[1]).toBe('2,"comment: ""=cmd|x"", said ""hi"""');
    expect(lines[130]).toBe('131,"score: ""139"" is not a whole number from 0 to 10"');
    click.mockRestore();
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    expect(rejectedCsv([{ line: 7, reason: '=HYPERLINK("x")' }])).toBe(
      'line,reason\r\n7,"\'=HYPERLINK(""x"")"\r\n',
    );
  });
});
