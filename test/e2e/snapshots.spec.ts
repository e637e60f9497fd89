// Snapshots end to end: back up the public fixtures' workspace, erase everything, open the backup;
// share the KPIs as a link and open it in a fresh browser; refuse bad files; work offline.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { APP_ORIGIN, expect, test } from './fixtures.ts';

const FIXTURES = resolve('test/fixtures/public');
const FROZEN = resolve('test/fixtures/snapshots');
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  files: { name: string }[];
  months: Record<string, Record<string, number | null>>;
};
const PATHS = EXPECTED.files.map((f) => join(FIXTURES, f.name));
const MONTHS = ['2024-09', '2025-12'];

async function importAll(page: Page): Promise<void> {
  await page.goto('./#/import');
  await page.getByTestId('import-input').setInputFiles(PATHS);
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeEnabled({ timeout: 30_000 });
  await confirm.click();
  for (const f of EXPECTED.files)
    await expect(page.locator(`[data-testid="import-done"][data-file="${f.name}"]`)).toBeVisible({
      timeout: 60_000,
    });
}

/** Every card's raw value for a month, once the cards have settled. */
async function cardsOf(page: Page, month: string): Promise<Record<string, string>> {
  await page.getByTestId('period').selectOption(month);
  await expect(page.getByTestId('period')).toHaveValue(month);
  const read = () =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('main [data-kpi]')].map((el) => [
          el.dataset.kpi!,
          el.dataset.value!,
        ]),
      ),
    );
  // The dashboard adds its sections one frame after another: wait until the set stops growing.
  let last = '';
  // On a loaded machine the cards can take longer than the default 5 s to settle.
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await read());
        const settled = now === last && now.length > 2;
        last = now;
        return settled;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return JSON.parse(last) as Record<string, string>;
}

async function monthsOf(page: Page): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  for (const m of MONTHS) out[m] = await cardsOf(page, m);
  return out;
}

/** A goal made through the Goals form as a person would: MRR from 10,000 to 30,000 over 2025. */
async function createGoal(page: Page): Promise<void> {
  await page.goto('./#/goals');
  await page.getByTestId('goal-new').click();
  await page.getByTestId('goal-name').fill('Reach 30k MRR');
  await page.getByTestId('goal-owner').fill('Founder');
  await page.getByTestId('goal-start').fill('2025-01-01');
  await page.getByTestId('goal-due').fill('2025-12-31');
  const row = page.getByTestId('target-row').first();
  await row.getByTestId('target-kind').selectOption('reach');
  await row.getByTestId('target-kpi').selectOption('mrr');
  await row.getByTestId('target-from').fill('10000');
  await row.getByTestId('target-to').fill('30000');
  await page.getByTestId('goal-save').click();
  const card = page
    .locator('[data-goal]')
    .filter({ has: page.getByRole('heading', { name: 'Reach 30k MRR' }) });
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(card).toHaveAttribute('data-status', /^(on_track|at_risk|off_track|complete|not_started)$/);
}

async function storedGoals(page: Page): Promise<{ name: string; targets: unknown[] }[]> {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const open = indexedDB.open('yardstick');
        open.onsuccess = () => {
          const req = open.result.transaction('goals').objectStore('goals').getAll();
          req.onsuccess = () => {
            open.result.close();
            done(req.result);
          };
        };
      }),
  );
}

async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const open = indexedDB.open('yardstick');
        open.onsuccess = () => {
          const db = open.result;
          const names = ['workspaces', 'datasets', 'chunks', 'goals'].filter((n) =>
            db.objectStoreNames.contains(n),
          );
          if (names.length === 0) {
            db.close();
            return done({});
          }
          const tx = db.transaction(names);
          const out: Record<string, number> = {};
          for (const n of names) {
            const req = tx.objectStore(n).count();
            req.onsuccess = () => (out[n] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            done(out);
          };
        };
      }),
  );
}

