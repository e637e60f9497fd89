// Two tabs of one browser: a tab that starts while another is importing must not clean away the
// other's staged chunks (Web Locks on staged dataset ids).
import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const TWO = resolve('test/fixtures/subscriptions_two_currencies.csv');

/** Stored chunks per dataset id, and each dataset's state and chunk count, read straight from IndexedDB. */
function storedChunks(page: import('@playwright/test').Page) {
  return page.evaluate(
    () =>
      new Promise<{ state: string; chunkCount: number; chunks: number }[]>((resolve, reject) => {
        const open = indexedDB.open('yardstick');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['datasets', 'chunks']);
          const datasets = tx.objectStore('datasets').getAll();
          const chunks = tx.objectStore('chunks').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve(
              (datasets.result as { id: string; state: string; chunkCount: number }[]).map((d) => ({
                state: d.state,
                chunkCount: d.chunkCount,
                chunks: (chunks.result as { datasetId: string }[]).filter((c) => c.datasetId === d.id).length,
              })),
            );
          };
        };
      }),
  );
}

test('a second tab starting up leaves the first tab’s running import alone', async ({ page, context }) => {
  await page.goto('./#/import');
  await page.getByTestId('import-input').setInputFiles([TWO]);
  await expect(page.getByTestId('import-confirm')).toBeEnabled({ timeout: 20_000 });
  await page.getByTestId('import-confirm').click();
  // The import now waits for rates with its chunks staged.
  const dialog = page.getByRole('dialog', { name: /money in several currencies/ });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  expect(await storedChunks(page)).toEqual([{ state: 'staged', chunkCount: 0, chunks: 1 }]);

  // A second tab: its engine worker cleans up stale staging before it answers anything.
  const other = await context.newPage();
  await other.goto('./#/import');
  await other.getByTestId('import-input').setInputFiles([TWO]);
  await expect(other.getByTestId('import-preview')).toBeVisible({ timeout: 20_000 });
  await expect(other.getByTestId('import-confirm')).toBeEnabled({ timeout: 20_000 });
  expect(await storedChunks(other)).toEqual([{ state: 'staged', chunkCount: 0, chunks: 1 }]);
  await other.close();

  await dialog.getByLabel(/^1 \w{3} in \w{3}$/).fill('1.1');
  await dialog.getByRole('button', { name: 'Save rates and import' }).click();
  await expect(page.locator('[data-testid="import-done"]')).toHaveAttribute('data-rows', '6', {
    timeout: 20_000,
  });
  expect(await storedChunks(page)).toEqual([{ state: 'ready', chunkCount: 1, chunks: 1 }]);
});
