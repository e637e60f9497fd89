// A tab left open while Yardstick is updated in another must not go on reading or writing data
// in a format it does not know: it lets the newer tab upgrade and asks, in plain words, for a reload.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaces } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import AppHeader from '../../src/ui/AppHeader.svelte';

beforeEach(() => locale.set('en'));
afterEach(() => vi.unstubAllGlobals());

/** The updated app in another tab: it opens the database at a version above this tab's. */
function openInNewerTab(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('yardstick', 1000);
    req.onupgradeneeded = () => req.result.createObjectStore('added-by-the-update');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('this tab kept the database from being upgraded'));
  });
}

function names(db: IDBDatabase): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction('workspaces').objectStore('workspaces').getAll();
    req.onsuccess = () => resolve((req.result as { name: string }[]).map((w) => w.name));
    req.onerror = () => reject(req.error);
  });
}

describe('a newer version opened in another tab', () => {
  it('lets it upgrade, then says this tab must be reloaded, with a Reload button', async () => {
    render(AppHeader);
    await workspaces.load();
    await workspaces.create('Acme');
    expect(screen.queryByRole('alert')).toBeNull();

    const newer = await openInNewerTab();
    expect(newer.version).toBe(1000);
    expect([...newer.objectStoreNames]).toContain('added-by-the-update');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Yardstick was updated in another tab');
    expect(alert).toHaveTextContent('Reload the page.');
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);

    // What this tab tries to store now would be in the old format: it must not land.
    await workspaces.create('Beta').catch(() => undefined);
    expect(await names(newer)).toEqual(['Acme']);

    locale.set('id');
    await vi.waitFor(() => expect(alert).toHaveTextContent('Yardstick diperbarui di tab lain'));
    expect(within(alert).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
    newer.close();
  });
});
