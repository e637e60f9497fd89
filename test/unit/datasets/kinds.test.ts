import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/datasets/ingest.ts';
import { rowReasonEn } from '../../../src/i18n/reasons-english.ts';
import { bytes, col, run } from './helpers.ts';

describe('costs', () => {
  it('normalises categories in three languages and stores months as their first instant', () => {
    const csv =
      'month,category,amount\n2024-03,Sales,1\n2024-03,penjualan,2\n2024-03,sprzedaż,3\n2024-03,ads,4\n2024-03,Iklan,5\n2024-03,reklama,6\n2024-03,advertising,7\n2024-03,pemasaran,8\n2024-04-15,Hosting,9\n';
    const r = run(csv);
    expect(col(r, 'category')).toEqual([
      'sales',
      'sales',
      'sales',
      'marketing',
      'marketing',
      'marketing',
      'marketing',
      'marketing',
      'other',
    ]);
    expect(col(r, 'month')[0]).toBe('2024-03-01T00:00:00.000Z');
    expect(col(r, 'month')[8]).toBe('2024-04-01T00:00:00.000Z');
  });

  it('stores the wide form long, one row per non-empty cost cell', () => {
    const r = run('month,sales_cost,marketing_cost\n2024-01,100,200\n2024-02,,250\n');
    expect(r.kind).toBe('costs');
    expect(r.rowsStored).toBe(3);
    expect(col(r, 'month')).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
      '2024-02-01T00:00:00.000Z',
    ]);
    expect(col(r, 'category')).toEqual(['sales', 'marketing', 'marketing']);
    expect(col(r, 'amount')).toEqual([100, 200, 250]);
  });
});

describe('monthly sheet', () => {
  it('stores known columns canonically and other numeric columns under their exact header', () => {
    const csv =
      'Month,MRR,pendapatan,Support Tickets,__proto__,constructor,notes\nMar 2024,10,20,3,1,2,hello\nApr 2024,11,21,4,5,6,world\n';
    const r = run(csv);
    expect(r.kind).toBe('monthly_sheet');
    expect(col(r, 'month')).toEqual(['2024-03-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z']);
    expect(col(r, 'mrr')).toEqual([10, 11]);
    expect(col(r, 'revenue')).toEqual([20, 21]);
    expect(col(r, 'Support Tickets')).toEqual([3, 4]);
    expect(col(r, '__proto__')).toEqual([1, 5]);
    expect(col(r, 'constructor')).toEqual([2, 6]);
    expect(r.frames[0].columns.has('notes')).toBe(false);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(r.mapping['__proto__']).toBe('__proto__');
  });

  it('reads Indonesian conventions: sep= line, Rp, dot grouping, month names', () => {
    const csv =
      'sep=;\nbulan;mrr;pengunjung;tingkat_error\nMaret 2024;Rp 1.234.567,89;3.932;1,42\nAgu 2024;Rp 2.000,00;10.149;0,5\n;;;\n';
    const r = run(csv, { locale: 'id' });
    expect(r.delimiter).toBe(';');
    expect(r.decimal).toBe(',');
    expect(col(r, 'month')).toEqual(['2024-03-01T00:00:00.000Z', '2024-08-01T00:00:00.000Z']);
    expect(col(r, 'mrr')).toEqual([1234567.89, 2000]);
    expect(col(r, 'visitors')).toEqual([3932, 10149]);
    expect(col(r, 'tingkat_error')).toEqual([1.42, 0.5]);
    expect(r.dataRows).toBe(2);
  });
});

describe('subscriptions with extra columns named like object properties', () => {
  it('keeps `constructor`, `toString` and `__proto__` as ordinary text segments', () => {
    const csv =
      'customer_id,plan,start_date,amount,interval,constructor,toString,__proto__\n' +
      'c1,Pro,2024-01-01,10,month,eu,web,a\n' +
      'c2,Pro,2024-01-02,10,month,us,app,b\n' +
      'c3,Basic,2024-01-03,5,month,eu,web,a\n' +
      'c4,Basic,2024-01-04,5,month,us,app,b\n';
    const r = run(csv);
    expect(r.kind).toBe('subscriptions');
    expect(r.rejected).toEqual([]);
    expect(r.emptiedOptional).toBe(0);
    expect(col(r, 'constructor')).toEqual(['eu', 'us', 'eu', 'us']);
    expect(col(r, 'toString')).toEqual(['web', 'app', 'web', 'app']);
    expect(col(r, '__proto__')).toEqual(['a', 'b', 'a', 'b']);
  });
});

