import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeTo } from '../fixture-compare.ts';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(root, 'test/fixtures/public');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function report(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/report.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ys-report-')), name);
  writeFileSync(path, text);
  return path;
}

const MAIN = [
  'subscriptions_stripe.csv',
  'leads.csv',
  'nps.csv',
  'events.csv',
  'costs.csv',
  'balance_sheet.csv',
  'monthly_sheet.csv',
];

describe('npm run report', () => {
  it('prints the values the independent implementation expects for the main fixtures', () => {
    const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8'));
    const settings = tempFile('settings.json', JSON.stringify(expected.settings));
    const r = report('--settings', settings, ...MAIN.map((f) => join(fixtures, f)));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc.months)).toEqual(Object.keys(expected.months));
    const bad: string[] = [];
    for (const [month, values] of Object.entries<Record<string, number | null>>(expected.months))
      for (const [id, want] of Object.entries(values))
        if (!closeTo(doc.months[month][id], want))
          bad.push(`${month} ${id}: ${doc.months[month][id]} ≠ ${want}`);
    expect(bad).toEqual([]);
    for (const f of expected.files) {
      const got = doc.files.find((x: { name: string }) => x.name === f.name);
      expect({
        name: got.name,
        kind: got.kind,
        stored: got.rows_stored,
        rejected: got.rows_rejected,
      }).toEqual({
        name: f.name,
        kind: f.kind,
        stored: f.rows_stored,
        rejected: f.rows_rejected,
      });
    }
  });

  it('limits the months with --month', () => {
    const r = report('--month', '2025-06', join(fixtures, 'nps.csv'));
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc.months)).toEqual(['2025-06']);
    expect(doc.cohorts).toBeNull();
  });

  it('finds a currency segment written as the file writes it or upper-case', () => {
    // Stripe writes `usd`; codes are compared as codes, whatever their case.
    const stripe = join(fixtures, 'subscriptions_stripe.csv');
    const mrr = (...args: string[]) => {
      const r = report(...args, stripe);
      expect(r.status).toBe(0);
      const months = JSON.parse(r.stdout).months as Record<string, { mrr: number | null }>;
      return Object.values(months).map((m) => m.mrr);
    };
    const all = mrr();
    expect(all.some((v) => v !== null && v > 0)).toBe(true);
    expect(mrr('--segment', 'currency=usd')).toEqual(all);
    expect(mrr('--segment', 'currency=USD')).toEqual(all);
    expect(mrr('--segment', 'currency=eur').every((v) => !v)).toBe(true);
  });

  it('exits 2 on a segment field that does not exist, naming the fields that do', () => {
    const r = report('--segment', 'nosuchfield=x', join(fixtures, 'subscriptions_stripe.csv'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^report: no segment field nosuchfield: the subscriptions can be filtered by .*\bcurrency\b/,
    );
    expect(r.stderr).toMatch(/\bplan\b/);
  });

  it('exits 2 on a segment when no file has subscriptions to filter', () => {
    const r = report('--segment', 'plan=Pro', join(fixtures, 'nps.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'report: no segment field plan: the files hold no subscription field to filter by\n',
    );
  });

  it('prints zeros and a warning when a segment value matches nothing', () => {
    const r = report('--segment', 'currency=gbp', join(fixtures, 'subscriptions_stripe.csv'));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'report: currency=gbp matches no subscription, so the subscription KPIs are zero\n',
    );
    const months = Object.values(JSON.parse(r.stdout).months) as { mrr: number | null }[];
    expect(months.length).toBeGreaterThan(0);
    expect(months.every((m) => !m.mrr)).toBe(true);
  });

  it('exits 2 with one line naming the file when it cannot be read', () => {
    const r = report(join(fixtures, 'no-such-file.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no-such-file.csv');
  });

  it('exits 2 when no dataset kind fits the headers', () => {
    const r = report(tempFile('mystery.csv', 'colour,shape\nred,circle\nblue,square\n'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('mystery.csv');
    // The headless report speaks English whatever the codes behind it.
    expect(r.stderr).toMatch(
      /^report: mystery\.csv: no dataset kind fits the headers \(colour, shape\): no column names a field of any kind/,
    );
  });

  it('exits 2 when a required column is missing from a file whose kind is given', () => {
    const file = tempFile('subs.csv', 'customer_id,plan\nc1,Pro\n');
    const settings = tempFile(
      's.json',
      JSON.stringify({ overrides: { 'subs.csv': { kind: 'subscriptions' } } }),
    );
    const r = report('--settings', settings, file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/subs\.csv/);
    // Without mrr, subscriptions need customer_id, start, amount and interval_unit (datasets.md).
    expect(r.stderr).toBe(
      'report: subs.csv: subscriptions needs a column for start, amount, interval_unit (headers: customer_id, plan)\n',
    );
  });

  it('exits 2 on a spreadsheet file, asking for CSV', () => {
    const r = report(tempFile('book.xlsx', 'PK\u0003\u0004 not really a zip'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/book\.xlsx.*CSV/);
  });
});
