import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { stored } from './stored.ts';

const FIXTURES = resolve('test/fixtures/public');
const ALT = join(FIXTURES, 'alt-formats');

interface Expected {
  files: { name: string; rows_stored: number; rows_rejected: number }[];
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Expected;

async function importFiles(page: Page, paths: string[]): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(paths);
  await expect(page.getByTestId('import-preview')).toHaveCount(paths.length);
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeEnabled({ timeout: 20_000 });
  await confirm.click();
}

async function expectDone(page: Page, files: Expected['files']): Promise<void> {
  for (const f of files) {
    const done = page.locator(`[data-testid="import-done"][data-file="${f.name}"]`);
    await expect(done, f.name).toBeVisible({ timeout: 30_000 });
    await expect(done, f.name).toHaveAttribute('data-rows', String(f.rows_stored));
    await expect(done, f.name).toHaveAttribute('data-rejected', String(f.rows_rejected));
  }
}

test('imports every main fixture with one click and the expected row counts', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('#/import');
  const expected = readJson(join(FIXTURES, 'expected.json'));
  await importFiles(
    page,
    expected.files.map((f) => join(FIXTURES, f.name)),
  );
  await expectDone(page, expected.files);
  const datasets = page.getByTestId('datasets');
  await expect(datasets.locator('tbody tr')).toHaveCount(expected.files.length);
});

test('imports every alternative format with the expected row counts', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('#/import');
  const files = readdirSync(ALT)
    .filter((name) => name.startsWith('expected-'))
    .flatMap((name) => readJson(join(ALT, name)).files);
  await page.getByTestId('import-input').setInputFiles(files.map((f) => join(ALT, f.name)));
  const preview = page.locator('[data-testid="import-preview"][data-file="nps_excel_unicode.txt"]');
  await expect(preview.getByTestId('preview-encoding')).toHaveText('utf-16le');
  await expect(preview.getByTestId('preview-delimiter')).toHaveText('tab');
  await expect(preview.getByTestId('preview-sample').locator('tbody tr')).toHaveCount(20);
  await page.screenshot({ path: '/tmp/import-preview.png', fullPage: true });
  await expect(page.getByTestId('import-confirm')).toBeEnabled({ timeout: 20_000 });
  await page.getByTestId('import-confirm').click();
  // Baremetrics bills in USD, the Polish exports in PLN: the second currency stops for a rate.
  const rates = page.getByRole('dialog', { name: 'subscriptions_pl.csv: money in several currencies' });
  await rates.getByRole('radio', { name: 'PLN' }).check({ timeout: 30_000 });
  await rates.getByLabel('1 USD in PLN').fill('4');
  await rates.getByRole('button', { name: 'Save rates and import' }).click();
  await expectDone(page, files);
});

test('the confirm button stays on screen and holds still while the previews are drawn', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('#/import');
  const names = ['subscriptions_stripe.csv', 'leads.csv', 'nps.csv'];
  await page.getByTestId('import-input').setInputFiles(names.map((name) => join(FIXTURES, name)));
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeEnabled({ timeout: 20_000 });
  const first = await confirm.boundingBox();
  // Every preview drawn to its last step (the sample rows), each far taller than the screen.
  for (const name of names)
    await expect(
      page.locator(`[data-testid="import-preview"][data-file="${name}"]`).getByTestId('preview-sample'),
    ).toBeVisible();
  const drawn = await confirm.boundingBox();
  expect(drawn).toEqual(first);
  expect(drawn!.y + drawn!.height).toBeLessThanOrEqual(720);
  // A control reached with Tab comes into view above the bar, not hidden under it (one taller than
  // the screen, the sample rows' scrolling region, shows in part).
  await page.getByTestId('import-input').focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await confirm.evaluate((b) => b === document.activeElement)) break;
    const shown = await page.evaluate(() => {
      const focused = document.activeElement!.getBoundingClientRect();
      const bar = document.querySelector('[data-testid="import-confirm"]')!.parentElement!;
      return Math.min(focused.bottom, bar.getBoundingClientRect().top) - Math.max(focused.top, 0);
    });
    expect(shown).toBeGreaterThan(0);
  }
  // Scrolled to the end, it sits below the last preview, covering nothing.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = await page.getByTestId('import-preview').last().boundingBox();
  const end = await confirm.boundingBox();
  expect(end!.y).toBeGreaterThanOrEqual(last!.y + last!.height);
});