describe('nps', () => {
  it('stores integer scores 0–10 and rejects the rest with their line', () => {
    const csv =
      'date,score\n2024-01-01,0\n2024-01-02,10\n2024-01-03,11\n2024-01-04,-1\n2024-01-05,7.5\n2024-01-06,\n2024-01-07,great\n';
    const r = run(csv);
    expect(r.kind).toBe('nps');
    expect(col(r, 'score')).toEqual([0, 10]);
    expect(r.rejected.map((x) => x.line)).toEqual([4, 5, 6, 7, 8]);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      { code: 'not-score', column: 'score', value: '11' },
      { code: 'not-score', column: 'score', value: '-1' },
      { code: 'not-score', column: 'score', value: '7.5' },
      { code: 'cell-empty', column: 'score' },
      { code: 'not-number', column: 'score', value: 'great' },
    ]);
    expect(rowReasonEn(r.rejected[0].reason)).toBe('score: "11" is not a whole number from 0 to 10');
    expect(rowReasonEn(r.rejected[3].reason)).toBe('score is empty');
    expect(rowReasonEn(r.rejected[4].reason)).toBe('score: "great" is not a number');
  });

  it('reads day-first dates when a day above 12 occurs, whatever the locale', () => {
    const r = run('date\tscore\n01/02/2024\t5\n23/02/2024\t6\n', { locale: 'en-US' });
    expect(col(r, 'responded_at')).toEqual(['2024-02-01T00:00:00.000Z', '2024-02-23T00:00:00.000Z']);
    expect(r.dateOrder).toBe('DMY');
  });

  it('falls back to the workspace locale when every date is ambiguous', () => {
    const csv = 'date,score\n01/02/2024,5\n';
    expect(col(run(csv, { locale: 'en-US' }), 'responded_at')).toEqual(['2024-01-02T00:00:00.000Z']);
    expect(col(run(csv, { locale: 'en-GB' }), 'responded_at')).toEqual(['2024-02-01T00:00:00.000Z']);
    expect(col(run(csv, { locale: 'id' }), 'responded_at')).toEqual(['2024-02-01T00:00:00.000Z']);
    expect(col(run(csv, { locale: 'pl' }), 'responded_at')).toEqual(['2024-02-01T00:00:00.000Z']);
  });
});

describe('leads and events', () => {
  it('stores leads with optional dates left empty', () => {
    const r = run(
      'email,signup_date,paid_at,utm_source\na@x.io,2024-01-01,2024-02-01 12:00:00,google\nb@x.io,2024-01-02,,\n',
    );
    expect(r.kind).toBe('leads');
    expect(col(r, 'lead_id')).toEqual(['a@x.io', 'b@x.io']);
    expect(col(r, 'converted_at')).toEqual(['2024-02-01T12:00:00.000Z', null]);
    expect(col(r, 'source')).toEqual(['google', null]);
  });

  it('stores events with Unix timestamps', () => {
    const r = run('distinct_id,time,event_name\nu1,1700000000,login\nu2,1700000000500,export\n');
    expect(r.kind).toBe('events');
    expect(col(r, 'timestamp')).toEqual(['2023-11-14T22:13:20.000Z', '2023-11-14T22:13:20.500Z']);
    expect(col(r, 'event')).toEqual(['login', 'export']);
  });
});

describe('balance sheet', () => {
  it('reads negatives in parentheses', () => {
    const r = run('period_end,total_equity,ebit\n2024-03-31,(443174.21),-5\n');
    expect(col(r, 'total_equity')).toEqual([-443174.21]);
    expect(col(r, 'ebit')).toEqual([-5]);
  });

  it('turns a transposed sheet around (line items in rows, periods in columns)', () => {
    const csv =
      'line_item,2024-03-31,2024-06-30\nCurrent Assets,100,110\ncash,50,55\nTotal Equity,-10,20\nRevenue,1,2\n';
    const r = run(csv);
    expect(r.kind).toBe('balance_sheet');
    expect(r.dataRows).toBe(4);
    expect(r.rowsStored).toBe(2);
    expect(col(r, 'period_end')).toEqual(['2024-03-31T00:00:00.000Z', '2024-06-30T00:00:00.000Z']);
    expect(col(r, 'current_assets')).toEqual([100, 110]);
    expect(col(r, 'cash')).toEqual([50, 55]);
    expect(col(r, 'total_equity')).toEqual([-10, 20]);
  });

  it('reports a ragged line item of a transposed sheet on its line and stores the others', () => {
    const csv =
      'line_item,2024-03-31,2024-06-30\nCurrent Assets,100,110\ncash,50\nTotal Equity,-10,20,30\nCurrent Liabilities,40,45\n';
    const r = run(csv);
    expect(r.kind).toBe('balance_sheet');
    expect(r.rejected).toEqual([
      { line: 3, reason: { code: 'field-count', expected: 3, found: 2 } },
      { line: 4, reason: { code: 'field-count', expected: 3, found: 4 } },
    ]);
    expect(col(r, 'current_assets')).toEqual([100, 110]);
    expect(col(r, 'current_liabilities')).toEqual([40, 45]);
    // Left out, not padded with empties or cut to the periods.
    expect(r.frames[0].columns.has('cash')).toBe(false);
    expect(r.frames[0].columns.has('total_equity')).toBe(false);
  });

  it('does not transpose when fewer than three line items are balance-sheet fields', () => {
    const a = analyse(bytes('line_item,2024-03-31,2024-06-30\ncash,50,55\nRevenue,1,2\n'), 'b.csv', {
      locale: 'en-US',
    });
    expect(a.headers).toEqual(['line_item', '2024-03-31', '2024-06-30']);
    expect(a.kind).toBeNull();
  });
});
