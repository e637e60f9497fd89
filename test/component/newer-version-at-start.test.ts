// A tab that starts after Yardstick was updated elsewhere (an old cached page, a second window)
// must not open the upgraded database in its older format: it says so and touches nothing.
import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { workspaces } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import StorageProblem from '../../src/ui/reliability/StorageProblem.svelte';

beforeEach(() => locale.set('en'));

/** What the updated app left behind: the database at a version above this build's, with one workspace. */
function storedByNewerVersion(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('yardstick', 1000);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('workspaces', { keyPath: 'id' }).add({ id: 'w1', name: 'Acme' });
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

function reopen(): Promise<{ version: number; stores: string[]; names: string[] }> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('yardstick');
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('workspaces').objectStore('workspaces').getAll();
      get.onsuccess = () => {
        resolve({
          version: db.version,
          stores: [...db.objectStoreNames],
          names: (get.result as { name: string }[]).map((w) => w.name),
        });
        db.close();
      };
      get.onerror = () => reject(get.error);
    };
    req.onerror = () => reject(req.error);
  });
}

describe('a database already upgraded by a newer version', () => {
  it('is not opened: the header asks for a reload and nothing is written', async () => {
    await storedByNewerVersion();
    render(StorageProblem);
    await workspaces.load();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-testid', 'storage-problem');
    expect(alert).toHaveAttribute('data-code', 'newer');
    expect(alert).toHaveTextContent('Your data was saved by a newer version of Yardstick');
    expect(alert).toHaveTextContent('Nothing was deleted');
    expect(alert).toHaveTextContent('Reload the page.');

    await expect(workspaces.create('Beta')).rejects.toThrow();
    expect(await reopen()).toEqual({ version: 1000, stores: ['workspaces'], names: ['Acme'] });
  });
});
