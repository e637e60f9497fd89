// Reliability and security against the built app: nothing lost, nothing injected, never a frozen
// or blank page. Every test here (and in every spec importing `test` from ./fixtures.ts) also
// fails on any Content-Security-Policy violation.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test, VIEWS } from './fixtures.ts';

function csv(name: string, text: string | Buffer) {
  return { name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text) : text };
}

async function importFiles(page: Page, files: ReturnType<typeof csv>[]) {
  await page.goto('#/import');
  await page.getByTestId('import-input').setInputFiles(files);
}

async function loadDemo(page: Page) {
  await page.goto('#/');
  await page.getByTestId('demo-button').click();
  await expect(page).toHaveURL(/#\/$/, { timeout: 120_000 });
  await expect(page.locator('[data-kpi]').first()).toBeVisible({ timeout: 30_000 });
}

test.describe('1. a quote never closed', () => {
  const FILE =
    'user_id,timestamp,event\nr1,2024-01-05,7\nr2,2024-01-06,"open quote\nr3,2024-01-07,8\nr4,2024-01-08,9\n';

  test('blocks the import, names the line, and stores a part only by choice', async ({ page }) => {
    await importFiles(page, [csv('events-broken.csv', FILE)]);
    const notice = page.getByTestId('preview-unreadable');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('data-line', '3');
    await expect(notice).toHaveAttribute('data-lines', '3');
    await expect(notice).toContainText('line 3');
    await expect(page.getByTestId('import-confirm')).toBeDisabled();
    await page.getByLabel('Import the 1 row before line 3').check();
    await expect(page.getByTestId('import-confirm')).toBeEnabled();
    await page.getByTestId('import-confirm').click();
    const done = page.getByTestId('import-done');
    await expect(done).toHaveAttribute('data-rows', '1', { timeout: 20_000 });
    await expect(done).toHaveAttribute('data-rejected', '1');
  });
});

test.describe('2. stored data that cannot be opened', () => {
  test('an upgrade that fails shows its own screen, never the welcome, with a raw export', async ({
    page,
  }) => {
    // An older Yardstick's database (schema 1) with one dataset; the upgrade to this version fails.
    await page.addInitScript(() => {
      const proto = IDBDatabase.prototype;
      const create = proto.createObjectStore;
      proto.createObjectStore = function (
        this: IDBDatabase,
        name: string,
        options?: IDBObjectStoreParameters,
      ) {
        if (name === 'eventAggregates') throw new DOMException('disk error during upgrade', 'UnknownError');
        return create.call(this, name, options);
      };
      const req = indexedDB.open('yardstick', 10);
      req.onupgradeneeded = () => {
        const db = req.result;
        db.createObjectStore('workspaces', { keyPath: 'id' }).add({
          id: 'w1',
          name: 'Acme',
          createdAt: 0,
          demo: false,
        });
        db.createObjectStore('datasets', { keyPath: 'id' }).add({
          id: 'd1',
          workspaceId: 'w1',
          state: 'ready',
          name: 'stripe.csv',
          fileName: 'stripe.csv',
        });
        db.createObjectStore('chunks', { keyPath: ['datasetId', 'index'] }).add({
          datasetId: 'd1',
          index: 0,
          frame: {
            rows: 1,
            columns: new Map([
              ['customer_id', { type: 'text', codes: new Int32Array([0]), dict: ['=cust'] }],
            ]),
          },
        });
        db.createObjectStore('settings', { keyPath: 'workspaceId' });
        db.createObjectStore('mappings', { keyPath: 'signature' });
        db.createObjectStore('meta', { keyPath: 'key' });
      };
      req.onsuccess = () => req.result.close();
    });
    await page.goto('#/');
    const problem = page.getByTestId('storage-problem');
    await expect(problem).toHaveAttribute('data-code', 'upgrade-failed');
    await expect(problem).toContainText('Nothing was deleted');
    await expect(problem).toContainText('Close other Yardstick tabs');
    await expect(page.locator('#welcome-title')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await page.getByTestId('storage-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('stripe-stored-rows.csv');
    expect(readFileSync(await file.path(), 'utf8')).toBe('customer_id\r\n"\'=cust"\r\n');
  });

  test('data made by a newer version is not opened, and says so', async ({ page }) => {
    await page.addInitScript(() => {
      const req = indexedDB.open('yardstick', 1000);
      req.onupgradeneeded = () => req.result.createObjectStore('workspaces', { keyPath: 'id' });
      req.onsuccess = () => req.result.close();
    });
    await page.goto('#/');
    await expect(page.getByTestId('storage-problem')).toHaveAttribute('data-code', 'newer');
    await expect(page.locator('#welcome-title')).toHaveCount(0);
  });
});

test.describe('3. no storage at all', () => {
  test('the session runs in memory: import, dashboard and exports work, with a banner', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await page.goto('#/');
    const banner = page.getByTestId('storage-problem');
    await expect(banner).toHaveAttribute('data-code', 'unavailable');
    await expect(banner).toContainText('Nothing will be kept after this tab closes');
    await importFiles(page, [csv('nps.csv', readFileSync('test/fixtures/public/nps.csv'))]);
    await page.getByTestId('import-confirm').click();
    await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
    await page.goto('#/');
    await expect(page.locator('[data-kpi="nps"]')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('storage-problem')).toHaveAttribute('data-code', 'unavailable');
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: /Download.*CSV|Export CSV/ })
      .first()
      .click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  });
});

