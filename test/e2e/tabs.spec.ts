// Two tabs of one browser: a tab that starts while another is importing must not clean away the
// other's staged chunks (Web Locks on staged dataset ids).
import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';
import { stored } from './stored.ts';

const TWO = resolve('test/fixtures/subscriptions_two_currencies.csv');

test('a second tab starting up leaves the first tab’s running import alone', async ({ page, context }) => {
  await page.goto('./#/import');
  await page.getByTestId('import-input').setInputFiles([TWO]);
  await expect(page.getByTestId('import-confirm')).toBeEnabled({ timeout: 20_000 });
  await page.getByTestId('import-confirm').click();
  // The import now waits for rates with its chunks staged.
  const dialog = page.getByRole('dialog', { name: /money in several currencies/ });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  expect((await stored(page)).datasets).toEqual([{ state: 'staged', chunkCount: 0, chunks: 1 }]);

  // A second tab: its engine worker cleans up stale staging before it answers anything.
  const other = await context.newPage();
  await other.goto('./#/import');
  await other.getByTestId('import-input').setInputFiles([TWO]);
  await expect(other.getByTestId('import-preview')).toBeVisible({ timeout: 20_000 });
  await expect(other.getByTestId('import-confirm')).toBeEnabled({ timeout: 20_000 });
  expect((await stored(other)).datasets).toEqual([{ state: 'staged', chunkCount: 0, chunks: 1 }]);
  await other.close();

  await dialog.getByLabel(/^1 \w{3} in \w{3}$/).fill('1.1');
  await dialog.getByRole('button', { name: 'Save rates and import' }).click();
  await expect(page.locator('[data-testid="import-done"]')).toHaveAttribute('data-rows', '6', {
    timeout: 20_000,
  });
  expect((await stored(page)).datasets).toEqual([{ state: 'ready', chunkCount: 1, chunks: 1 }]);
});
