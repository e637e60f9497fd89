// The multi-currency stop (datasets.md §4): a subscriptions file in two currencies waits for
// conversion rates before it is stored; Save stores them and the import, Cancel stores nothing.
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { stored } from './stored.ts';

const TWO = resolve('test/fixtures/subscriptions_two_currencies.csv');

async function importTwoCurrencies(page: import('@playwright/test').Page) {
  await page.goto('./#/import');
  await page.getByTestId('import-input').setInputFiles([TWO]);
  await expect(page.getByTestId('import-confirm')).toBeEnabled({ timeout: 20_000 });
  await page.getByTestId('import-confirm').click();
  const dialog = page.getByRole('dialog', {
    name: 'subscriptions_two_currencies.csv: money in several currencies',
  });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  return dialog;
}

test('asks for a rate, stores it with the file, and the dashboard adds up one currency', async ({ page }) => {
  const dialog = await importTwoCurrencies(page);
  await expect(dialog).toContainText('EUR, USD');
  const axe = await new AxeBuilder({ page })
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // Keyboard only: choose USD, then the rate for EUR.
  await expect(dialog.getByLabel('1 USD in EUR')).toBeFocused();
  await dialog.getByRole('radio', { name: 'EUR' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'USD' })).toBeChecked();
  const rate = dialog.getByLabel('1 EUR in USD');
  await rate.focus();
  await page.keyboard.press('Enter');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(rate).toBeFocused();
  await page.keyboard.type('1,08');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const done = page.locator('[data-testid="import-done"][data-file="subscriptions_two_currencies.csv"]');
  await expect(done).toBeVisible({ timeout: 20_000 });
  await expect(done).toHaveAttribute('data-rows', '6');

  await page.goto('./#/');
  await page.getByTestId('period').selectOption('2024-03');
  // metrics.md §2 at E(2024-03), in USD: 49 + 199 + 1188/12 + (45 + 180 + 45) × 1.08 = 638.6
  const mrr = page.locator('[data-kpi="mrr"]');
  await expect
    .poll(async () => Number(await mrr.getAttribute('data-value')), { timeout: 15_000 })
    .toBeCloseTo(638.6, 6);
  await expect(page.getByTestId('currency-gap')).toHaveCount(0);

  await page.goto('./#/settings');
  await expect(page.locator('#ms-currency')).toHaveValue('USD');
  await expect(page.locator('#ms-fx-EUR')).toHaveValue('1.08');
});

test('Cancel stores nothing: no dataset, no settings, not even the workspace made for it', async ({
  page,
}) => {
  const dialog = await importTwoCurrencies(page);
  await dialog.getByLabel('1 USD in EUR').fill('0.93');
  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-cancelled')).toContainText('cancelled: nothing of it was stored');
  // Not even staged: the chunks went with the cancel.
  expect(await stored(page)).toEqual({ datasets: [], chunks: 0 });
  // A first visit: the workspace made for the import goes with it, and so do its settings.
  const counts = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const open = indexedDB.open('yardstick');
        open.onsuccess = () => {
          const tx = open.result.transaction(['workspaces', 'settings']);
          const w = tx.objectStore('workspaces').count();
          const s = tx.objectStore('settings').count();
          tx.oncomplete = () => (open.result.close(), resolve([w.result, s.result]));
        };
      }),
  );
  expect(counts).toEqual([0, 0]);
});