test('lists the rejected rows of a malformed file with their line numbers', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-'));
  const path = join(dir, 'survey.csv');
  writeFileSync(
    path,
    [
      'respondent_id,date,score,comment',
      '1,2024-01-05,9,great',
      '2,2024-01-06,11,too high',
      '3,2024-02-30,7,impossible date',
      '4,2024-01-07,8',
      '5,2024-01-08,10,"fine, thanks"',
      '',
    ].join('\n'),
  );
  await page.goto('#/import');
  await importFiles(page, [path]);
  const done = page.getByTestId('import-done');
  await expect(done).toHaveAttribute('data-rows', '2');
  await expect(done).toHaveAttribute('data-rejected', '3');
  const lines = done.getByTestId('rejected-rows').locator('td[data-line]');
  await expect(lines).toHaveText(['3', '4', '5']);
  await expect(done.getByTestId('rejected-rows')).toContainText('not a whole number from 0 to 10');
  await expect(done.getByTestId('rejected-rows')).toContainText('expected 4 fields, found 3');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    done.getByTestId('rejected-download').click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('line,reason');
  expect(csv).toContain('4,"responded_at: ""2024-02-30"" is not a valid date"');
  await page.screenshot({ path: '/tmp/import-report.png', fullPage: true });

  // The report and the datasets list pass axe; deleting asks first, in a modal dialog.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.getByRole('button', { name: 'Delete survey.csv' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete survey.csv' });
  await expect(dialog).toContainText('cannot be undone');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('datasets-empty')).toBeVisible();
});

test('an import started from the keyboard leaves focus on its report, not at the top', async ({ page }) => {
  await page.goto('#/import');
  await page.getByTestId('import-input').setInputFiles(join(FIXTURES, 'nps.csv'));
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeEnabled({ timeout: 20_000 });
  await confirm.focus();
  await page.keyboard.press('Enter');
  const report = page.getByTestId('import-done');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(report.getByRole('heading', { level: 3 })).toBeFocused();
});

test('a spreadsheet gets the save-as-CSV message and nothing is read', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-'));
  const path = join(dir, 'book.xlsx');
  writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  await page.goto('#/import');
  await page.getByTestId('import-input').setInputFiles(path);
  const error = page.getByTestId('import-error');
  await expect(error).toHaveAttribute('data-code', 'spreadsheet');
  await expect(error).toContainText('book.xlsx');
  await expect(error).toContainText('save the sheet as CSV');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
});

test('a large import can be cancelled midway and leaves the datasets as they were', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-'));
  const path = join(dir, 'big_subscriptions.csv');
  const lines = ['customer_id,subscription_id,plan,start,end,amount,interval_unit,currency'];
  for (let i = 0; i < 300_000; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(`cus_${i},sub_${i},Pro,2024-${month}-01,,49.00,month,usd`);
  }
  writeFileSync(path, lines.join('\n') + '\n');

  await page.goto('#/import');
  await importFiles(page, [join(FIXTURES, 'costs.csv')]);
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-rows', '72');
  const rows = page.getByTestId('datasets').locator('tbody tr');
  await expect(rows).toHaveCount(1);

  await importFiles(page, [path]);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('import-rows')).not.toHaveText(/^0 rows/, { timeout: 20_000 });
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-cancelled')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-testid="import-done"][data-file="big_subscriptions.csv"]')).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-dataset', 'costs.csv');
});

test('a previewed file is read ahead, unseen; removing it leaves nothing stored', async ({ page }) => {
  // Reading ahead needs four cores or more (state/read-ahead.ts); this machine may have two.
  await page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 8 }));
  await page.goto('#/import');
  const nps = join(FIXTURES, 'nps.csv');
  await page.getByTestId('import-input').setInputFiles(nps);
  await expect(page.getByTestId('preview-sample')).toBeVisible();
  // The worker stages the file while the preview is shown; nothing of it is visible yet.
  await expect.poll(async () => (await stored(page)).datasets.map((d) => d.state)).toEqual(['staged']);
  await expect(page.getByTestId('datasets')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove nps.csv' }).click();
  await expect.poll(() => stored(page)).toEqual({ datasets: [], chunks: 0 });

  // Chosen again and confirmed: the read ahead is committed as one dataset.
  await importFiles(page, [nps]);
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-rows', '314');
  await expect(page.getByTestId('datasets').locator('tbody tr')).toHaveCount(1);
  expect((await stored(page)).datasets).toEqual([{ state: 'ready', chunkCount: 1, chunks: 1 }]);
});

test('re-importing the same file offers Replace instead of a duplicate', async ({ page }) => {
  await page.goto('#/import');
  const nps = join(FIXTURES, 'nps.csv');
  await importFiles(page, [nps]);
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-rows', '314');

  await page.getByTestId('import-input').setInputFiles(nps);
  const duplicate = page.getByTestId('import-duplicate');
  await expect(duplicate).toContainText('already imported');
  await expect(duplicate.getByRole('radio', { name: /Replace/ })).toBeChecked();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-rows', '314');
  await expect(page.getByTestId('datasets').locator('tbody tr')).toHaveCount(1);
});

test('the demo button loads the Demo workspace through the import pipeline', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('#/');
  await page.getByTestId('demo-button').click();
  await expect(page).toHaveURL(/demo=1/);
  await expect(page.getByTestId('demo-loading')).toBeVisible();
  await expect(page).toHaveURL(/#\/$/, { timeout: 90_000 });
  await expect(page.getByTestId('workspace-name')).toHaveText('Demo');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await expect(page).toHaveURL(/#\/import$/);
  await expect(page.getByTestId('datasets').locator('tbody tr')).toHaveCount(7);
  await page.getByRole('button', { name: 'Delete Demo' }).click();
  await expect(page.getByTestId('workspace-name')).not.toHaveText('Demo');
});
