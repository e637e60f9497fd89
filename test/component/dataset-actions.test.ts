// The stored datasets list is where a user checks what was imported and tidies it up: what it
// shows must match what is stored, and a delete must never happen without a confirmation.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Frame } from '../../src/core/datasets/frame.ts';
import { ChunkStager, commitDataset, stageDataset } from '../../src/db/datasets.ts';
import type { DatasetRecord } from '../../src/db/schema.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import { harness, settle, type Harness } from './import-harness.ts';
import { installModalDialogs } from './modal-dialog.ts';

let removeDialogs: () => void;
beforeAll(() => (removeDialogs = installModalDialogs()));
afterAll(() => removeDialogs());
beforeEach(() => locale.set('en'));

let h: Harness;
afterEach(async () => {
  await settle();
  h.db.close();
});

const frame = { rows: 1, columns: new Map() } as Frame;

function record(over: Partial<DatasetRecord> & Pick<DatasetRecord, 'id' | 'workspaceId'>): DatasetRecord {
  return {
    state: 'ready',
    kind: 'costs',
    name: `${over.id}.csv`,
    fileName: `${over.id}.csv`,
    size: 100,
    hash: over.id,
    importedAt: Date.UTC(2025, 0, 1, 12),
    encoding: 'utf-8',
    delimiter: ',',
    decimal: '.',
    dateOrder: 'YMD',
    mapping: {},
    rowsStored: 1,
    rejected: [],
    chunkCount: 2,
    currencies: [],
    ...over,
  };
}

/** Stores a dataset as an import does: its chunks, then the committing write. */
async function store(d: DatasetRecord): Promise<void> {
  await stageDataset(h.db, d);
  const chunks = new ChunkStager(h.db, d.id);
  for (let i = 0; i < d.chunkCount; i++) await chunks.write(frame);
  if (d.state === 'ready') await commitDataset(h.db, d);
}

/** A workspace "Acme" holding a Stripe export and a Polish costs sheet, shown in the import panel. */
async function setUp() {
  h = await harness();
  const acme = await h.workspaces.create('Acme');
  await store(
    record({
      id: 'stripe',
      workspaceId: acme.id,
      kind: 'subscriptions',
      name: 'stripe-export.csv',
      fileName: 'stripe-export.csv',
      rowsStored: 12345,
      importedAt: Date.UTC(2025, 2, 14, 12),
    }),
  );
  await store(
    record({
      id: 'koszty',
      workspaceId: acme.id,
      name: 'koszty.csv',
      fileName: 'koszty.csv',
      rowsStored: 24,
      importedAt: Date.UTC(2025, 3, 2, 12),
      encoding: 'windows-1250',
      delimiter: ';',
      decimal: ',',
      dateOrder: 'DMY',
      rejected: [
        { line: 3, reason: { code: 'not-number', column: 'amount', value: 'x' } },
        { line: 9, reason: { code: 'not-number', column: 'amount', value: 'y' } },
      ],
    }),
  );
  // Neither an unfinished import nor another workspace's data belongs in the list.
  await store(record({ id: 'half', workspaceId: acme.id, state: 'staged', name: 'half.csv' }));
  const other = await h.workspaces.create('Other');
  await store(record({ id: 'elsewhere', workspaceId: other.id, name: 'elsewhere.csv' }));
  await h.workspaces.select(acme.id);
  render(ImportPanel, { session: h.session, workspaces: h.workspaces });
  await screen.findByTestId('datasets');
  return { user: userEvent.setup() };
}

/** The list as read on screen: one object per dataset, keyed by column heading. */
function shown(): Record<string, string>[] {
  const table = within(screen.getByTestId('datasets')).getByRole('table');
  const headings = within(table)
    .getAllByRole('columnheader')
    .map((c) => c.textContent!.trim());
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      Object.fromEntries(
        [...row.children].map((cell, i) => [headings[i], cell.textContent!.replace(/\s+/g, ' ').trim()]),
      ),
    );
}

const chunksOf = (id: string) => h.db.chunks.where('datasetId').equals(id).count();