test.describe('4. files built to freeze the page', () => {
  test('a 2,000-column sheet is previewed in seconds, 50 columns listed', async ({ page }) => {
    test.setTimeout(90_000);
    const cols = Array.from({ length: 2000 }, (_, i) => `kpi_${i + 1}`);
    const rows = Array.from({ length: 12 }, (_, m) =>
      [`2024-${String(m + 1).padStart(2, '0')}`, ...cols.map((_, i) => String(i + m))].join(','),
    );
    const started = Date.now();
    await importFiles(page, [csv('wide.csv', ['month,' + cols.join(','), ...rows].join('\n') + '\n')]);
    const more = page.getByTestId('preview-more-columns').first();
    await expect(more).toBeVisible({ timeout: 30_000 });
    await expect(more).toContainText('more columns');
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  test('a single 5 MB cell is a row, not an empty file', async ({ page }) => {
    test.setTimeout(90_000);
    const big = 'x'.repeat(5 * 1024 * 1024);
    await importFiles(page, [csv('big-cell.csv', `user_id,timestamp,event\nu1,2024-01-05,${big}\n`)]);
    await expect(page.getByTestId('preview-kind')).toHaveValue('events', { timeout: 20_000 });
    await expect(page.getByTestId('preview-no-rows')).toHaveCount(0);
    await expect(page.getByTestId('import-confirm')).toBeEnabled({ timeout: 30_000 });
  });
});

test.describe('5. a chunk gone after a deploy', () => {
  test.use({ serviceWorkers: 'block' });

  test('the charts say so with a Reload button instead of loading forever', async ({ page }) => {
    test.setTimeout(240_000);
    // Routed before the demo loads, answered as gone only for the reload: setting a route up
    // enables request interception in every worker of the page, and a worker of the demo's import
    // ending at that moment left the route's set-up waiting for good (twice in CI).
    let gone = false;
    await page.route(/charts\.worker[^/]*\.js$/, (route) =>
      gone ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
    );
    await loadDemo(page);
    gone = true;
    await page.reload();
    await page.locator('[data-chart]').first().scrollIntoViewIfNeeded({ timeout: 60_000 });
    const problem = page.getByTestId('load-problem');
    await expect(problem).toBeVisible({ timeout: 20_000 });
    await expect(problem.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});

test.describe('6. spreadsheet formulas in exports', () => {
  test('event names reach the chart CSV escaped', async ({ page }) => {
    const names = ['=HYPERLINK("http://x","y")', '+1+1', '@SUM(1)', '-2+3'];
    const lines = ['user_id,timestamp,event'];
    for (let u = 0; u < 4; u++)
      for (const [i, n] of names.entries())
        lines.push(`u${u},2024-01-${String(3 + i).padStart(2, '0')}T10:00:00Z,"${n.replace(/"/g, '""')}"`);
    await importFiles(page, [csv('events.csv', lines.join('\n') + '\n')]);
    await page.getByTestId('import-confirm').click();
    await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 20_000 });
    await page.goto('#/');
    const chart = page.locator('[data-chart="adoption"]');
    await chart.scrollIntoViewIfNeeded({ timeout: 20_000 });
    const download = page.waitForEvent('download');
    await chart.getByRole('button', { name: 'Download CSV' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    for (const n of names) expect(text).toContain(`"'${n.replace(/"/g, '""')}"`);
  });
});

test.describe('7. Content-Security-Policy', () => {
  test('ships in index.html and holds on every view with the demo data', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('#/');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /default-src 'self'; script-src 'self';.*object-src 'none'; base-uri 'self'; form-action 'none'/,
    );
    await loadDemo(page);
    // Charts, a tooltip, the PNG export and a chart's table.
    const chart = page.locator('[data-chart]').first();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.picture svg')).toBeVisible({ timeout: 20_000 });
    const box = await chart.locator('.picture svg').boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const png = page.waitForEvent('download');
    await chart.getByRole('button', { name: 'Download PNG' }).click();
    expect((await png).suggestedFilename()).toMatch(/\.png$/);
    for (const view of VIEWS) {
      await page.goto(view.hash);
      await expect(page.locator('#main h1').first()).toBeVisible();
    }
    await page.goto('#/alerts');
    await page.goto('#/view');
    await page.waitForTimeout(500);
  });
});

test.describe('8. UTF-16 without a BOM', () => {
  test('is read, not refused as binary', async ({ page }) => {
    const text = readFileSync('test/fixtures/public/nps.csv', 'utf8').replace(/^\uFEFF/, '');
    await importFiles(page, [csv('nps-utf16.csv', Buffer.from(text, 'utf16le'))]);
    await expect(page.getByTestId('preview-encoding')).toHaveText('utf-16le', { timeout: 20_000 });
    await page.getByTestId('import-confirm').click();
    const done = page.getByTestId('import-done');
    await expect(done).toBeVisible({ timeout: 20_000 });
    // Every line read: stored or rejected with a reason, none lost to the encoding.
    const counts = await done.evaluate((el) => Number(el.dataset.rows) + Number(el.dataset.rejected));
    expect(counts).toBe(text.trimEnd().split('\n').length - 1);
  });
});