async function exportFull(page: Page, dir: string): Promise<string> {
  await page.goto('./#/settings');
  await page.getByTestId('snapshot-export-full').click();
  const save = page.getByTestId('snapshot-save');
  await expect(save).toBeEnabled({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toMatch(/\.yardstick\.json$/);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await page.keyboard.press('Escape');
  return path;
}

/** The one goal's status and progress as the Goals view shows them (judged in the worker). */
async function goalInApp(page: Page): Promise<[string | null, string | null]> {
  await page.goto('./#/goals');
  await page.reload();
  const goal = page.locator('[data-goal]');
  await expect(goal).toHaveCount(1, { timeout: 30_000 });
  await expect(goal).toHaveAttribute('data-status', /^(on_track|at_risk|off_track|complete|not_started)$/);
  return [await goal.getAttribute('data-status'), await goal.getAttribute('data-progress')];
}

test('back up, erase everything, open the backup: the same cards and the same goal', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-snapshot-'));
  await importAll(page);
  await createGoal(page);
  await page.goto('./#/');
  const before = await monthsOf(page);
  expect(Number(before['2025-12'].mrr)).toBeCloseTo(EXPECTED.months['2025-12'].mrr!, 6);
  const goalsBefore = await storedGoals(page);
  const judgedBefore = await goalInApp(page);

  const path = await exportFull(page, dir);
  await expect(page.getByTestId('last-backup')).not.toHaveAttribute('data-at', '');

  await page.getByTestId('erase-all').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Erase all data on this device' }).click();
  await expect.poll(() => counts(page)).toMatchObject({ workspaces: 0, datasets: 0, goals: 0 });

  await page.getByTestId('snapshot-input').setInputFiles(path);
  await expect(page.getByTestId('snapshot-confirm')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('snapshot-confirm').click();
  await expect(page.getByTestId('snapshot-done')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('snapshot-undo')).toBeVisible();

  await page.goto('./#/');
  for (const m of MONTHS) expect(await cardsOf(page, m), m).toEqual(before[m]);
  const goalsAfter = await storedGoals(page);
  expect(goalsAfter.map((g) => [g.name, g.targets])).toEqual(goalsBefore.map((g) => [g.name, g.targets]));
  expect(await goalInApp(page)).toEqual(judgedBefore);

  // The same file again adds nothing.
  await page.goto('./#/settings');
  await page.getByTestId('snapshot-input').setInputFiles(path);
  await expect(page.getByTestId('snapshot-duplicate')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('snapshot-confirm').click();
  await expect(page.getByTestId('snapshot-done')).toHaveAttribute('data-duplicate', 'true');
  expect((await counts(page)).workspaces).toBe(1);
});

test('the workspace menu backs up and shares KPIs by keyboard, with the dialogs of Settings', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await importAll(page);
  await page.goto('./#/');
  const menu = page.getByRole('button', { name: 'Back up or share this workspace' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const backup = page.getByRole('button', { name: /^Back up this workspace/ });
  await expect(backup).toBeFocused();
  await page.keyboard.press('Enter');

  const exportDialog = page.getByRole('dialog', { name: 'Back up this workspace' });
  await expect(exportDialog).toBeVisible();
  await expect(exportDialog).toContainText('keep it private');
  const save = exportDialog.getByTestId('snapshot-save');
  await expect(save).toBeEnabled({ timeout: 30_000 });
  await expect(exportDialog.getByTestId('snapshot-size')).toHaveAttribute('data-bytes', /^[1-9]\d*$/);
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toMatch(/\.yardstick\.json$/);
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await expect(menu).toBeFocused();

  // Share KPIs: the file, or a link from the same dialog.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^Share KPIs/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const kpisDialog = page.getByRole('dialog', { name: 'Share KPIs' });
  await expect(kpisDialog).toContainText('no customer-level data');
  await expect(kpisDialog.getByTestId('snapshot-save')).toBeEnabled({ timeout: 30_000 });
  await kpisDialog.getByRole('button', { name: 'Make a share link' }).click();
  const shareDialog = page.getByRole('dialog', { name: 'Make a share link' });
  await expect(shareDialog.getByTestId('share-url')).toHaveValue(/#\/view\?s=H4sI/, { timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(shareDialog).toBeHidden();
  await expect(menu).toBeFocused();
});

async function freshContext(browser: Browser) {
  const context = await browser.newContext({ locale: 'en-US' });
  const foreign: string[] = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== APP_ORIGIN)
      foreign.push(r.url());
  });
  return { context, foreign };
}

test('Share KPIs as a link: a fresh browser shows the same cards, and nothing leaves the origin', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await importAll(page);
  await createGoal(page);
  const judged = await goalInApp(page);
  await page.goto('./#/');
  const before = await monthsOf(page);

  await page.goto('./#/settings');
  await page.getByTestId('share-link').click();
  const field = page.getByTestId('share-url');
  await expect(field).toBeVisible({ timeout: 30_000 });
  const url = await field.inputValue();
  expect(url).toMatch(/#\/view\?s=H4sI[A-Za-z0-9_-]+$/);
  expect(await field.getAttribute('data-length')).toBe(String(url.length));

  const { context, foreign } = await freshContext(browser);
  const viewer = await context.newPage();
  await viewer.goto(url);
  await expect(viewer.getByTestId('viewer-banner')).toBeVisible({ timeout: 30_000 });
  await expect(viewer.getByTestId('viewer-banner')).toContainText('from a link');
  for (const m of MONTHS) expect(await cardsOf(viewer, m), m).toEqual(before[m]);
  // The shared goal is judged on the shared values as the app judged it, and sits on the board.
  const shared = viewer.locator('li[data-goal]');
  expect([await shared.getAttribute('data-status'), await shared.getAttribute('data-progress')]).toEqual(
    judged,
  );
  await expect(viewer.locator(`[data-status="${judged[0]}"] [data-card]`)).toHaveCount(1);
  expect(await counts(viewer)).not.toMatchObject({ workspaces: 1 });

  // Saved as a workspace of KPI values, its dashboard shows the same values and says what it is.
  await viewer.getByTestId('viewer-save').click();
  await expect(viewer.getByTestId('kpi-values-notice')).toBeVisible({ timeout: 30_000 });
  expect(await cardsOf(viewer, MONTHS[1])).toEqual(before[MONTHS[1]]);
  expect(foreign).toEqual([]);
  await context.close();
});

test('a protected link opens only with its passphrase', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await importAll(page);
  await page.goto('./#/settings');
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('share-url')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('share-passphrase').fill('open sesame');
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect(page.getByTestId('share-url')).toHaveValue(/#\/view\?s=p/, { timeout: 30_000 });
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).not.toContain('sesame');

  const { context } = await freshContext(browser);
  const viewer = await context.newPage();
  await viewer.goto(url);
  await viewer.getByTestId('viewer-passphrase').fill('wrong');
  await viewer.getByRole('button', { name: 'Open' }).click();
  await expect(viewer.getByTestId('snapshot-error')).toContainText('passphrase is wrong');
  await viewer.getByTestId('viewer-passphrase').fill('open sesame');
  await viewer.getByRole('button', { name: 'Open' }).click();
  await expect(viewer.getByTestId('viewer-banner')).toBeVisible({ timeout: 30_000 });
  await context.close();
});

test('each bad file is refused in words and nothing is written', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-bad-'));
  const good = readFileSync(join(FROZEN, 'v1-full.yardstick.json'), 'utf8');
  const doc = JSON.parse(good);
  const wrongType = structuredClone(doc);
  wrongType.workspace.datasets[0].rowsStored = 'three';
  const cases: [string, string, string][] = [
    ['empty.yardstick.json', '', 'The file is empty'],
    ['cut.yardstick.json', good.slice(0, good.length / 2), 'cut short'],
    ['table.json', 'customer_id,plan\nc1,Pro\n', 'not JSON'],
    ['other.json', JSON.stringify({ ...doc, format: 'something-else' }), 'not a Yardstick snapshot'],
    ['newer.yardstick.json', JSON.stringify({ ...doc, version: 99 }), 'version 99'],
    [
      'hostile.yardstick.json',
      good.replace('"name": "Frozen v1"', '"name": "x", "__proto__": {"admin": true}'),
      '__proto__',
    ],
    ['types.yardstick.json', JSON.stringify(wrongType), 'workspace.datasets.0.rowsStored'],
  ];
  await page.goto('./#/settings');
  const before = await counts(page);
  for (const [name, text, words] of cases) {
    const path = join(dir, name);
    writeFileSync(path, text);
    await page.getByTestId('snapshot-input').setInputFiles(path);
    await expect(page.getByTestId('snapshot-error'), name).toContainText(words, { timeout: 15_000 });
    await expect(page.getByTestId('snapshot-confirm')).toHaveCount(0);
    expect(await counts(page), name).toEqual(before);
  }
  // Too big: refused on its size before a byte is read (a sparse file takes no disk space).
  const huge = join(dir, 'huge.yardstick.json');
  writeFileSync(huge, '');
  truncateSync(huge, 500 * 1024 * 1024 + 1);
  await page.getByTestId('snapshot-input').setInputFiles(huge);
  await expect(page.getByTestId('snapshot-error')).toContainText('too large', { timeout: 15_000 });
  expect(await counts(page)).toEqual(before);

  // A damaged link says so in the viewer.
  await page.goto('./#/view?s=zdamaged');
  await expect(page.getByTestId('snapshot-error')).toContainText('damaged');
  expect(await counts(page)).toEqual(before);
});

test('offline: back up and open the backup with the network off', async ({ page, context }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-offline-'));
  await importAll(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  await context.setOffline(true);
  await page.reload();
  const path = await exportFull(page, dir);
  await page.getByTestId('snapshot-input').setInputFiles(path);
  await page.getByTestId('snapshot-mode-new').check();
  await page.getByTestId('snapshot-confirm').click();
  await expect(page.getByTestId('snapshot-done')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('share-url')).toBeVisible({ timeout: 30_000 });
  await context.setOffline(false);
});