describe('the datasets list', () => {
  it('shows each stored dataset of the current workspace with its kind, file, rows, date and conventions', async () => {
    await setUp();
    const [stripe, koszty, ...rest] = shown();
    expect(rest).toEqual([]);
    expect(stripe).toMatchObject({ File: 'stripe-export.csv', Kind: 'Subscriptions', Rows: '12,345' });
    expect(stripe.Imported).toBe('Mar 14, 2025');
    expect(stripe['Read as']).toMatch(/utf-8.*comma.*1,234\.5.*YMD/);
    expect(koszty).toMatchObject({ File: 'koszty.csv', Kind: 'Costs', Imported: 'Apr 2, 2025' });
    expect(koszty.Rows).toBe('24 2 skipped');
    expect(koszty['Read as']).toMatch(/windows-1250.*semicolon.*1\.234,5.*DMY/);
    expect(screen.queryByText('half.csv')).toBeNull();
    expect(screen.queryByText('elsewhere.csv')).toBeNull();
  });

  it('renames a dataset: the new name is shown over the file name and stored', async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole('button', { name: 'Rename stripe-export.csv' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename stripe-export.csv' });
    const field = within(dialog).getByLabelText('New name');
    expect(field).toHaveValue('stripe-export.csv');
    await user.clear(field);
    await user.type(field, '  Stripe 2025  ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = screen.getByRole('rowheader', { name: /Stripe 2025/ });
    expect(row).toHaveTextContent('stripe-export.csv');
    expect(screen.getByRole('button', { name: 'Rename Stripe 2025' })).toBeInTheDocument();
    expect(await h.db.datasets.get('stripe')).toMatchObject({
      name: 'Stripe 2025',
      fileName: 'stripe-export.csv',
      rowsStored: 12345,
    });
  });

  it('refuses an empty or blank name with a message and keeps the old one', async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole('button', { name: 'Rename koszty.csv' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename koszty.csv' });
    const field = within(dialog).getByLabelText('New name');
    for (const blank of ['', '   ']) {
      await user.clear(field);
      if (blank) await user.type(field, blank);
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent('Enter a name: it cannot be empty.');
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByRole('rowheader', { name: 'koszty.csv' })).toBeInTheDocument();
      expect((await h.db.datasets.get('koszty'))?.name).toBe('koszty.csv');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await h.db.datasets.get('koszty'))?.name).toBe('koszty.csv');
  });

  it('saves a new name on Enter in the field', async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole('button', { name: 'Rename koszty.csv' }));
    const field = within(screen.getByRole('dialog', { name: 'Rename koszty.csv' })).getByLabelText(
      'New name',
    );
    await user.clear(field);
    await user.type(field, 'Koszty 2025{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('rowheader', { name: /Koszty 2025/ })).toHaveTextContent('koszty.csv');
    expect((await h.db.datasets.get('koszty'))?.name).toBe('Koszty 2025');
  });

  it('deletes a dataset with its rows only after confirmation; Cancel keeps it', async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole('button', { name: 'Delete koszty.csv' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete koszty.csv' });
    expect(dialog).toHaveTextContent('koszty.csv');
    expect(dialog).toHaveTextContent('cannot be undone');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(shown().map((d) => d.File)).toEqual(['stripe-export.csv', 'koszty.csv']);
    expect(await h.db.datasets.get('koszty')).toBeDefined();
    expect(await chunksOf('koszty')).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Delete koszty.csv' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete koszty.csv' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await vi.waitFor(() => expect(shown().map((d) => d.File)).toEqual(['stripe-export.csv']));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await h.db.datasets.get('koszty')).toBeUndefined();
    expect(await chunksOf('koszty')).toBe(0);
    // The other dataset is untouched.
    expect(await chunksOf('stripe')).toBe(2);
    expect(h.workspaces.datasets.map((d) => d.id)).toEqual(['stripe']);
  });

  it('runs the delete confirmation from the keyboard: focus moves in, Escape cancels, Enter confirms', async () => {
    const { user } = await setUp();
    const opener = screen.getByRole('button', { name: 'Delete stripe-export.csv' });
    opener.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Delete stripe-export.csv' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(opener).toHaveFocus();
    expect(await h.db.datasets.get('stripe')).toBeDefined();
    expect(await chunksOf('stripe')).toBe(2);

    await user.keyboard('{Enter}');
    const again = screen.getByRole('dialog', { name: 'Delete stripe-export.csv' });
    const confirm = within(again).getByRole('button', { name: 'Delete' });
    while (document.activeElement !== confirm && again.contains(document.activeElement)) await user.tab();
    expect(confirm).toHaveFocus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(shown().map((d) => d.File)).toEqual(['koszty.csv']));
    expect(await h.db.datasets.get('stripe')).toBeUndefined();
    expect(await chunksOf('stripe')).toBe(0);
    // The Delete button that opened the dialog went with its row: focus lands on the list's
    // heading, not at the top of the page.
    await vi.waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Datasets in this workspace' })).toHaveFocus(),
    );
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/koszty\.csv/);
  });
});
