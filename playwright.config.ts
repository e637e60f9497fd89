import { defineConfig, devices } from '@playwright/test';

// The e2e suite runs against the production build (`npm run build` first, as CI does): the service
// worker and precache only exist there. webServer only serves dist/, it does not build.
// E2E_PORT lets two checkouts run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const APP_ORIGIN = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `${APP_ORIGIN}/`,
    trace: 'retain-on-failure',
    // Debian's Chromium; never `playwright install` (no downloads in CI).
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `${APP_ORIGIN}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
