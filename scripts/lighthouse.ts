// `npm run lighthouse`: Lighthouse 12 driving Debian's Chromium, in a fresh profile, against the
// built dist/ served with gzip, on the dashboard (`#/`). Prints the four category scores and
// writes the full report to lighthouse-report.html. Run `npm run build` first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve-dist.ts';

const PORT = Number(process.env.LH_PORT ?? 4310);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const server = await serveDist('dist', PORT);
const profile = mkdtempSync(join(tmpdir(), 'yardstick-lh-'));
const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  userDataDir: profile,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  const result = await lighthouse(`http://127.0.0.1:${PORT}/#/`, {
    port: chrome.port,
    output: 'html',
    logLevel: 'error',
  });
  if (!result) throw new Error('Lighthouse gave no result');
  const scores = Object.fromEntries(
    Object.values(result.lhr.categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)]),
  );
  writeFileSync('lighthouse-report.html', String(result.report));
  console.log(JSON.stringify({ url: result.lhr.finalDisplayedUrl, date: result.lhr.fetchTime, scores }));
  const failing = Object.values(result.lhr.audits).filter(
    (a) =>
      a.score !== null &&
      a.score < 1 &&
      a.scoreDisplayMode !== 'informative' &&
      a.scoreDisplayMode !== 'manual',
  );
  for (const a of failing.slice(0, 20)) console.log(`  ${a.id}: ${a.score} ${a.displayValue ?? ''}`);
} finally {
  await chrome.kill();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
