import { test as base, expect } from '@playwright/test';

export const APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** Views in navigation order, with the English nav label and the heading each one shows. */
export const VIEWS = [
  { hash: '#/', nav: 'Dashboard', heading: 'Your SaaS metrics, computed in your browser' },
  { hash: '#/import', nav: 'Import', heading: 'Import' },
  { hash: '#/goals', nav: 'Goals', heading: 'Goals' },
  { hash: '#/board', nav: 'Board', heading: 'Board' },
  { hash: '#/balance-sheet', nav: 'Balance sheet', heading: 'Balance sheet' },
  { hash: '#/settings', nav: 'Settings', heading: 'Settings' },
] as const;

// Schemes the browser serves itself; they never leave the machine.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome-extension:']);

/**
 * Every test records every request of its browser context (pages and service worker alike) and
 * fails if one goes to another origin: the product promise is that data never leaves the browser.
 */
export const test = base.extend<{ foreignRequests: string[]; cspViolations: string[] }>({
  locale: 'en-US',
  /**
   * The shipped Content-Security-Policy (index.html) holds on every page of every test: a
   * `securitypolicyviolation` event in any page or frame, or the console's report of one (workers
   * included), fails the test.
   */
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
        violations.push(text);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
            .__reportCspViolation;
          report?.(
            `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
          );
        });
      });
      const onConsole = (text: string) => {
        if (/Content Security Policy/i.test(text)) violations.push(text);
      };
      context.on('console', (msg) => onConsole(msg.text()));
      context.on('weberror', (err) => onConsole(String(err.error())));
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== APP_ORIGIN) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
