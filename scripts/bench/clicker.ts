import type { Page } from '@playwright/test';

const EVERY_MS = 250;

/**
 * Clicks the bench's own corner spot every 250 ms (never two at once: a click waits for the
 * previous one). The page records each click's delay; this only injects them.
 */
export class Clicker {
  readonly #page: Page;
  #running = true;
  #paused: Promise<void> | null = null;
  #inFlight: Promise<void> = Promise.resolve();
  #loop: Promise<void>;
  clicks = 0;

  constructor(page: Page) {
    this.#page = page;
    this.#loop = this.#run();
  }

  /** Runs `work` (e.g. a real click on the app) with no injected click in between. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    let resume = (): void => undefined;
    this.#paused = new Promise<void>((resolve) => (resume = resolve));
    await this.#inFlight;
    try {
      return await work();
    } finally {
      this.#paused = null;
      resume();
    }
  }

  async stop(): Promise<number> {
    this.#running = false;
    await this.#loop;
    return this.clicks;
  }

  async #run(): Promise<void> {
    while (this.#running) {
      const next = Date.now() + EVERY_MS;
      if (this.#paused) await this.#paused;
      this.#inFlight = this.#click();
      await this.#inFlight;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
    }
  }

  async #click(): Promise<void> {
    const { width, height } = this.#page.viewportSize() ?? { width: 1280, height: 900 };
    try {
      await this.#page.mouse.click(width - 4, height - 4);
      this.clicks++;
    } catch {
      // The page is navigating or closing; the next tick tries again.
    }
  }
}
