import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { commitDataset } from '../../src/db/datasets.ts';
import type { DatasetRecord } from '../../src/db/schema.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import WorkspaceManager from '../../src/ui/workspaces/WorkspaceManager.svelte';
import WorkspaceSwitcher from '../../src/ui/workspaces/WorkspaceSwitcher.svelte';
import { harness } from './import-harness.ts';

beforeEach(() => locale.set('en'));

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
    chunkCount: 0,
    currencies: [],
  };
}

describe('workspaces', () => {
  it('switches the current workspace from the header and its datasets follow', async () => {
    const h = await harness();
    const acme = await h.workspaces.create('Acme');
    const beta = await h.workspaces.create('Beta');
    await commitDataset(h.db, dataset('acme-subs', acme.id));
    await commitDataset(h.db, dataset('beta-costs', beta.id));
    await h.workspaces.refresh();
    render(WorkspaceSwitcher, { workspaces: h.workspaces, fallbackName: 'My workspace' });

    const select = screen.getByRole('combobox', { name: 'Current workspace' });
    expect(select).toHaveValue(beta.id);
    expect(h.workspaces.datasets.map((d) => d.id)).toEqual(['beta-costs']);
    const revision = h.workspaces.revision;

    await userEvent.selectOptions(select, 'Acme');
    await vi_wait(() => h.workspaces.revision > revision);
    expect(h.workspaces.datasets.map((d) => d.id)).toEqual(['acme-subs']);
    expect(localStorage.getItem('yardstick.workspace')).toBe(acme.id);
  });

  it('creates, switches and deletes workspaces, deleting only after confirmation', async () => {
    const h = await harness();
    const user = userEvent.setup();
    render(WorkspaceManager, { workspaces: h.workspaces });
    expect(screen.getByText(/No workspace yet/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Workspace name'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await vi_wait(() => h.workspaces.list.length === 1);
    await vi_wait(() => (screen.getByLabelText('Workspace name') as HTMLInputElement).value === '');
    await user.type(screen.getByLabelText('Workspace name'), 'Beta');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const list = await screen.findByRole('list');
    await vi_wait(() => within(list).queryAllByRole('listitem').length === 2);
    expect(list.querySelector('[data-workspace="Beta"]')).toHaveTextContent('current');
    expect(list.querySelector('[data-workspace="Acme"]')).not.toHaveTextContent('current');

    await user.click(screen.getByRole('button', { name: 'Switch to Acme' }));
    await vi_wait(() => h.workspaces.current?.name === 'Acme');

    await user.click(screen.getByRole('button', { name: 'Delete Beta' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Beta' });
    expect(dialog).toHaveTextContent('cannot be undone');
    expect(h.workspaces.list).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await vi_wait(() => h.workspaces.list.length === 1);
    expect(h.workspaces.list[0].name).toBe('Acme');
  });

  it('refuses to create a workspace without a name, saying why', async () => {
    const h = await harness();
    const user = userEvent.setup();
    render(WorkspaceManager, { workspaces: h.workspaces });
    const field = screen.getByLabelText('Workspace name');
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a name: it cannot be empty.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Enter a name: it cannot be empty.');
    expect(h.workspaces.list.map((w) => w.name)).toEqual([]);

    await user.type(field, 'Acme{Enter}');
    await vi_wait(() => h.workspaces.list.length === 1);
    expect(h.workspaces.list[0].name).toBe('Acme');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('deletes the Demo workspace in one click', async () => {
    const h = await harness();
    await h.workspaces.create('Mine');
    await h.workspaces.create('Demo', true);
    render(WorkspaceSwitcher, { workspaces: h.workspaces, fallbackName: 'My workspace' });
    await userEvent.click(screen.getByRole('button', { name: 'Delete Demo' }));
    await vi_wait(() => h.workspaces.list.length === 1);
    expect(h.workspaces.current?.name).toBe('Mine');
  });
});

async function vi_wait(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
}
