import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LATER_TEXT_STYLES } from '../../src/ui/fonts/later-text-styles.ts';
import { expect, test } from './fixtures.ts';

// The app resolves LATER_TEXT_STYLES' fonts while it waits for a person (warm-fonts.ts), so a
// preview's first frame does not wait on the browser for them. A style drawn later in the import
// and not listed there makes that frame wait again: this test names it.

const FIXTURES = resolve('test/fixtures/public');

declare global {
  interface Window {
    __textStyles: Map<string, string>;
    __textPhase: string;
  }
}

/** Every frame, the family, size, weight and style of each piece of text laid out, and where. */
function recordTextStyles() {
  window.__textStyles = new Map();
  window.__textPhase = 'first screen';
  const note = (s: CSSStyleDeclaration, what: string) => {
    const key = [s.fontFamily, s.fontSize, s.fontWeight, s.fontStyle].join(' | ');
    if (!window.__textStyles.has(key)) window.__textStyles.set(key, `${window.__textPhase}: ${what}`);
  };
  const scan = () => {
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility()) continue;
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      for (const pseudo of ['::before', '::after']) {
        const p = getComputedStyle(el, pseudo);
        if (p.content !== 'none' && p.content !== 'normal' && p.content !== '""') note(p, `${name}${pseudo}`);
      }
      const own = getComputedStyle(el);
      if (own.display === 'list-item' && own.listStyleType !== 'none')
        note(getComputedStyle(el, '::marker'), `${name}::marker`);
      const text = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      if (text || /^(INPUT|SELECT|BUTTON|TEXTAREA)$/.test(el.tagName)) note(own, name);
    }
    requestAnimationFrame(scan);
  };
  addEventListener('DOMContentLoaded', () => requestAnimationFrame(scan));
}

test('every text style the import and the dashboard draw after the first screen has its font resolved ahead', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.addInitScript(recordTextStyles);
  await page.goto('#/import');
  await expect(page.getByTestId('import-input')).toBeAttached();
  // The first screen's styles are resolved by drawing it.
  await page.waitForTimeout(300);
  await page.evaluate(() => (window.__textPhase = 'import'));

  const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
    files: { name: string }[];
  };
  await page.getByTestId('import-input').setInputFiles(expected.files.map((f) => join(FIXTURES, f.name)));
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeEnabled({ timeout: 20_000 });
  await confirm.click();
  await expect(page.getByTestId('import-done')).toHaveCount(expected.files.length, { timeout: 30_000 });
  await expect(page.getByTestId('datasets').locator('tbody tr')).toHaveCount(expected.files.length);

  await page.evaluate(() => (window.__textPhase = 'dashboard'));
  await page.evaluate(() => (location.hash = '#/'));
  await expect(page.locator('main [data-kpi="mrr"] .amount')).not.toBeEmpty({ timeout: 20_000 });
  await page.waitForTimeout(1_000);

  const { seen, listed } = await page.evaluate((styles) => {
    // Each listed style as the browser computes it, in the page's own cascade.
    const stacks: Record<string, string> = { sans: 'var(--font-sans)', mono: 'var(--font-mono)' };
    const probe = document.createElement('span');
    document.body.append(probe);
    const listed = styles.map((s) => {
      probe.style.fontFamily = stacks[s.family] ?? s.family;
      probe.style.fontSize = s.size;
      probe.style.fontWeight = String(s.weight);
      const c = getComputedStyle(probe);
      return [c.fontFamily, c.fontSize, c.fontWeight, c.fontStyle].join(' | ');
    });
    probe.remove();
    return { seen: [...window.__textStyles.entries()], listed };
  }, LATER_TEXT_STYLES);

  const phases = new Set(seen.map(([, where]) => where.split(':')[0]));
  expect(phases, 'the recorder saw the import and the dashboard').toEqual(
    new Set(['first screen', 'import', 'dashboard']),
  );
  const missing = seen
    .filter(([key, where]) => !where.startsWith('first screen') && !listed.includes(key))
    .map(([key, where]) => `${key} (first drawn by ${where})`);
  expect(missing, 'text styles to add to src/ui/fonts/later-text-styles.ts').toEqual([]);
});
