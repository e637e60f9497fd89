import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../src/App.svelte';
import { imports } from '../../src/state/import.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import { buildHash, parseHash, Router, router } from '../../src/state/router.svelte.ts';
import { goToHash } from './hash.ts';

beforeEach(async () => {
  locale.set('en');
  await goToHash('#/');
});

describe('hash parsing', () => {
  it('reads the route and the view state in the query', () => {
    expect(parseHash('#/?period=2025-06&plan=Pro')).toEqual({
      route: 'dashboard',
      path: '/',
      query: { period: '2025-06', plan: 'Pro' },
    });
    expect(parseHash('')?.route).toBe('dashboard');
    expect(parseHash('#/balance-sheet/')?.route).toBe('balance-sheet');
    expect(parseHash('#/nowhere')).toEqual({ route: null, path: '/nowhere', query: {} });
    expect(parseHash('#main')).toBeNull();
  });

  it('builds hashes that parse back', () => {
    const hash = buildHash('import', { demo: '1', plan: 'Pro & Team', empty: '', gone: null });
    expect(hash).toBe('#/import?demo=1&plan=Pro%20%26%20Team');
    expect(parseHash('#/?plan=Pro+Team&bad=%E0%A4%A')?.query).toEqual({ plan: 'Pro Team', bad: '%E0%A4%A' });
    expect(parseHash(hash)?.query).toEqual({ demo: '1', plan: 'Pro & Team' });
  });
});

describe('Router', () => {
  it('follows hash changes and updates the query in place', () => {
    const own = new Router(window);
    own.navigate('goals');
    expect(window.location.hash).toBe('#/goals');
    expect(own.route).toBe('goals');
    const length = history.length;
    own.setQuery({ period: '2025-06' });
    expect(window.location.hash).toBe('#/goals?period=2025-06');
    expect(own.query).toEqual({ period: '2025-06' });
    expect(history.length).toBe(length);
    own.setQuery({ period: null });
    expect(window.location.hash).toBe('#/goals');
  });

  it('shows the view of the current route and marks its nav link', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    render(App);
    await user.click(screen.getByRole('link', { name: 'Balance sheet' }));
    // Views other than the dashboard load on demand (their chunk, here their module).
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Balance sheet' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(router.route).toBe('balance-sheet');
    expect(window.location.hash).toBe('#/balance-sheet');
    expect(screen.getByRole('link', { name: 'Balance sheet' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/current assets and current liabilities/)).toBeInTheDocument();
  });
});

describe('changing view', { timeout: 30_000 }, () => {
  it('lets go of focus inside the old view before removing it, then focuses the new heading', async () => {
    render(App);
    await goToHash('#/balance-sheet');
    const old = await screen.findByRole('heading', { level: 1, name: 'Balance sheet' }, { timeout: 10_000 });
    old.focus();
    expect(old).toHaveFocus();
    // A browser that removes the focused element restyles the page to fix focus up, mid-switch.
    let releasedInPage: boolean | null = null;
    old.addEventListener('focusout', () => (releasedInPage = old.isConnected), { once: true });
    await goToHash('#/');
    expect(releasedInPage).toBe(true);
    expect(old.isConnected).toBe(false);
    await vi.waitFor(() => expect(document.querySelector('#main h1')).toHaveFocus());
    expect(document.querySelector('#main h1')).not.toBe(old);
  });
});

// Views load on demand: their first load in jsdom transforms their modules.
describe('files dropped on another view', { timeout: 30_000 }, () => {
  it('open the Import view with them, instead of the browser opening the file in place of the app', async () => {
    render(App);
    expect(router.route).toBe('dashboard');
    const file = new File(['customer_id,start_date,mrr\nc1,2024-01-05,9\n'], 'subs.csv', {
      type: 'text/csv',
    });
    const transfer = { files: [file], items: [], types: ['Files'], dropEffect: 'none' };
    expect(await fireEvent.dragOver(document.body, { dataTransfer: transfer })).toBe(false);
    expect(await fireEvent.drop(document.body, { dataTransfer: transfer })).toBe(false);
    await vi.waitFor(() => expect(router.route).toBe('import'));
    // The import session loads on demand, then takes the files.
    await vi.waitFor(() => expect(imports.items.map((i) => i.name)).toEqual(['subs.csv']), {
      timeout: 10_000,
    });
    imports.items = [];
  });

  it('during an import, open the Import view saying they cannot join it', async () => {
    render(App);
    imports.running = true;
    try {
      const file = new File(['customer_id,start_date,mrr\n'], 'late.csv', { type: 'text/csv' });
      const transfer = { files: [file], items: [], types: ['Files'], dropEffect: 'none' };
      expect(await fireEvent.drop(document.body, { dataTransfer: transfer })).toBe(false);
      await vi.waitFor(() => expect(router.route).toBe('import'));
      expect(await screen.findByTestId('import-busy', {}, { timeout: 25_000 })).toHaveTextContent(
        'An import is running',
      );
      expect(imports.items).toEqual([]);
    } finally {
      imports.running = false;
      imports.refusedWhileRunning = false;
    }
  });

  it('leave a drag of text alone', async () => {
    render(App);
    const text = { files: [], items: [], types: ['text/plain'], dropEffect: 'none' };
    expect(await fireEvent.drop(document.body, { dataTransfer: text })).toBe(true);
    expect(router.route).toBe('dashboard');
  });
});
