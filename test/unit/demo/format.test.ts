import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateDemoFiles } from '../../../src/core/demo/index.ts';
import type { DemoFile } from '../../../src/core/demo/index.ts';

const files = generateDemoFiles();
const file = (kind: DemoFile['kind']): DemoFile => {
  const found = files.filter((f) => f.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
};
const records = (kind: DemoFile['kind']) =>
  Papa.parse<Record<string, string>>(file(kind).text, { header: true, skipEmptyLines: true }).data;

const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2026, 0, 1);

/** Strict parse: the calendar date must survive a round trip, so 2024-02-30 is invalid. */
function instant(value: string, re: RegExp): number {
  const m = re.exec(value);
  if (!m) throw new Error(`bad date ${JSON.stringify(value)}`);
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  const t = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  const back = new Date(t);
  if (
    back.getUTCFullYear() !== +y ||
    back.getUTCMonth() !== +mo - 1 ||
    back.getUTCDate() !== +d ||
    +h > 23 ||
    +mi > 59 ||
    +s > 59
  ) {
    throw new Error(`impossible date ${value}`);
  }
  return t;
}
const STRIPE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
const SECONDS = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const ISO_Z = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function expectInRange(values: string[], re: RegExp, label: string): void {
  for (const v of values) {
    const t = instant(v, re);
    expect(t >= FROM && t < TO, `${label} ${v}`).toBe(true);
  }
}

describe('demo files: shape', () => {
  it('has exactly one file of each kind, with csv names', () => {
    expect(files.map((f) => f.kind).sort()).toEqual(
      ['balance_sheet', 'costs', 'events', 'leads', 'monthly_sheet', 'nps', 'subscriptions'].sort(),
    );
    for (const f of files) expect(f.name).toMatch(/^[a-z_]+\.csv$/);
  });

  it('starts each file with the header its kind is recognised by', () => {
    const header = (kind: DemoFile['kind']) =>
      file(kind).text.slice(0, file(kind).text.indexOf('\n')).split(',');
    expect(header('subscriptions')).toEqual(
      expect.arrayContaining([
        'id',
        'Customer ID',
        'Plan',
        'Quantity',
        'Interval',
        'Interval Count',
        'Amount',
        'Currency',
        'Status',
        'Created (UTC)',
        'Start (UTC)',
        'Current Period Start (UTC)',
        'Current Period End (UTC)',
        'Trial End (UTC)',
        'Canceled At (UTC)',
        'Ended At (UTC)',
      ]),
    );
    expect(header('leads')).toEqual(['lead_id', 'created_at', 'pql_at', 'converted_at', 'source']);
    expect(header('nps')).toEqual(['respondent_id', 'responded_at', 'score', 'comment']);
    expect(header('events')).toEqual(['user_id', 'timestamp', 'event']);
    expect(header('costs')).toEqual(['month', 'category', 'amount']);
    expect(header('monthly_sheet')).toEqual(
      expect.arrayContaining(['month', 'revenue', 'users', 'visitors', 'conversions', 'support_tickets']),
    );
    expect(header('monthly_sheet')[0]).toBe('month');
    expect(header('balance_sheet')).toEqual(
      expect.arrayContaining([
        'period_end',
        'current_assets',
        'current_liabilities',
        'cash',
        'accounts_receivable',
        'inventory',
        'total_assets',
        'total_liabilities',
        'total_equity',
        'ebit',
        'interest_expense',
      ]),
    );
  });

  it('parses every file cleanly with every row as wide as its header', () => {
    for (const f of files) {
      const parsed = Papa.parse<string[]>(f.text, { header: false, skipEmptyLines: true });
      expect(parsed.errors, f.name).toEqual([]);
      const width = parsed.data[0].length;
      const bad = parsed.data.filter((row) => row.length !== width);
      expect(bad, f.name).toEqual([]);
      expect(parsed.data.length, f.name).toBeGreaterThan(1);
      expect(f.text.endsWith('\n') && !f.text.endsWith('\n\n'), f.name).toBe(true);
    }
  });

  it('quotes awkward text so it survives parsing', () => {
    const subs = records('subscriptions');
    expect(subs.some((r) => r['Customer Name'].includes(','))).toBe(true);
    expect(subs.some((r) => r['Customer Name'].includes('"'))).toBe(true);
    expect(subs.some((r) => /[^ -~]/.test(r['Customer Name']))).toBe(true);
    const comments = records('nps').map((r) => r.comment);
    expect(comments.some((c) => c.includes(','))).toBe(true);
    expect(comments.some((c) => c.includes('"'))).toBe(true);
  });
});

describe('demo files: dates', () => {
  it('keeps every subscription event inside the 24 months, later period ends excepted', () => {
    const subs = records('subscriptions');
    for (const col of [
      'Created (UTC)',
      'Start (UTC)',
      'Current Period Start (UTC)',
      'Trial Start (UTC)',
      'Canceled At (UTC)',
      'Ended At (UTC)',
    ]) {
      expectInRange(subs.map((r) => r[col]).filter(Boolean), STRIPE, col);
    }
    // Renewal dates and running trials point past the export: valid dates, at most a year ahead.
    for (const col of ['Current Period End (UTC)', 'Trial End (UTC)']) {
      for (const v of subs.map((r) => r[col]).filter(Boolean)) {
        const t = instant(v, STRIPE);
        expect(t > FROM && t < Date.UTC(2027, 0, 1), `${col} ${v}`).toBe(true);
      }
    }
  });

  it('keeps leads, NPS and events inside the 24 months', () => {
    const leads = records('leads');
    for (const col of ['created_at', 'pql_at', 'converted_at'])
      expectInRange(leads.map((r) => r[col]).filter(Boolean), SECONDS, col);
    expectInRange(
      records('nps').map((r) => r.responded_at),
      SECONDS,
      'responded_at',
    );
    expectInRange(
      records('events').map((r) => r.timestamp),
      ISO_Z,
      'timestamp',
    );
  });

  it('covers each month exactly once in the monthly files and quarter ends in the balance sheet', () => {
    const months = Array.from(
      { length: 24 },
      (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    expect(records('monthly_sheet').map((r) => r.month)).toEqual(months);
    const costs = records('costs');
    for (const r of costs) instant(`${r.month}-01`, DATE);
    expect(costs.every((r) => MONTH.test(r.month))).toBe(true);
    expect([...new Set(costs.map((r) => r.month))]).toEqual(months);
    const ends = records('balance_sheet').map((r) => r.period_end);
    expectInRange(ends, DATE, 'period_end');
    expect(ends).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
      '2025-03-31',
      '2025-06-30',
      '2025-09-30',
      '2025-12-31',
    ]);
  });

  it('follows the requested range for other month counts', () => {
    const short = generateDemoFiles({ months: 7, endMonth: '2025-03', seed: 9 });
    const events = Papa.parse<Record<string, string>>(short.find((f) => f.kind === 'events')!.text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    for (const e of events) {
      const t = instant(e.timestamp, ISO_Z);
      expect(t >= Date.UTC(2024, 8, 1) && t < Date.UTC(2025, 3, 1)).toBe(true);
    }
    const bs = short
      .find((f) => f.kind === 'balance_sheet')!
      .text.trim()
      .split('\n')
      .slice(1);
    expect(bs.map((l) => l.slice(0, 10))).toEqual(['2024-09-30', '2024-12-31', '2025-03-31']);
  });
});
