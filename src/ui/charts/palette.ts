// The chart colours are the page's CSS tokens (src/app.css, light and dark): one place to change
// a colour, and the charts follow the theme the rest of the page is in. They are read when a
// chart is drawn; ChartPanel draws again when the theme changes.
import type { Theme } from './types.ts';

/** Which token each colour of a chart reads. Series 4 is the warning amber of the page. */
export const PALETTE_TOKENS = {
  text: '--text',
  muted: '--text-muted',
  grid: '--chart-grid',
  series: ['--chart-1', '--chart-2', '--chart-3', '--warning', '--chart-5', '--chart-6'],
  positive: ['--chart-1', '--chart-1-soft', '--chart-2'],
  negative: ['--chart-warning-soft', '--chart-3'],
  line: '--text',
  bands: { good: '--chart-band-good', watch: '--chart-band-watch', bad: '--chart-band-bad' },
  /** Text on a filled shape in the series colours (funnel steps). */
  onSeries: '--on-accent',
  /** A heatmap's scale, from its lowest value to its highest. */
  scale: ['--chart-scale-low', '--chart-1'],
} as const;

type Resolved<T> = T extends string
  ? string
  : T extends readonly string[]
    ? string[]
    : { [K in keyof T]: Resolved<T[K]> };

export type Palette = Resolved<typeof PALETTE_TOKENS>;

function resolve(tokens: unknown, value: (name: string) => string): unknown {
  if (typeof tokens === 'string') return value(tokens).trim();
  if (Array.isArray(tokens)) return tokens.map((t) => resolve(t, value));
  return Object.fromEntries(Object.entries(tokens as object).map(([k, t]) => [k, resolve(t, value)]));
}

/** The palette with every token's value looked up by `value`. */
export function readPalette(value: (name: string) => string): Palette {
  return resolve(PALETTE_TOKENS, value) as Palette;
}

function screenTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The tokens a theme declares in the page's style sheets: the top-level `:root` rules, and for the
 * dark theme the `:root` rules of its media query over them.
 */
function declaredTokens(theme: Theme): Map<string, string> {
  const found = new Map<string, string>();
  const take = (rules: CSSRuleList, top: boolean) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule && rule.selectorText === ':root') {
        for (const name of rule.style)
          if (name.startsWith('--')) found.set(name, rule.style.getPropertyValue(name));
      } else if (top && theme === 'dark' && rule instanceof CSSMediaRule) {
        if (/prefers-color-scheme:\s*dark/.test(rule.conditionText)) take(rule.cssRules, false);
      }
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      take(sheet.cssRules, true);
    } catch {
      // A style sheet from another origin cannot be read; the page's own tokens are not in one.
    }
  }
  return found;
}

/**
 * The palette of `theme` now. The screen's theme is read from the computed style; another one (the
 * light palette a printed page uses while the screen is dark) from the declarations.
 */
export function chartPalette(theme: Theme): Palette {
  if (theme === screenTheme()) {
    const style = getComputedStyle(document.documentElement);
    return readPalette((name) => style.getPropertyValue(name));
  }
  const declared = declaredTokens(theme);
  return readPalette((name) => declared.get(name) ?? '');
}
