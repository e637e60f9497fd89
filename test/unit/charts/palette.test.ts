// Every chart colour is a CSS token of src/app.css in both themes, and no chart code types one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE_TOKENS, readPalette } from '../../../src/ui/charts/palette.ts';
import { DARK, LIGHT, themeTokens } from './css-tokens.ts';

function tokenNames(t: unknown): string[] {
  if (typeof t === 'string') return [t];
  return Object.values(t as object).flatMap(tokenNames);
}

const names = [...new Set(tokenNames(PALETTE_TOKENS))];

describe('the chart palette', () => {
  it('reads only tokens that app.css declares for the light theme and again for the dark one', () => {
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      expect(LIGHT.get(name), `${name} in the light tokens`).toBeTruthy();
      expect(DARK.get(name), `${name} in the dark tokens`).toBeTruthy();
    }
  });

  it('is the tokens of the theme, looked up by name', () => {
    const light = readPalette((name) => themeTokens('light').get(name) ?? '');
    const dark = readPalette((name) => ` ${themeTokens('dark').get(name) ?? ''} `);
    expect(light.text).toBe('#17202b');
    expect(dark.text).toBe('#e7ebf0');
    expect(light.series).toEqual(['#1f5f9e', '#2e8b57', '#b3373d', '#8a5300', '#6b4fa0', '#0f7b8a']);
    expect(dark.series[3]).toBe('#f0b35e');
    expect(light.bands.watch).toBe('rgba(208, 138, 45, 0.14)');
    expect(dark.scale).toEqual(['#1b2d42', '#8cbcf0']);
    expect(dark.onSeries).toBe('#0b1724');
  });

  it('is the only source of colours in the chart code', () => {
    const dir = new URL('../../../src/ui/charts/', import.meta.url).pathname;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(ts|svelte)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/#[0-9a-f]{3,8}\b|\b(rgba?|hsla?)\(/i);
    }
  });
});
