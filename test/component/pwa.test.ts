import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { locale } from '../../src/state/locale.svelte.ts';
import { PwaStatus } from '../../src/ui/pwa/pwa-status.svelte.ts';
import PwaToasts from '../../src/ui/pwa/PwaToasts.svelte';

function fakeRegistration() {
  let options: RegisterSWOptions = {};
  const update = vi.fn(async () => {});
  const registerSW = (given: RegisterSWOptions) => {
    options = given;
    return update;
  };
  return { registerSW, update, options: () => options };
}

afterEach(() => {
  locale.set('en');
  vi.unstubAllGlobals();
});

describe('service worker toasts', () => {
  it('offers an update and applies it only when Reload is pressed', async () => {
    const user = userEvent.setup();
    const fake = fakeRegistration();
    const status = new PwaStatus();
    status.start(fake.registerSW);
    render(PwaToasts, { status });
    expect(screen.queryByText('Update available')).not.toBeInTheDocument();

    fake.options().onNeedRefresh?.();
    expect(await screen.findByText('Update available')).toBeInTheDocument();
    expect(fake.update).not.toHaveBeenCalled();
    // Another tab taking the update must not reload this one.
    fake.options().onNeedReload?.();
    expect(screen.getByText('Update available')).toBeInTheDocument();

    vi.stubGlobal('navigator', {
      ...navigator,
      serviceWorker: { getRegistration: async () => ({ waiting: {} }) },
    });
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(fake.update).toHaveBeenCalledWith(true);
  });

  it('says once that the app works offline, in the chosen language', async () => {
    locale.set('id');
    const fake = fakeRegistration();
    const status = new PwaStatus();
    status.start(fake.registerSW);
    render(PwaToasts, { status });
    fake.options().onOfflineReady?.();
    expect(await screen.findByText('Siap digunakan secara offline.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tutup' }));
    expect(screen.queryByText('Siap digunakan secara offline.')).not.toBeInTheDocument();
  });
});
