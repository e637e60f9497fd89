import { expect, test } from './fixtures.ts';

test('once the service worker controls the page, the app opens offline', async ({ page, context }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker does not claim the first page it installs from; the next load is controlled.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByTestId('import-input')).toBeAttached();

  // A new window, as when the installed app is opened from the launcher.
  const launched = await context.newPage();
  await launched.goto('./#/board');
  await expect(launched.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();
  await context.setOffline(false);
});

test('the offline-ready note appears once and is not an update prompt', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('Ready to work offline.')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('pwa-update')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('pwa-offline-ready')).toHaveCount(0);
});
