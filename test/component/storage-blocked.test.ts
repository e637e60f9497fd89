// Another tab holding an older version of the database open blocks this tab's open or upgrade:
// the page says so in plain words, and carries on by itself once the other tab lets go.
import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaces } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import AppHeader from '../../src/ui/AppHeader.svelte';

beforeEach(() => locale.set('en'));

/** An old tab's connection: version 1 (Dexie's version 1 is 10), deaf to versionchange. */
function openOldTab(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('yardstick', 1);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('a database held open by an older tab', () => {
  it('tells the user to close the other tabs, until they are closed', async () => {
    const old = await openOldTab();
    render(AppHeader);
    const loading = workspaces.load();

    const alert = await screen.findByTestId('storage-blocked');
    expect(alert).toHaveRole('alert');
    expect(alert).toHaveTextContent('Close the other Yardstick tabs');
    expect(workspaces.problem).toBe('blocked');

    old.close();
    await loading;
    expect(workspaces.problem).toBeNull();
    await vi.waitFor(() => expect(screen.queryByTestId('storage-blocked')).toBeNull());
  });

  it('says it in Polish and Indonesian too', async () => {
    workspaces.problem = 'blocked';
    render(AppHeader);
    locale.set('pl');
    expect(await screen.findByTestId('storage-blocked')).toHaveTextContent('Zamknij pozostałe karty');
    locale.set('id');
    await vi.waitFor(() =>
      expect(screen.getByTestId('storage-blocked')).toHaveTextContent('Tutup tab Yardstick lainnya'),
    );
    workspaces.problem = null;
  });
});
