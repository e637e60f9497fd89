import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';

const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Set when the page's renderer crashed during the session. */
  crashed: () => boolean;
  close: () => Promise<void>;
}

export interface SessionOptions {
  /**
   * Keep the app's service worker from installing. For the baselines: its install (fetching and
   * caching every asset) would otherwise fall inside B0 or B2 and make them slower than the
   * browser alone is.
   */
  blockServiceWorkers?: boolean;
}

/**
 * A headless Chromium with a brand-new user data dir: IndexedDB starts empty and is stored on
 * disk as for a real user (so a reload reads it back the way a reopened tab would).
 */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const profile = await mkdtemp(join(tmpdir(), 'yardstick-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
    serviceWorkers: options.blockServiceWorkers ? 'block' : 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let crashed = false;
  page.on('crash', () => (crashed = true));
  return {
    context,
    page,
    crashed: () => crashed,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a session, runs `work`, and always closes it (and removes its profile). */
export async function withSession<T>(
  work: (session: Session) => Promise<T>,
  options: SessionOptions = {},
): Promise<T> {
  const session = await openSession(options);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
