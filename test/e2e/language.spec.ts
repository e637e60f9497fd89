import { expect, test } from './fixtures.ts';

test('switching language changes the text, the formatting and <html lang>, and is remembered', async ({
  page,
}) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByTestId('preview-number')).toHaveText('1,234,567.89');
  await expect(page.getByTestId('preview-money')).toHaveText('$12,345.67');

  await page.locator('#header-language').selectOption('pl');
  await expect(page.getByRole('heading', { level: 1, name: 'Ustawienia' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  // Polish groups with U+00A0; compare with ordinary spaces.
  await expect(page.getByTestId('preview-number')).toHaveText(/^1\s234\s567,89$/);
  await expect(page.getByTestId('preview-money')).toHaveText(/^12\s345,67\szł$/);
  await expect(page.getByTestId('preview-month')).toHaveText('czerwiec 2025');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ustawienia' })).toBeVisible();

  await page.locator('#header-language').selectOption('id');
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByTestId('preview-money')).toHaveText(/^Rp\s12\.346$/);
});

test('the chosen file sizes follow the chosen language', async ({ page }) => {
  await page.goto('./#/import');
  await page.getByTestId('import-input').setInputFiles('test/fixtures/public/events.csv');
  const size = page.getByTestId('chosen-files').locator('td[data-bytes]').first();
  await expect(size).toHaveText(/^\d[\d,]*(\.\d)? (kB|MB|byte)/);
  const english = (await size.textContent()) ?? '';
  await page.locator('#header-language').selectOption('pl');
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  await expect(size).not.toHaveText(english);
  await expect(size).toHaveText(/^\d[\d\s]*(,\d)? (kB|MB|B)/);
});

test.describe('first visit', () => {
  test.use({ locale: 'pl-PL' });

  test('picks the browser language', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('link', { name: 'Importuj pliki CSV' })).toBeVisible();
  });
});
