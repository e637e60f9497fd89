// Renaming the current workspace must show at once in the header and survive a reload; a blank
// name is refused with a reason, never stored, and the rename dialog works from the keyboard.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { YardstickDb } from '../../src/db/schema.ts';
import { workspaces } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import { Workspaces } from '../../src/state/workspaces.svelte.ts';
import AppHeader from '../../src/ui/AppHeader.svelte';
import WorkspaceManager from '../../src/ui/workspaces/WorkspaceManager.svelte';
import { installModalDialogs } from './modal-dialog.ts';

// The header and the manager share the page's workspaces, over a fresh database per test.
const page = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('../../src/state/engine.ts', () => ({ db: () => page.db, engine: () => null }));

let removeDialogs: () => void;
beforeAll(() => (removeDialogs = installModalDialogs()));
afterAll(() => removeDialogs());

beforeEach(async () => {
  locale.set('en');
  localStorage.clear();
  page.db = new YardstickDb(`rename-${Date.now()}-${Math.random()}`);
  await workspaces.load();
});
afterEach(() => (page.db as YardstickDb).close());

/** The app's header and the Settings workspace manager, with `names` created (the last is current). */
async function setUp(...names: string[]) {
  for (const name of names) await workspaces.create(name);
  render(AppHeader);
  render(WorkspaceManager, { workspaces });
  return userEvent.setup();
}

/** The current workspace's name as the header shows it (a plain name, or the switcher's choice). */
function headerName(): string {
  const header = screen.getByRole('banner');
  const select = within(header).queryByRole('combobox', {
    name: 'Current workspace',
  }) as HTMLSelectElement | null;
  if (select) return select.selectedOptions[0].textContent!.trim();
  return within(header).getByTestId('workspace-name').textContent!.trim();
}

/** What a reload would find: the stored name of the workspace. */
async function storedName(id: string): Promise<string | undefined> {
  const fresh = new Workspaces(
    () => page.db as YardstickDb,
    () => 'en-US',
  );
  await fresh.load();
  return fresh.list.find((w) => w.id === id)?.name;
}

describe('renaming the current workspace', () => {
  it('shows the new name in the header and stores it', async () => {
    const user = await setUp('Acme');
    const id = workspaces.currentId!;
    expect(headerName()).toBe('Acme');

    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename Acme' });
    const field = within(dialog).getByLabelText('New name');
    expect(field).toHaveValue('Acme');
    await user.clear(field);
    await user.type(field, '  Acme Corp ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await vi.waitFor(() => expect(headerName()).toBe('Acme Corp'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('listitem')).toHaveTextContent(/Acme Corp\s*current/);
    expect(await storedName(id)).toBe('Acme Corp');
  });

  it('renames the current one among several: the header switcher shows it, the others keep theirs', async () => {
    const user = await setUp('Acme', 'Beta');
    const beta = workspaces.currentId!;
    await user.click(screen.getByRole('button', { name: 'Rename Beta' }));
    const field = within(screen.getByRole('dialog', { name: 'Rename Beta' })).getByLabelText('New name');
    await user.clear(field);
    await user.type(field, 'Beta Ltd');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await vi.waitFor(() => expect(headerName()).toBe('Beta Ltd'));
    const options = within(screen.getByRole('combobox', { name: 'Current workspace' })).getAllByRole(
      'option',
    );
    expect(options.map((o) => o.textContent!.trim())).toEqual(['Acme', 'Beta Ltd']);
    expect(await storedName(beta)).toBe('Beta Ltd');
  });

  it('refuses an empty or blank name with a message, keeping the dialog and the old name', async () => {
    const user = await setUp('Acme');
    const id = workspaces.currentId!;
    await user.click(screen.getByRole('button', { name: 'Rename Acme' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename Acme' });
    const field = within(dialog).getByLabelText('New name');
    for (const blank of ['', '   ']) {
      await user.clear(field);
      if (blank) await user.type(field, blank);
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent('Enter a name: it cannot be empty.');
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription('Enter a name: it cannot be empty.');
      expect(screen.getByRole('dialog', { name: 'Rename Acme' })).toBeInTheDocument();
      expect(headerName()).toBe('Acme');
      expect(await storedName(id)).toBe('Acme');
    }

    // Typing clears the message; Enter in the field saves like the Save button.
    await user.type(field, 'Acme Corp');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(headerName()).toBe('Acme Corp'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await storedName(id)).toBe('Acme Corp');
  });

  it('is usable from the keyboard: focus starts in the name, Escape cancels and returns focus', async () => {
    const user = await setUp('Acme');
    const id = workspaces.currentId!;
    const opener = screen.getByRole('button', { name: 'Rename Acme' });
    opener.focus();
    await user.keyboard('{Enter}');
    const field = within(screen.getByRole('dialog', { name: 'Rename Acme' })).getByLabelText('New name');
    expect(field).toHaveFocus();

    await user.keyboard('Nope{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(opener).toHaveFocus();
    expect(headerName()).toBe('Acme');
    expect(await storedName(id)).toBe('Acme');

    // Opened again, it starts from the stored name, not the abandoned text.
    await user.keyboard('{Enter}');
    expect(
      within(screen.getByRole('dialog', { name: 'Rename Acme' })).getByLabelText('New name'),
    ).toHaveValue('Acme');
  });
});
