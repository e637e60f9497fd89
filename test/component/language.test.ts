import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { detectLang } from '../../src/i18n/index.ts';
import { LANG_STORAGE_KEY, LocaleState, locale } from '../../src/state/locale.svelte.ts';
import { goToHash } from './hash.ts';

beforeEach(async () => {
  locale.set('en');
  localStorage.clear();
  await goToHash('#/settings');
});

describe('language switch', { timeout: 30_000 }, () => {
  it('changes the visible text and the document language, and remembers the choice', async () => {
    const user = userEvent.setup();
    render(App);
    // Settings loads on demand (its own chunk).
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByTestId('preview-money')).toHaveTextContent('$12,345.67');

    const [headerSelect] = screen.getAllByRole('combobox', { name: 'Language' });
    await user.selectOptions(headerSelect, 'pl');

    expect(screen.getByRole('heading', { level: 1, name: 'Ustawienia' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Główna' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pulpit' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('pl');
    expect(screen.getByTestId('preview-money').textContent?.replace(/\u00a0/g, ' ')).toBe('12 345,67 zł');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('pl');

    // The next visit starts in Polish even though the browser prefers English.
    expect(new LocaleState().lang).toBe('pl');
  });

  it('keeps both language controls in step', async () => {
    const user = userEvent.setup();
    render(App);
    await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 10_000 });
    const [headerSelect, settingsSelect] = screen.getAllByRole('combobox', { name: 'Language' });
    await user.selectOptions(settingsSelect, 'id');
    expect(headerSelect).toHaveValue('id');
    expect(screen.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeInTheDocument();
    expect(document.title).toBe('Pengaturan · Yardstick');
  });
});

describe('first visit', () => {
  it('follows the browser language', () => {
    expect(detectLang(['pl-PL', 'en'])).toBe('pl');
    expect(detectLang(['de-DE', 'id-ID'])).toBe('id');
    expect(detectLang(['in'])).toBe('id');
    expect(detectLang(['fr-FR'])).toBe('en');
    expect(detectLang([])).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'xx');
    expect(new LocaleState().lang).toBe('en');
  });
});
