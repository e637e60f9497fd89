import { expect, test, VIEWS } from './fixtures.ts';

test('every view is reachable from the navigation', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const view of VIEWS) {
    await nav.getByRole('link', { name: view.nav, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${view.hash.replace(/[/#]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
    // Keyboard and screen reader users land on the view they asked for.
    if (view !== VIEWS[0]) await expect(page.locator('#main h1')).toBeFocused();
    await expect(nav.getByRole('link', { name: view.nav, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page).toHaveTitle(`${view.nav} · Yardstick`);
  }
});

test('a deep link survives a reload', async ({ page }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText('Everything you import is stored only in this browser')).toBeVisible();
});

test('view state in the hash query is kept across a reload', async ({ page }) => {
  await page.goto('./#/?period=2025-06&plan=Pro');
  await expect(page.getByRole('heading', { level: 1, name: VIEWS[0].heading })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/#\/\?period=2025-06&plan=Pro$/);
  await expect(page.getByRole('heading', { level: 1, name: VIEWS[0].heading })).toBeVisible();
});

test('an unknown route says so and links home', async ({ page }) => {
  await page.goto('./#/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: VIEWS[0].heading })).toBeVisible();
});

test('the skip link moves focus to the main content without changing the route', async ({ page }) => {
  await page.goto('./#/goals');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/goals$/);
});

test('the first screen offers import and demo data, and the demo lists its files', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('your data never leaves this browser')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import CSV files' })).toBeVisible();
  await page.getByRole('link', { name: 'Try with demo data' }).click();
  const demo = page.getByTestId('demo-files');
  await expect(demo).toBeVisible();
  await expect(demo.getByRole('cell', { name: 'subscriptions_stripe.csv' })).toBeVisible();
  await expect(demo.locator('tbody tr')).toHaveCount(7);
});

test('picking files lists their names and sizes', async ({ page }) => {
  await page.goto('./#/import');
  await page.getByTestId('import-input').setInputFiles([
    {
      name: 'subs.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('customer_id,start,mrr\nc1,2025-01-01,10\n'),
    },
    { name: 'nps.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.alloc(2500, 'x') },
  ]);
  const list = page.getByTestId('chosen-files');
  await expect(list.getByRole('cell', { name: 'subs.csv' })).toBeVisible();
  await expect(list.getByRole('cell', { name: '2.5 kB' })).toBeVisible();
});
