import type { Messages } from './messages/en.ts';

export type { Messages };

export const LANGS = ['en', 'id', 'pl'] as const;
export type Lang = (typeof LANGS)[number];

/** The Intl locale each interface language formats with. */
export const INTL_TAGS: Readonly<Record<Lang, string>> = { en: 'en-US', id: 'id-ID', pl: 'pl-PL' };

/** Endonyms: a person looking for their language should recognise it whatever is showing now. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  pl: 'Polski',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** First supported language in the browser's preference list (`pl-PL` → `pl`, legacy `in` → `id`). */
export function detectLang(preferences: readonly string[]): Lang {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
    if (base === 'in') return 'id';
  }
  return 'en';
}
