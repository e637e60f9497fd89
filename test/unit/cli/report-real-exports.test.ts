// `npm run report` follows datasets.md §8 exactly as the page does (same core ingest).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const dir = resolve(root, 'test/fixtures/real-exports');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function report(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/report.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run report on real-export shapes', () => {
  it('reads cents, channel costs and a template without asking for rates', () => {
    const r = report(
      '--month',
      '2023-01',
      join(dir, 'stripe_api_cents.csv'),
      join(dir, 'baremetrics_template.csv'),
      join(dir, 'channel_spend.csv'),
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { kind: string }) => f.kind)).toEqual([
      'subscriptions',
      'subscriptions',
      'costs',
    ]);
    expect(doc.files[1].rows_rejected).toBe(1);
    // January: 25 + 240/12 + 2 × 25 (Stripe API, cents) + 49 + 19 (template, cents) = 163.
    expect(doc.months['2023-01'].mrr).toBeCloseTo(163, 9);
    expect(doc.months['2023-01'].marketing_cost).toBe(1200);
    expect(doc.months['2023-01'].sales_cost).toBe(400);
  });

  it('reads amounts as they are when the settings say cents: false', () => {
    const settings = join(mkdtempSync(join(tmpdir(), 'ys-cents-')), 's.json');
    writeFileSync(settings, JSON.stringify({ overrides: { 'stripe_api_cents.csv': { cents: false } } }));
    const r = report('--settings', settings, '--month', '2023-01', join(dir, 'stripe_api_cents.csv'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).months['2023-01'].mrr).toBeCloseTo(9500, 9);
  });

  it('refuses a Stripe export without price columns with that message', () => {
    const r = report(join(dir, 'stripe_no_price.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'report: stripe_no_price.csv: this Stripe subscriptions export has no Amount and Interval columns; export it with the price columns\n',
    );
  });
});
