// windows-1252 files as the report command reads them.
// datasets.md §1: "when strict UTF-8 decoding fails, windows-1250 (Polish) or windows-1252";
// §2: currency signs `€` … are stripped; §8.1: headers treat `'` like a space. In windows-1252 the
// bytes 0x80–0x9F are printable (0x80 €, 0x92 ’, 0x96 –, …). Node 20.18.3+ decodes the label
// `windows-1252` as ISO-8859-1 (nodejs/node#56542, #60888): € must not become U+0080 nor ’ U+0092
// in the report command, where a browser reads them right.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';

/** Text → windows-1252 bytes (the few non-Latin-1 characters used here mapped by hand). */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '\u20ac': 0x80, '\u2019': 0x92, '\u2013': 0x96 };
  return Uint8Array.from([...text], (ch) => {
    const b = high[ch] ?? ch.charCodeAt(0);
    if (b > 0xff) throw new Error(`not in the test's table: ${ch}`);
    return b;
  });
}

const SUBS = cp1252(
  [
    'customer_id;plan;start_date;end_date;price;interval;currency',
    'Caf\u00e91;Pro;02.01.2024;;1.234,50 \u20ac;month;EUR',
    'Zo\u00eb2;Basic;15.01.2024;01.03.2024;\u20ac 99,00;month;EUR',
    '',
  ].join('\r\n'),
);

const BALANCE = cp1252(
  [
    'period_end,Total Assets,Total Liabilities,Total Stockholders\u2019 Equity',
    '2023-12-31,1000,400,600',
    '',
  ].join('\r\n'),
);

describe('windows-1252 subscriptions with € amounts', () => {
  it('reads amounts with € and keeps every row', () => {
    const r = run([{ name: 'subs_1252.csv', bytes: SUBS }], { locale: 'en-GB' });
    expect(r.doc.files[0]).toMatchObject({ encoding: 'windows-1252', rows_stored: 2, rows_rejected: 0 });
    // Jan: 1 234,50 + 99,00 = 1333.50; Feb the same; Mar: Zoë2 ended 01.03 00:00 → 1234.50
    expect(Object.keys(r.doc.months)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(['2024-01', '2024-02', '2024-03'].map((m) => r.v(m, 'mrr'))).toEqual([1333.5, 1333.5, 1234.5]);
    expect(r.v('2024-03', 'customer_churn_rate')).toBe(50); // 1 of 2
  });

  it('gives the same through `npm run report` (tsx src/cli/report.ts)', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const dir = mkdtempSync(join(tmpdir(), 'ys-windows-1252-'));
    const file = join(dir, 'subs_1252.csv');
    writeFileSync(file, SUBS);
    const out = spawnSync(
      resolve(root, 'node_modules/.bin/tsx'),
      ['src/cli/report.ts', '--locale', 'en-GB', file],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(out.status).toBe(0);
    const doc = JSON.parse(out.stdout);
    expect(doc.files[0].rows_rejected).toBe(0);
    expect(doc.months['2024-01']?.mrr).toBe(1333.5);
  });
});

describe('windows-1252 monthly sheet with € revenue', () => {
  it('keeps the optional money cells, so revenue and ARPU have values', () => {
    const sheet = cp1252(
      ['Month;Revenue;Users', '2024-01;1.234,50 \u20ac;10', '2024-02;\u20ac 2.000,00;16', ''].join('\r\n'),
    );
    const r = run([{ name: 'sheet_1252.csv', bytes: sheet }], { locale: 'en-GB' });
    expect(r.doc.files[0]).toMatchObject({ kind: 'monthly_sheet', encoding: 'windows-1252' });
    // revenue 1234.50 and 2000; arpu = revenue / users = 123.45 and 125
    expect(r.v('2024-01', 'revenue')).toBe(1234.5);
    expect(r.v('2024-01', 'arpu')).toBeCloseTo(123.45, 12);
    expect(r.v('2024-02', 'arpu')).toBe(125);
  });
});

describe('windows-1252 balance sheet with a typographic apostrophe in a header', () => {
  it('recognises `Total Stockholders’ Equity`, so the equity ratios are there', () => {
    const r = run([{ name: 'balance_1252.csv', bytes: BALANCE }]);
    expect(r.doc.files[0]).toMatchObject({ kind: 'balance_sheet', encoding: 'windows-1252' });
    // equity_ratio = 600 / 1000; debt_to_equity = 400 / 600
    expect(r.v('2023-12', 'equity_ratio')).toBeCloseTo(0.6, 12);
    expect(r.v('2023-12', 'debt_to_equity')).toBeCloseTo(400 / 600, 12);
  });
});
