// "Erase all data on this device" is the one action that loses everything: it must wait for a
// confirmation a keyboard user can give or refuse, and then leave nothing of Yardstick behind.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitDataset } from '../../src/db/datasets.ts';
import type { DatasetRecord, YardstickDb } from '../../src/db/schema.ts';
import { workspaces } from '../../src/state/app.svelte.ts';
import { db } from '../../src/state/engine.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import AppHeader from '../../src/ui/AppHeader.svelte';
import SettingsView from '../../src/ui/views/SettingsView.svelte';
import { installModalDialogs } from './modal-dialog.ts';

const ERASE = 'Erase all data on this device';

function dataset(id: string, workspaceId: string): DatasetRecord {
  return {
    id,
    workspaceId,
    state: 'ready',
    kind: 'costs',
    name: `${id}.csv`,
    fileName: `${id}.csv`,
    size: 1,
    hash: id,
    importedAt: 1,
    encoding: 'utf-8',
    delimiter: ',',
    decimal: '.',
    dateOrder: 'YMD',
    mapping: {},
    rowsStored: 1,
    rejected: [],
    chunkCount: 1,
    currencies: [],
  };
}

/** Two workspaces with a dataset each, its rows and a remembered mapping. */
async function seed(): Promise<YardstickDb> {
  const d = db();
  await Promise.all(d.tables.map((t) => t.clear()));
  localStorage.clear();
  await workspaces.load();
  for (const name of ['Acme', 'Beta']) {
    const ws = await workspaces.create(name);
    await commitDataset(d, dataset(`${name}-costs`, ws.id));
    await d.chunks.put({ datasetId: `${name}-costs`, index: 0, frame: new Map() as never });
  }
  await d.mappings.put({ signature: 'date,amount', kind: 'costs', mapping: { date: 'date' } });
  await workspaces.refresh();
  return d;
}

async function stored(d: YardstickDb): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.count()])));
}

let uninstall: () => void;
beforeEach(() => {
  locale.set('en');
  uninstall = installModalDialogs();
});
afterEach(() => uninstall());

function renderSettings() {
  render(AppHeader);
  render(SettingsView);
  return within(screen.getByTestId('workspaces'));
}

describe('erase all data on this device', () => {
  it('keeps everything when the confirmation is cancelled', async () => {
    const d = await seed();
    const before = await stored(d);
    const user = userEvent.setup();
    renderSettings();

    await user.click(screen.getByRole('button', { name: ERASE }));
    const dialog = screen.getByRole('dialog', { name: ERASE });
    expect(dialog).toHaveTextContent('This cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await stored(d)).toEqual(before);
    expect(before).toMatchObject({
      workspaces: 2,
      datasets: 2,
      chunks: 2,
      settings: 2,
      mappings: 1,
    });
    expect(workspaces.list.map((w) => w.name)).toEqual(['Acme', 'Beta']);
    expect(screen.getByTestId('workspace-switch')).toHaveDisplayValue('Beta');
  });

  it('removes every workspace, dataset and setting once confirmed, and starts afresh', async () => {
    const d = await seed();
    const user = userEvent.setup();
    const manager = renderSettings();
    expect(manager.getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: ERASE }));
    await user.click(
      within(screen.getByRole('dialog', { name: ERASE })).getByRole('button', { name: ERASE }),
    );

    await vi.waitFor(() =>
      expect(screen.getByText('All data on this device was erased.')).toBeInTheDocument(),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    const left = await stored(d);
    expect(Object.keys(left)).toEqual(
      expect.arrayContaining(['workspaces', 'datasets', 'chunks', 'mappings']),
    );
    expect(Object.values(left).every((count) => count === 0)).toBe(true);
    expect(localStorage.getItem('yardstick.workspace')).toBeNull();
    expect(manager.getByText('No workspace yet: one is created with your first import.')).toBeInTheDocument();
    expect(manager.queryByRole('listitem')).toBeNull();
    expect(screen.getByTestId('workspace-name')).toHaveTextContent('My workspace');

    // The page carries on from nothing: a new workspace can be made right away.
    await user.type(manager.getByLabelText('Workspace name'), 'Fresh');
    await user.click(manager.getByRole('button', { name: 'Create' }));
    await vi.waitFor(() => expect(manager.getAllByRole('listitem')).toHaveLength(1));
    expect((await d.workspaces.toArray()).map((w) => w.name)).toEqual(['Fresh']);
  });

  it('can be refused and given with the keyboard', async () => {
    const d = await seed();
    const user = userEvent.setup();
    renderSettings();
    const erase = screen.getByRole('button', { name: ERASE });

    erase.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: ERASE });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    // Enter straight away must not erase: the safe choice has the focus.
    expect(document.activeElement).toHaveAccessibleName('Cancel');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(erase);
    expect(await d.workspaces.count()).toBe(2);

    await user.keyboard('{Enter}');
    const again = screen.getByRole('dialog', { name: ERASE });
    await user.tab();
    expect(document.activeElement).toBe(within(again).getByRole('button', { name: ERASE }));
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await d.workspaces.count()).toBe(0);
    expect(await d.datasets.count()).toBe(0);
  });
});
