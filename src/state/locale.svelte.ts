import { detectLang, INTL_TAGS, isLang, LANGS, type Lang, type Messages } from '../i18n/index.ts';
import { setLangSource } from '../i18n/format.ts';
import { AREAS, loadArea, type Area } from '../i18n/areas.ts';
import { loadCatalogue } from '../i18n/load.ts';
import { en, type AreaMessages, type FirstMessages } from '../i18n/messages/en.ts';

export const LANG_STORAGE_KEY = 'yardstick.lang';

function readStored(): Lang | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : null;
  } catch {
    // Storage can be blocked (privacy settings); the browser's language is then the best guess.
    return null;
  }
}

function browserPreferences(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : [nav.language];
}

type Parts = { first?: FirstMessages } & { [A in Area]?: AreaMessages[A] };

/**
 * The interface language: the remembered choice, else the browser's, and the messages for it. The
 * first screen's words come with the page (English) or in one chunk (other languages); each area's
 * arrive when a view that speaks it asks (`need`). The messages switch to a new language only once
 * it has every part in use, so the page never shows a key without its words.
 */
export class LocaleState {
  lang = $state<Lang>('en');
  /** Parts at hand, per language. */
  #parts = $state.raw<Record<Lang, Parts>>({ en: { first: en }, id: {}, pl: {} });
  /** The language whose parts are all here: `lang` once its chunks have arrived. */
  #shown = $state<Lang>('en');
  /** Areas some view has asked for: a language switch brings them along. Not state: only loads read it. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #wanted = new Set<Area>();
  readonly messages: Messages = $derived(compose(this.#parts[this.#shown]));
  /** BCP 47 tag for Intl, e.g. `pl-PL`. */
  readonly tag: string = $derived(INTL_TAGS[this.lang]);

  constructor() {
    this.lang = readStored() ?? detectLang(browserPreferences());
    void this.load(this.lang);
    this.#applyToDocument();
  }

  /** Fetches a language's first-screen words and the areas in use; resolves when they are shown. */
  async load(lang: Lang): Promise<void> {
    await Promise.all([this.#first(lang), ...[...this.#wanted].map((a) => this.#area(lang, a))]);
    if (this.lang === lang) this.#shown = lang;
  }

  /** Resolves when the areas' messages are in use, in the language shown and the one chosen. */
  async need(...areas: Area[]): Promise<void> {
    for (const area of areas) this.#wanted.add(area);
    const langs = this.#shown === this.lang ? [this.lang] : [this.#shown, this.lang];
    await Promise.all(langs.flatMap((lang) => areas.map((area) => this.#area(lang, area))));
  }

  /** Every catalogue whole: for tests that switch languages in one task. */
  async loadAll(): Promise<void> {
    for (const area of AREAS) this.#wanted.add(area);
    await Promise.all(LANGS.map((l) => this.load(l)));
    // load() shows only the chosen language; the others are complete too now.
    this.#shown = this.lang;
  }

  /** Switches language, remembers it for the next visit and updates `<html lang>`. */
  set(lang: Lang): void {
    this.lang = lang;
    // A language already at hand shows in this task; another one once its chunks have arrived.
    if (this.#complete(lang)) this.#shown = lang;
    else void this.load(lang);
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Not remembered across visits, but the switch itself still works.
    }
    this.#applyToDocument();
  }

  #complete(lang: Lang): boolean {
    const parts = this.#parts[lang];
    return !!parts.first && [...this.#wanted].every((area) => parts[area]);
  }

  async #first(lang: Lang): Promise<void> {
    if (lang === 'en' || this.#parts[lang].first) return;
    this.#add(lang, { first: await loadCatalogue(lang) });
  }

  async #area(lang: Lang, area: Area): Promise<void> {
    if (this.#parts[lang][area]) return;
    this.#add(lang, { [area]: await loadArea(area, lang) });
  }

  #add(lang: Lang, part: Parts): void {
    this.#parts = { ...this.#parts, [lang]: { ...this.#parts[lang], ...part } };
  }

  #applyToDocument(): void {
    if (typeof document !== 'undefined') document.documentElement.lang = this.lang;
  }
}

/** One catalogue from the parts at hand (an area not yet asked for has no keys in it). */
function compose(parts: Parts): Messages {
  return Object.assign({}, parts.first, ...AREAS.map((area) => parts[area])) as Messages;
}

export const locale = new LocaleState();
setLangSource(() => locale.lang);
