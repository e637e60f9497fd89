import { detectLang, INTL_TAGS, isLang, LANGS, type Lang, type Messages } from '../i18n/index.ts';
import { setLangSource } from '../i18n/format.ts';
import { loadCatalogue } from '../i18n/load.ts';
import { en } from '../i18n/messages/en.ts';

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

/** The interface language: the remembered choice, else the browser's, and the messages for it. */
export class LocaleState {
  lang = $state<Lang>('en');
  /** Catalogues at hand; English until another language's chunk has arrived. */
  #loaded = $state.raw<Partial<Record<Lang, Messages>>>({ en });
  readonly messages: Messages = $derived(this.#loaded[this.lang] ?? en);
  /** BCP 47 tag for Intl, e.g. `pl-PL`. */
  readonly tag: string = $derived(INTL_TAGS[this.lang]);

  constructor() {
    this.lang = readStored() ?? detectLang(browserPreferences());
    void this.load(this.lang);
    this.#applyToDocument();
  }

  /** Fetches a language's catalogue (once); resolves when its messages are in use. */
  async load(lang: Lang): Promise<void> {
    if (lang === 'en' || this.#loaded[lang]) return;
    const messages = await loadCatalogue(lang);
    this.#loaded = { ...this.#loaded, [lang]: messages };
  }

  /** Every catalogue at hand: for tests that switch languages in one task. */
  loadAll(): Promise<void> {
    return Promise.all(LANGS.map((l) => this.load(l))).then(() => undefined);
  }

  /** Switches language, remembers it for the next visit and updates `<html lang>`. */
  set(lang: Lang): void {
    this.lang = lang;
    void this.load(lang);
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Not remembered across visits, but the switch itself still works.
    }
    this.#applyToDocument();
  }

  #applyToDocument(): void {
    if (typeof document !== 'undefined') document.documentElement.lang = this.lang;
  }
}

export const locale = new LocaleState();
setLangSource(() => locale.lang);
