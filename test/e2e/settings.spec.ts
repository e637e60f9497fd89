import { expect, test } from './fixtures.ts';

// On a 360 px phone the Settings page fits the screen: nothing makes the page scroll sideways,
// in either theme, in the languages with the longest words too.
for (const lang of ['en', 'pl', 'id'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`Settings fits a 360 px screen (${lang}, ${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 360, height: 780 });
      await page.addInitScript((l) => localStorage.setItem('yardstick.lang', l), lang);
      await page.goto('./#/settings');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByTestId('preview-month')).toBeVisible();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        // The widest element, for the message when one sticks out.
        widest: [...document.querySelectorAll<HTMLElement>('main *')]
          .map((el) => ({ el, right: el.getBoundingClientRect().right }))
          .sort((a, b) => b.right - a.right)
          .slice(0, 1)
          .map(
            ({ el, right }) =>
              `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ends at ${Math.round(right)}`,
          )[0],
      }));
      expect(widths.viewport).toBe(360);
      expect(widths.page, `no sideways scroll (${widths.widest})`).toBeLessThanOrEqual(360);
      // The "How values are written" examples are one column, one example under the other.
      const lefts = await page
        .locator('[data-testid^="preview-"]')
        .evaluateAll((els) => els.map((el) => Math.round(el.parentElement!.getBoundingClientRect().left)));
      expect(lefts).toHaveLength(5);
      expect(new Set(lefts).size, `examples start at ${lefts.join(', ')}`).toBe(1);
    });
  }
}
