// The custom properties src/app.css declares for each theme, read from the file as the browser
// would apply them: the top-level `:root` block, and the dark media query's `:root` over it.
import { readFileSync } from 'node:fs';
import type { Theme } from '../../../src/ui/charts/types.ts';

const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');

function declarations(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out.set(m[1], m[2].trim());
  return out;
}

/** The first `:root { … }` block after `from` in the style sheet. */
function rootBlock(from: number): string {
  const start = css.indexOf(':root {', from);
  return css.slice(start, css.indexOf('}', start));
}

export const LIGHT = declarations(rootBlock(0));
export const DARK = declarations(rootBlock(css.search(/@media[^{]*prefers-color-scheme:\s*dark/)));

export function themeTokens(theme: Theme): Map<string, string> {
  return theme === 'light' ? LIGHT : new Map([...LIGHT, ...DARK]);
}
