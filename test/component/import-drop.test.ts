// Files dropped anywhere on the Import view must reach the same preview as picked ones, and a
// dropped workbook must be refused by name with the way out (save as CSV), not fail obscurely.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IngestError } from '../../src/core/datasets/ingest.ts';
import { YardstickDb } from '../../src/db/schema.ts';
import { workspaces } from '../../src/state/app.svelte.ts';
import { EngineError } from '../../src/state/engine-client.ts';
import { imports } from '../../src/state/import.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportView from '../../src/ui/views/ImportView.svelte';
import { analyseFile } from '../../src/worker/import-file.ts';
import type { EngineRequest } from '../../src/worker/protocol.ts';
import { goToHash } from './hash.ts';
import { settle } from './import-harness.ts';

// The page's engine answers like the worker does (the worker's own analysis and error codes), and
// records what it was asked.
const page = vi.hoisted(() => ({ db: null as unknown, requests: [] as { type: string; file: File }[] }));
vi.mock('../../src/state/engine.ts', () => ({
  db: () => page.db,
  engine: () => ({
    async request(type: EngineRequest['type'], body: { workspaceId: string; file: File; options: never }) {
      page.requests.push({ type, file: body.file });
      if (type !== 'analyse') throw new Error(`unexpected ${type}`);
      try {
        const answer = await analyseFile(page.db as YardstickDb, body.workspaceId, body.file, body.options);
        return { type: 'analysis', id: page.requests.length, answer };
      } catch (e) {
        if (e instanceof IngestError) throw new EngineError(e.message, e.code, e.detail);
        throw e;
      }
    },
    cancel() {},
  }),
}));

/** The previews asked for (the first file is also read ahead, and that request is recorded too). */
const analyses = () => page.requests.filter((r) => r.type === 'analyse');

const SUBSCRIPTIONS = [
  'customer_id,plan,mrr,currency,start_date,end_date',
  'c1,Pro,49,USD,2024-01-05,',
  'c2,Basic,19,USD,2024-02-11,2024-05-11',
  'c3,Pro,49,USD,2024-03-02,',
].join('\n');
const NPS = ['respondent_id,submitted_at,rating', 'r1,2024-02-01,9', 'r2,2024-02-03,4'].join('\n');

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
/** A workbook as spreadsheet apps write it: a zip archive (.xlsx, .ods) or an OLE file (.xls). */
const workbook = (name: string) =>
  new File(
    [new Uint8Array(name.endsWith('.xls') ? [0xd0, 0xcf, 0x11, 0xe0, 1] : [0x50, 0x4b, 3, 4, 1])],
    name,
  );

/** What a browser hands the page for a drag of files from the desktop (jsdom has no DataTransfer). */
function filesTransfer(files: File[]) {
  return {
    files,
    items: files.map((f) => ({ kind: 'file', type: f.type, getAsFile: () => f })),
    types: ['Files'],
    dropEffect: 'none',
    effectAllowed: 'all',
  };
}

beforeEach(async () => {
  locale.set('en');
  await goToHash('#/import');
  page.db = new YardstickDb(`drop-${Date.now()}-${Math.random()}`);
  page.requests = [];
  await workspaces.load();
});

afterEach(async () => {
  await settle();
  imports.items = [];
  (page.db as YardstickDb).close();
});

/** The chosen files as listed: name per row. */
function chosenNames(): string[] {
  const table = screen.getByTestId('chosen-files');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent ?? '');
}

/** The detected kind of each previewed file, once `count` previews show one. */
async function previewKinds(count: number): Promise<string[]> {
  await vi.waitFor(() => expect(screen.getAllByLabelText('Dataset kind')).toHaveLength(count));
  return screen.getAllByLabelText('Dataset kind').map((s) => (s as HTMLSelectElement).value);
}

