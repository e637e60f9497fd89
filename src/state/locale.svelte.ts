import { catalogues, detectLang, INTL_TAGS, isLang, type Lang, type Messages } from '../i18n/index.ts';
import { setLangSource } from '../i18n/format.ts';

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
  readonly messages: Messages = $derived(catalogues[this.lang]);
  /** BCP 47 tag for Intl, e.g. `pl-PL`. */
  readonly tag: string = $derived(INTL_TAGS[this.lang]);

  constructor() {
    this.lang = readStored() ?? detectLang(browserPreferences());
    this.#applyToDocument();
  }

  /** Switches language, remembers it for the next visit and updates `<html lang>`. */
  set(lang: Lang): void {
    this.lang = lang;
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
