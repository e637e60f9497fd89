import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** The shape of `registerSW` from `virtual:pwa-register`, injected so tests need no Vite plugin. */
export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

/**
 * Service worker state for the toasts. An update waits for the person to choose Reload: reloading
 * on our own could throw away an import in progress.
 */
export class PwaStatus {
  needRefresh = $state(false);
  offlineReady = $state(false);

  #update: ((reloadPage?: boolean) => Promise<void>) | null = null;
  #reloadRequested = false;

  start(registerSW: RegisterSW): void {
    if (this.#update) return;
    this.#update = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        this.needRefresh = true;
      },
      onOfflineReady: () => {
        this.offlineReady = true;
      },
      // Another tab may activate the new worker; this tab reloads only if asked to here.
      onNeedReload: () => {
        if (this.#reloadRequested) window.location.reload();
      },
    });
  }

  /** Activates the waiting worker; the page reloads once it has taken control. */
  async reload(): Promise<void> {
    this.#reloadRequested = true;
    const registration = await navigator.serviceWorker?.getRegistration();
    // With no worker waiting, another tab has already activated it: a plain reload picks it up.
    if (registration?.waiting && this.#update) await this.#update(true);
    else window.location.reload();
  }

  dismissUpdate(): void {
    this.needRefresh = false;
  }

  dismissOfflineReady(): void {
    this.offlineReady = false;
  }
}

export const pwa = new PwaStatus();
