// The first screen with the demo data: what a founder sees before scrolling, on a laptop and on a
// phone, in print, and its accessibility in both themes.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function loadDemo(page: Page): Promise<void> {
  await page.goto('./#/');
  await page.getByTestId('demo-button').click();
  await expect(page).toHaveURL(/#\/$/, { timeout: 90_000 });
  await expect(page.locator('[data-kpi="mrr"]')).toHaveAttribute('data-value', /\d/, { timeout: 30_000 });
}

/** Whether the element lies entirely inside the first viewport (the page not scrolled). */
async function inFirstViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.height > 0 &&
      r.top >= 0 &&
      r.left >= 0 &&
      r.bottom <= window.innerHeight &&
      r.right <= window.innerWidth
    );
  });
}

async function valuesInFirstViewport(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('main [data-kpi]')].filter((el) => {
        if (el.dataset.value === undefined || el.dataset.value === '') return false;
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
      }).length,
  );
}

async function axeBlocking(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('laptop: the MRR chart and six headline values before any scrolling; print hides navigation', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadDemo(page);
  await page.evaluate(() => window.scrollTo(0, 0));

  const chart = page.locator('[data-chart="mrr"]');
  await expect(chart.locator('.picture svg')).toBeVisible({ timeout: 20_000 });
  expect(await inFirstViewport(chart)).toBe(true);
  expect(await valuesInFirstViewport(page)).toBeGreaterThanOrEqual(6);
  // Each KPI has exactly one card: the headline strip holds them, the sections do not repeat them.
  await expect(page.locator('[data-kpi="mrr"]')).toHaveCount(1);
  await expect(page.getByTestId('headline-strip').locator('[data-kpi="mrr"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
  await page.screenshot({ path: '/tmp/overview-laptop-light.png' });

  // A folded section stays folded after a reload (remembered on this device).
  const retention = page.getByRole('button', { name: 'Retention' });
  await expect(retention).toHaveAttribute('aria-expanded', 'true');
  await retention.click();
  await expect(retention).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-kpi="grr"]')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Retention' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-kpi="grr"]')).toHaveAttribute('data-value', /\d/);
  await page.getByRole('button', { name: 'Retention' }).click();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('[data-kpi="grr"]')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  expect(await axeBlocking(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeBlocking(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/overview-laptop-dark.png' });
});

test('phone: three headline values on the first screen, the controls in one line that opens a sheet', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 360, height: 780 });
  await loadDemo(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => valuesInFirstViewport(page)).toBeGreaterThanOrEqual(3);

  const nav = page.getByRole('navigation', { name: 'Main' });
  const navBox = await nav.boundingBox();
  expect(navBox!.height).toBeLessThan(780 / 4);

  const summary = page.getByTestId('controls-summary');
  await expect(summary).toContainText(/ · vs previous · all customers\s*$/);
  await expect(page.getByTestId('period')).toBeHidden();
  await page.screenshot({ path: '/tmp/overview-phone-light.png' });
  await summary.click();
  const sheet = page.getByRole('dialog', { name: 'Period, comparison and segment' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId('period')).toBeVisible();
  const last = await sheet.getByTestId('period').inputValue();
  expect(last).toMatch(/^\d{4}-\d{2}$/);
  await page.screenshot({ path: '/tmp/overview-phone-sheet.png' });
  expect(await axeBlocking(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(summary).toBeFocused();

  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  expect(await axeBlocking(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeBlocking(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/overview-phone-dark.png' });
});