describe('dropping files on the Import view', () => {
  it('shows the drop affordance while files are dragged over any part of the page', async () => {
    render(ImportView);
    const heading = screen.getByRole('heading', { level: 1 });
    const transfer = filesTransfer([csv('subs.csv', SUBSCRIPTIONS)]);
    expect(screen.queryByText('Drop the files to preview them')).toBeNull();

    // Not cancelling dragover would make the browser refuse the drop (or open the file instead).
    expect(await fireEvent.dragOver(heading, { dataTransfer: transfer })).toBe(false);
    expect(transfer.dropEffect).toBe('copy');
    expect(screen.getByText('Drop the files to preview them')).toBeInTheDocument();

    await fireEvent.dragLeave(document.body, { dataTransfer: transfer });
    expect(screen.queryByText('Drop the files to preview them')).toBeNull();
  });

  it('keeps the affordance while the drag crosses elements, until it leaves the page', async () => {
    render(ImportView);
    const transfer = filesTransfer([csv('subs.csv', SUBSCRIPTIONS)]);
    const heading = screen.getByRole('heading', { level: 1 });
    await fireEvent.dragEnter(document.body, { dataTransfer: transfer });
    await fireEvent.dragEnter(heading, { dataTransfer: transfer });
    await fireEvent.dragOver(heading, { dataTransfer: transfer });
    // Entering the heading leaves the body: still over the page.
    await fireEvent.dragLeave(document.body, { dataTransfer: transfer });
    expect(screen.getByText('Drop the files to preview them')).toBeInTheDocument();
    await fireEvent.dragLeave(heading, { dataTransfer: transfer });
    expect(screen.queryByText('Drop the files to preview them')).toBeNull();
  });

  it('takes files dropped outside the view, on the header or the navigation', async () => {
    render(ImportView);
    const outside = document.body.appendChild(document.createElement('nav'));
    const files = [csv('subs.csv', SUBSCRIPTIONS)];
    expect(await fireEvent.dragOver(outside, { dataTransfer: filesTransfer(files) })).toBe(false);
    expect(await fireEvent.drop(outside, { dataTransfer: filesTransfer(files) })).toBe(false);
    expect(chosenNames()).toEqual(['subs.csv']);
    outside.remove();
  });

  it('says files cannot join an import that is running, instead of dropping them quietly', async () => {
    render(ImportView);
    imports.running = true;
    try {
      const picker = screen.getByTestId('import-input');
      await vi.waitFor(() => expect(picker).toBeDisabled());
      expect(picker).toHaveAccessibleDescription(
        'An import is running: add more files when it has finished.',
      );
      const heading = screen.getByRole('heading', { level: 1 });
      const files = [csv('subs.csv', SUBSCRIPTIONS)];
      const transfer = filesTransfer(files);
      expect(await fireEvent.dragOver(heading, { dataTransfer: transfer })).toBe(false);
      expect(transfer.dropEffect).toBe('copy');
      expect(await fireEvent.drop(heading, { dataTransfer: filesTransfer(files) })).toBe(false);
      expect(await screen.findByTestId('import-busy')).toHaveTextContent('An import is running');
      expect(imports.items).toEqual([]);
    } finally {
      imports.running = false;
    }
    await vi.waitFor(() => expect(screen.queryByTestId('import-busy')).toBeNull());
    expect(screen.getByTestId('import-input')).toBeEnabled();
  });

  it('moves focus to the next preview, then to the picker, as previews are removed', async () => {
    render(ImportView);
    const heading = screen.getByRole('heading', { level: 1 });
    const files = [csv('subs.csv', SUBSCRIPTIONS), csv('survey.csv', NPS)];
    await fireEvent.drop(heading, { dataTransfer: filesTransfer(files) });
    await settle();
    await previewKinds(2);
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Remove subs.csv' }).focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Remove survey.csv' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.getByTestId('import-input')).toHaveFocus());
    expect(screen.queryAllByTestId('import-preview')).toEqual([]);
  });

  it('ignores a drag of text, which is not a file to import', async () => {
    render(ImportView);
    const text = { files: [], items: [], types: ['text/plain'], dropEffect: 'none' };
    expect(await fireEvent.dragOver(screen.getByRole('heading', { level: 1 }), { dataTransfer: text })).toBe(
      true,
    );
    expect(screen.queryByText('Drop the files to preview them')).toBeNull();
  });

  it('lists several dropped files and previews each, as the picker does', async () => {
    render(ImportView);
    const heading = screen.getByRole('heading', { level: 1 });
    const files = [csv('subs.csv', SUBSCRIPTIONS), csv('survey.csv', NPS)];
    await fireEvent.dragOver(heading, { dataTransfer: filesTransfer(files) });
    // The browser would open the file in the tab unless the drop is cancelled.
    expect(await fireEvent.drop(heading, { dataTransfer: filesTransfer(files) })).toBe(false);
    expect(screen.queryByText('Drop the files to preview them')).toBeNull();

    expect(chosenNames()).toEqual(['subs.csv', 'survey.csv']);
    expect(screen.getByTestId('chosen-files')).toHaveTextContent('2 files');
    await settle();
    const dropped = await previewKinds(2);
    expect(dropped).toEqual(['subscriptions', 'nps']);
    expect(screen.getByTestId('import-confirm')).toHaveTextContent('Import 2 files');
    expect(analyses().map((r) => [r.type, r.file.name])).toEqual([
      ['analyse', 'subs.csv'],
      ['analyse', 'survey.csv'],
    ]);

    // The same files picked with the file input give the same list and the same previews.
    imports.items = [];
    await userEvent.upload(screen.getByTestId('import-input'), [
      csv('subs.csv', SUBSCRIPTIONS),
      csv('survey.csv', NPS),
    ]);
    expect(chosenNames()).toEqual(['subs.csv', 'survey.csv']);
    await settle();
    expect(await previewKinds(2)).toEqual(dropped);
  });

  it('names each dropped workbook and asks for it to be saved as CSV, previewing the CSV dropped with it', async () => {
    render(ImportView);
    await fireEvent.drop(screen.getByRole('heading', { level: 1 }), {
      dataTransfer: filesTransfer([
        workbook('Q3 revenue.xlsx'),
        csv('survey.csv', NPS),
        workbook('old.xls'),
        workbook('costs.ods'),
      ]),
    });
    await settle();

    const errors = await screen.findAllByTestId('import-error');
    expect(errors).toHaveLength(3);
    const names = ['Q3 revenue.xlsx', 'old.xls', 'costs.ods'];
    errors.forEach((error, i) => {
      expect(error).toHaveRole('alert');
      expect(error).toHaveTextContent(names[i]);
      expect(error).toHaveTextContent(/save the sheet as CSV/);
    });
    // Workbooks are refused by name: not a byte of them goes to the worker. Only the CSV can be imported.
    expect(new Set(page.requests.map((r) => r.file.name))).toEqual(new Set(['survey.csv']));
    expect(await previewKinds(1)).toEqual(['nps']);
    expect(screen.getByTestId('import-confirm')).toHaveTextContent(/^Import$/);
    expect(screen.getByTestId('import-confirm')).toBeEnabled();
  });
});
