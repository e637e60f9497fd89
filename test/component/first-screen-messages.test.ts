// The first screen speaks every language with only its own catalogue: the header, the navigation,
// the workspace menu's button, the home page and the footer use no key of an area that loads later
// (areas.ts), so nothing shows a bare key or an empty control while an area is still on its way.
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogues } from '../../src/i18n/all.ts';
import type { Lang } from '../../src/i18n/index.ts';
import { metrics, workspaces } from '../../src/state/app.svelte.ts';
import { loadProblem } from '../../src/state/load-problem.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import AppFooter from '../../src/ui/AppFooter.svelte';
import AppHeader from '../../src/ui/AppHeader.svelte';
import MainNav from '../../src/ui/MainNav.svelte';
import LoadProblem from '../../src/ui/reliability/LoadProblem.svelte';
import DashboardView from '../../src/ui/views/DashboardView.svelte';
import type { ComputeAnswer } from '../../src/worker/protocol.ts';
import { fixtureAnswer } from './dashboard-fixture.ts';
import { goToHash } from './hash.ts';

// The test setup loads every catalogue whole; the page starts with the first screen's words alone.
// Here the components get a locale of their own, fresh as at page load (no area asked for), whose
// messages note every key read that the catalogue in use lacks: the catalogue gives `undefined`
// for it, which renders as nothing (or throws for a message with parameters).
const seen = vi.hoisted(() => ({ missing: new Set<string>() }));
vi.mock('../../src/state/locale.svelte.ts', async (importActual) => {
  const actual = await importActual<typeof import('../../src/state/locale.svelte.ts')>();
  const { setLangSource } = await import('../../src/i18n/format.ts');
  const fresh = new actual.LocaleState();
  const messages = Object.getOwnPropertyDescriptor(actual.LocaleState.prototype, 'messages')!.get!;
  Object.defineProperty(fresh, 'messages', {
    get() {
      const catalogue = messages.call(fresh) as Record<string, unknown>;
      return new Proxy(catalogue, {
        get(target, key) {
          if (typeof key === 'string' && !(key in target)) seen.missing.add(key);
          return Reflect.get(target, key);
        },
      });
    },
  });
  setLangSource(() => fresh.lang);
  return { ...actual, locale: fresh };
});

/** Charts never come near the viewport here: jsdom has no canvas to draw them on. */
class FarAway {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

// Keys of every catalogue that could show up as such: the camelCase ones (a one-word key like
// `dismiss` is an ordinary word of a sentence too).
const KEYS = Object.keys(catalogues.en).filter((k) => /[a-z][A-Z]/.test(k));
const LANGS: Lang[] = ['en', 'id', 'pl'];

let answer: ComputeAnswer;
beforeAll(() => {
  answer = fixtureAnswer();
});

beforeEach(async () => {
  vi.stubGlobal('IntersectionObserver', FarAway);
  localStorage.clear();
  seen.missing.clear();
  await goToHash('#/');
  await workspaces.load();
  // Two workspaces, one of them the demo: the switcher and the demo's delete button show.
  if (workspaces.list.length < 2) {
    await workspaces.create('Acme');
    await workspaces.create('Demo', true);
  }
});

afterEach(() => {
  vi.unstubAllGlobals();
  metrics.result = null;
  metrics.problem = null;
  workspaces.problem = null;
  loadProblem.failed = null;
  locale.set('en');
});

async function showIn(lang: Lang): Promise<void> {
  locale.set(lang);
  await locale.load(lang);
  expect(locale.lang).toBe(lang);
}

/** Renders the first screen and waits until the dashboard's sections are all drawn. */
async function renderFirstScreen(): Promise<HTMLElement> {
  render(AppHeader);
  render(MainNav);
  const view = render(DashboardView);
  render(AppFooter);
  const busy = view.container.querySelector('[aria-busy]');
  if (busy) await waitFor(() => expect(busy).toHaveAttribute('aria-busy', 'false'), { timeout: 20_000 });
  return document.body;
}

function expectAllWorded(body: HTMLElement, lang: Lang): void {
  expect([...seen.missing], `keys missing in ${lang}`).toEqual([]);
  const shown = [
    body.textContent ?? '',
    ...[...body.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    ),
  ].join('\n');
  expect(KEYS.filter((key) => new RegExp(`\\b${key}\\b`).test(shown))).toEqual([]);
  expect(shown).not.toMatch(/\bundefined\b|\bNaN\b|\[object |=>/);
  // Every control says what it is.
  const unnamed = (n: string) => n.trim() === '';
  for (const role of ['button', 'link', 'combobox', 'checkbox', 'radio', 'tab'] as const)
    expect(
      screen.queryAllByRole(role, { name: unnamed }).map((el) => el.outerHTML.slice(0, 120)),
      `${role}s without a name in ${lang}`,
    ).toEqual([]);
}

describe('first screen with only its own catalogue', { timeout: 60_000 }, () => {
  for (const lang of LANGS) {
    it(`is worded in ${lang} with no workspace data yet`, async () => {
      await showIn(lang);
      metrics.result = null;
      const body = await renderFirstScreen();
      expect(screen.getAllByRole('link').length).toBeGreaterThan(7);
      expect(screen.getByRole('link', { name: catalogues[lang].navDashboard })).toBeInTheDocument();
      expectAllWorded(body, lang);
    });

    it(`is worded in ${lang} over a whole workspace's KPIs`, async () => {
      await showIn(lang);
      metrics.result = answer;
      const body = await renderFirstScreen();
      expect(body.querySelectorAll('[data-kpi]').length).toBeGreaterThan(10);
      expectAllWorded(body, lang);
    });

    it(`words the first screen's notices in ${lang}`, async () => {
      await showIn(lang);
      workspaces.problem = 'newer-version';
      loadProblem.failed = 'engine';
      // The dashboard says a failed computation above the results it still shows.
      metrics.result = answer;
      metrics.problem = { code: 'storage-quota', message: 'QuotaExceededError' };
      render(LoadProblem);
      const body = await renderFirstScreen();
      expect(screen.getByTestId('storage-problem').textContent?.trim()).not.toBe('');
      expect(screen.getByTestId('load-problem').textContent?.trim()).not.toBe('');
      expect(screen.getByText(catalogues[lang].errorStorageQuota, { exact: false })).toBeInTheDocument();
      expectAllWorded(body, lang);
    });
  }
});
