// Every CSV the app writes escapes what a spreadsheet would run as a formula; numbers stay numbers.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/core/csv/write.ts';
import { toCsv as demoCsv } from '../../../src/core/demo/csv-row.ts';
import { balanceSheetCsv } from '../../../src/ui/balance-sheet/csv.ts';
import { toCsv } from '../../../src/ui/dashboard/csv.ts';

describe('writeCsv', () => {
  it('prefixes every text cell that starts a formula with an apostrophe', () => {
    const names = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(1)', '\tx', '\rx', '=1\n=2'];
    const text = writeCsv([['event'], ...names.map((n) => [n])]);
    const back = Papa.parse<string[]>(text, { skipEmptyLines: true })
      .data.slice(1)
      .map((r) => r[0]);
    expect(back).toEqual(names.map((n) => `'${n}`));
  });

  it('leaves numbers and harmless text as they are', () => {
    expect(
      writeCsv([
        ['kpi', 'v'],
        ['mrr', -12.5],
        ['x', 0],
        ['a b', null],
      ]),
    ).toBe('kpi,v\r\nmrr,-12.5\r\nx,0\r\na b,\r\n');
  });

  it('keeps plain decimal text only when asked (generated amounts), never a formula', () => {
    expect(writeCsv([['-12.50', '-1+1']], { numericText: true, newline: '\n' })).toBe('-12.50,"\'-1+1"\n');
    expect(writeCsv([['-12.50']])).toBe('"\'-12.50"\r\n');
  });

  it('is what the chart and KPI exports, the balance sheet form and the demo write', () => {
    expect(
      toCsv([
        ['event', 'count'],
        ['=cmd', 3],
      ]),
    ).toBe('event,count\r\n"\'=cmd",3\r\n');
    expect(balanceSheetCsv('2025-06-30', { cash: -5 })).toBe('period_end,cash\r\n2025-06-30,-5\r\n');
    expect(demoCsv(['name'], [['@evil']])).toBe('name\n"\'@evil"\n');
  });
});
