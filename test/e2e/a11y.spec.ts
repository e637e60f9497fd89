import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, VIEWS } from './fixtures.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const view of VIEWS) {
      test(`${view.nav} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(`./${view.hash}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (view.hash === '#/import') {
          // Scan the preview of a real file: mapping and convention controls, the sample table.
          await page.getByTestId('import-input').setInputFiles('test/fixtures/public/nps.csv');
          await expect(page.getByTestId('preview-sample')).toBeVisible();
        }
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const blocking = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        expect(blocking).toEqual([]);
      });
    }
  });
}
