import { describe, expect, it } from 'vitest';
import { analyse, ingest } from '../../../src/core/datasets/ingest.ts';
import { concatFrames } from '../../../src/core/datasets/frame.ts';
import { ingestErrorEn, kindReasonEn, rowReasonEn, warningEn } from '../../../src/i18n/reasons-english.ts';
import { bytes, col, ingestError, run } from './helpers.ts';

const error = ingestError;

describe('rows and line numbers', () => {
  it('reports ragged rows by physical line without shifting the others', () => {
    const csv =
      'sep=,\nuser_id,timestamp,event\nu1,2024-01-01,"multi\nline"\nu2,2024-01-02\n\nu3,2024-01-03,login,extra\nu4,2024-01-04,logout\n';
    const r = run(csv);
    expect(r.rejected).toEqual([
      { line: 5, reason: { code: 'field-count', expected: 3, found: 2 } },
      { line: 7, reason: { code: 'field-count', expected: 3, found: 4 } },
    ]);
    expect(r.rejected.map((x) => rowReasonEn(x.reason))).toEqual([
      'expected 3 fields, found 2 (too few)',
      'expected 3 fields, found 4 (too many)',
    ]);
    expect(col(r, 'user_id')).toEqual(['u1', 'u4']);
    expect(col(r, 'event')).toEqual(['multi\nline', 'logout']);
    expect(r.dataRows).toBe(4);
    expect(r.rowsStored).toBe(2);
  });

  it('rejects a row whose required date is impossible, and empties an unreadable optional one', () => {
    const csv =
      'lead_id,created_at,pql_at\nL1,30.02.2024,\nL2,2024-02-01,not a date\nL3,2024-02-02,2024-02-03\n';
    const r = run(csv);
    expect(r.rejected).toEqual([
      { line: 2, reason: { code: 'not-date', column: 'created_at', value: '30.02.2024' } },
    ]);
    expect(rowReasonEn(r.rejected[0].reason)).toBe('created_at: "30.02.2024" is not a valid date');
    expect(col(r, 'pql_at')).toEqual([null, '2024-02-03T00:00:00.000Z']);
    expect(r.emptiedOptional).toBe(1);
  });

  it('rejects a row whose optional date is impossible: it never becomes empty or rolls over', () => {
    const csv =
      'customer_id,plan,start_date,end_date,amount,interval\n' +
      'c1,Pro,2024-01-05,2024-02-30,10,month\n' +
      'c2,Pro,2024-01-06,31.04.2024,10,month\n' +
      'c3,Pro,2024-01-07,2024-13-01,10,month\n' +
      'c4,Pro,2024-01-08,,10,month\n' +
      'c5,Pro,2024-01-09,2024-02-29,10,month\n';
    const r = run(csv);
    expect(r.kind).toBe('subscriptions');
    expect(r.rejected).toEqual([
      { line: 2, reason: { code: 'not-date', column: 'end', value: '2024-02-30' } },
      { line: 3, reason: { code: 'not-date', column: 'end', value: '31.04.2024' } },
      { line: 4, reason: { code: 'not-date', column: 'end', value: '2024-13-01' } },
    ]);
    expect(col(r, 'customer_id')).toEqual(['c4', 'c5']);
    expect(col(r, 'end')).toEqual([null, '2024-02-29T00:00:00.000Z']);
    expect(r.emptiedOptional).toBe(0);
  });

  it("the preview checks its first rows with the import's own rules, before anything is stored", () => {
    const csv =
      'date,score,comment\n2024-01-01,5,ok\n2024-01-02,11,\n2024-01-03,7,fine\n2024-01-04,x,\n2024-01-05,9,\n';
    const a = analyse(bytes(csv), 'nps.csv', { locale: 'en-US' });
    expect(a.kind).toBe('nps');
    expect(a.check).toEqual({
      checked: 5,
      rejectedCount: 2,
      rejectedHead: [
        { line: 3, reason: { code: 'not-score', column: 'score', value: '11' } },
        { line: 5, reason: { code: 'not-number', column: 'score', value: 'x' } },
      ],
      emptiedOptional: 0,
      currencies: [],
    });
    // The same rows stored: the check said what the import does.
    expect(run(csv).rejected).toEqual(a.check!.rejectedHead);
  });

  it('the preview check counts optional cells that would be stored empty', () => {
    const a = analyse(
      bytes('lead_id,created_at,pql_at\nL1,2024-02-01,not a date\nL2,2024-02-02,2024-02-03\n'),
      'leads.csv',
      { locale: 'en-US' },
    );
    expect(a.check).toMatchObject({ checked: 2, rejectedCount: 0, emptiedOptional: 1 });
  });

  it('rejects a row whose required number is unreadable', () => {
    const r = run('month,category,amount\n2024-01,sales,n/a\n2024-01,sales,5\n');
    expect(r.rejected).toEqual([{ line: 2, reason: { code: 'not-number', column: 'amount', value: 'n/a' } }]);
    expect(rowReasonEn(r.rejected[0].reason)).toBe('amount: "n/a" is not a number');
    expect(r.rowsStored).toBe(1);
  });

  it('emits a Frame every chunkRows stored rows', () => {
    const csv =
      'user_id,timestamp,event\n' + [1, 2, 3, 4, 5].map((i) => `u${i},2024-01-0${i},e${i % 2}`).join('\n');
    const r = run(csv, { chunkRows: 2 });
    expect(r.frames.map((f) => f.rows)).toEqual([2, 2, 1]);
    expect(col(r, 'user_id')).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    expect(col(r, 'event')).toEqual(['e1', 'e0', 'e1', 'e0', 'e1']);
    expect(concatFrames(r.frames).rows).toBe(5);
  });

  it('warns when the text already holds U+FFFD replacement characters', () => {
    const r = run('user_id,timestamp,event\nu\uFFFD1,2024-01-01,login\n');
    expect(r.warnings).toEqual([{ code: 'replacement-chars' }]);
    expect(warningEn(r.warnings[0])).toContain('U+FFFD');
  });

  it('renames duplicate and empty headers and says so', () => {
    const r = run('user_id,timestamp,event,,event\nu1,2024-01-01,a,x,b\n');
    expect(r.headers).toEqual(['user_id', 'timestamp', 'event', 'column_4', 'event_2']);
    expect(r.warnings).toEqual([
      { code: 'header-unnamed', column: 4, name: 'column_4' },
      { code: 'header-repeated', column: 5, header: 'event', name: 'event_2' },
    ]);
    expect(r.warnings.map(warningEn)).toEqual([
      'column 4 has no name: called column_4',
      'column 5 repeats "event": called event_2',
    ]);
    expect(col(r, 'event')).toEqual(['a']);
  });
});

describe('per-column conventions', () => {
  it('decides an ambiguous column by the delimiter (; means comma decimal)', () => {
    const r = run('month;visitors\n2024-01;1.234\n2024-02;4.030\n', { locale: 'en-US' });
    expect(col(r, 'visitors')).toEqual([1234, 4030]);
    expect(r.columns.find((c) => c.header === 'visitors')?.decimal).toBe(',');
  });

  it('decides each column on its own', () => {
    const r = run('month;a;b\n2024-01;1.234;1,5\n2024-02;2.5;2\n');
    expect(col(r, 'a')).toEqual([1.234, 2.5]);
    expect(col(r, 'b')).toEqual([1.5, 2]);
  });

  it('honours decimal and date-order overrides per header', () => {
    const csv = 'date,score\n01/02/2024,5\n';
    const r = run(csv, { dateOrder: { date: 'DMY' } });
    expect(col(r, 'responded_at')).toEqual(['2024-02-01T00:00:00.000Z']);
    const m = run('month,visitors\n2024-01,"1,234"\n', { decimal: { visitors: ',' } });
    expect(col(m, 'visitors')).toEqual([1.234]);
  });
});

describe('overrides', () => {
  it('lets the user choose the kind and remap or unmap fields', () => {
    const csv = 'when,who,what,why\n2024-01-01,u1,login,x\n';
    const r = run(csv, { kind: 'events', mapping: { timestamp: 'when', user_id: 'who', event: 'what' } });
    expect(r.kind).toBe('events');
    expect(col(r, 'user_id')).toEqual(['u1']);
    const s = run('lead_id,created_at,source\nL1,2024-01-01,ads\n', { mapping: { source: null } });
    expect(s.frames[0].columns.has('source')).toBe(false);
  });

  it('keeps a column mapped by hand once, as its field, not also as an extra column', () => {
    const plans = ['Pro', 'Basic', 'Pro', 'Pro', 'Basic', 'Pro'];
    const csv =
      'Kunde,Beginn,Betrag,Abrechnung,Tarif\n' +
      plans.map((p, i) => `k${i},2024-0${i + 1}-05,${p === 'Pro' ? '29.00' : '9.00'},month,${p}\n`).join('');
    // The person maps the required fields first; the preview then keeps the other columns as
    // extras and sends them back, with the next choice on top.
    const required = { customer_id: 'Kunde', start: 'Beginn', amount: 'Betrag', interval_unit: 'Abrechnung' };
    const first = analyse(bytes(csv), 'abo.csv', {
      locale: 'en-US',
      kind: 'subscriptions',
      mapping: required,
    });
    expect(first.mapping.Tarif).toBe('Tarif');
    const mapping = { ...first.mapping, plan: 'Tarif' };
    const a = analyse(bytes(csv), 'abo.csv', { locale: 'en-US', kind: 'subscriptions', mapping });
    expect(a.columns.map((c) => [c.header, c.field])).toEqual([
      ['Kunde', 'customer_id'],
      ['Beginn', 'start'],
      ['Betrag', 'amount'],
      ['Abrechnung', 'interval_unit'],
      ['Tarif', 'plan'],
    ]);
    const r = run(csv, { kind: 'subscriptions', mapping });
    expect(col(r, 'plan')).toEqual(plans);
    expect([...r.frames[0].columns.keys()].filter((k) => ['Tarif', 'Betrag', 'Beginn'].includes(k))).toEqual(
      [],
    );
  });
});

describe('analyse', () => {
  const csv =
    'Customer ID,Start (UTC),Amount,Interval,Currency\ncus_1,2024-01-01 10:00,"1,299.00",month,usd\n';
  const a = analyse(bytes(csv), 'subs.csv', { locale: 'en-US' });

  it('describes the file without storing anything', () => {
    expect(a).toMatchObject({
      fileName: 'subs.csv',
      encoding: 'utf-8',
      delimiter: ',',
      kind: 'subscriptions',
      required: ['customer_id', 'start', 'amount', 'interval_unit'],
      decimal: '.',
      dateOrder: 'YMD',
      currencies: ['USD'],
      dataRows: 1,
    });
    expect('frames' in a).toBe(false);
  });

  it('gives a sample as interpreted, keyed by field', () => {
    expect(a.sample[0]).toMatchObject({
      customer_id: 'cus_1',
      start: '2024-01-01T10:00:00.000Z',
      amount: 1299,
      interval_unit: 'month',
      interval_count: 1,
      currency: 'USD',
    });
  });

  it('lists each header with its field and convention', () => {
    expect(a.columns).toEqual([
      { header: 'Customer ID', field: 'customer_id' },
      { header: 'Start (UTC)', field: 'start', dateOrder: 'YMD' },
      { header: 'Amount', field: 'amount', decimal: '.' },
      { header: 'Interval', field: 'interval_unit' },
      { header: 'Currency', field: 'currency' },
    ]);
  });

  it('lists every field of the kind in the mapping, unmapped ones as null', () => {
    expect(a.mapping.customer_id).toBe('Customer ID');
    expect(a.mapping.plan).toBeNull();
    expect(a.mapping.end).toBeNull();
    expect(Object.getPrototypeOf(a.mapping)).toBeNull();
  });

  it('warns about an override that names no column', () => {
    const b = analyse(bytes(csv), 'subs.csv', { locale: 'en-US', mapping: { plan: 'Tier' } });
    expect(b.warnings).toContainEqual({ code: 'mapping-no-column', field: 'plan', header: 'Tier' });
    expect(b.warnings.map(warningEn)).toContain('mapping for plan: there is no column "Tier"');
  });

  it('describes the wide costs form column by column', () => {
    const w = analyse(bytes('month,sales_cost,marketing_cost\n2024-01,1,2\n'), 'c.csv', { locale: 'en-US' });
    expect(w.required).toEqual(['month']);
    expect(w.columns.map((c) => c.field)).toEqual(['month', 'cost:sales', 'cost:marketing']);
  });

  it('previews a chosen kind with a required field unmapped: no sample, the field listed as required', () => {
    const a = analyse(bytes('date,foo\n2024-01-02,5\n2024-02-03,7\n'), 'x.csv', {
      locale: 'en-US',
      kind: 'nps',
    });
    expect(a.kind).toBe('nps');
    expect(a.mapping.responded_at).toBe('date');
    expect(a.mapping.score).toBeNull();
    expect(a.required).toContain('score');
    expect(a.sample).toEqual([]);
  });

  it('returns no kind with a reason instead of throwing', () => {
    const b = analyse(bytes('date,foo\n2024-01-01,x\n'), 'nps.csv', { locale: 'en-US' });
    expect(b.kind).toBeNull();
    expect(b.kindReason).toMatchObject({ code: 'kind-tie', headers: ['date', 'foo'] });
    expect(kindReasonEn(b.kindReason)).toMatch(/^no dataset kind fits the headers \(date, foo\)/);
  });
});

describe('errors', () => {
  it('asks for CSV when given a workbook, by name or by content', () => {
    const e = error(() => ingest(bytes('x'), 'Q1.xlsx', { locale: 'en-US' }));
    expect(e.code).toBe('spreadsheet');
    expect(e.detail).toEqual({ code: 'spreadsheet' });
    expect(ingestErrorEn(e)).toBe(
      'Q1.xlsx: this is a spreadsheet workbook, not a CSV file: save the sheet as CSV (or Unicode Text) and import that',
    );
    expect(error(() => ingest(bytes('x'), 'old.xls', { locale: 'en-US' })).code).toBe('spreadsheet');
    expect(error(() => ingest(bytes('x'), 'sheet.ods', { locale: 'en-US' })).code).toBe('spreadsheet');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(error(() => ingest(zip, 'renamed.csv', { locale: 'en-US' })).code).toBe('spreadsheet');
  });

  it('calls empty and binary files unreadable', () => {
    const empty = error(() => ingest(bytes('\n\n'), 'e.csv', { locale: 'en-US' }));
    expect(empty.code).toBe('unreadable');
    expect(empty.detail).toEqual({ code: 'empty-file' });
    expect(ingestErrorEn(empty)).toBe('e.csv: the file is empty');
    const binary = error(() => ingest(new Uint8Array([1, 0, 2]), 'b.csv', { locale: 'en-US' }));
    expect(binary.code).toBe('unreadable');
    expect(binary.detail).toEqual({ code: 'not-text' });
    expect(ingestErrorEn(binary)).toBe(
      'b.csv: cannot read the file: the file is not text (it contains NUL bytes)',
    );
    const utf16 = error(() => ingest(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'w.csv', { locale: 'en-US' }));
    expect(utf16.detail).toEqual({ code: 'bad-encoding', encoding: 'utf-16le' });
    expect(ingestErrorEn(utf16)).toBe('w.csv: cannot read the file: the bytes are not valid utf-16le');
  });

  it('names the file and headers when no kind fits', () => {
    const e = error(() => run('date,foo\n2024-01-01,x\n', {}, 'nps.csv'));
    expect(e.code).toBe('no-kind');
    // `date` alone fills the one required field of a monthly sheet and of a balance sheet.
    expect(e.detail).toMatchObject({
      code: 'kind-tie',
      headers: ['date', 'foo'],
      kinds: ['monthly_sheet', 'balance_sheet'],
    });
    expect(ingestErrorEn(e)).toMatch(/^nps\.csv: no dataset kind fits the headers \(date, foo\) better/);
    expect(ingestErrorEn(e)).not.toContain('\n');
  });

  it('names the missing required column', () => {
    const e = error(() => run('when,who\n2024-01-01,u1\n', { kind: 'events' }, 'ev.csv'));
    expect(e.code).toBe('missing-column');
    expect(e.detail).toEqual({
      code: 'missing-column',
      kind: 'events',
      missing: ['user_id', 'timestamp', 'event'],
      headers: ['when', 'who'],
    });
    expect(ingestErrorEn(e)).toBe(
      'ev.csv: events needs a column for user_id, timestamp, event (headers: when, who)',
    );
  });
});

describe('conventions the values did not decide (datasets.md §2, §3)', () => {
  const guesses = (csv: string, opts: Parameters<typeof analyse>[2]) =>
    analyse(bytes(csv), 'x.csv', opts).warnings.filter(
      (w) => w.code === 'decimal-guessed' || w.code === 'date-order-guessed',
    );

  it('are named for the person to check: every number and date read either way', () => {
    const csv =
      'customer_id;start_date;amount;interval\nc1;03/04/2024;1,500;month\nc2;05/06/2024;2,250;month\n';
    expect(guesses(csv, { locale: 'en-US' })).toEqual([
      { code: 'decimal-guessed', columns: ['amount'], decimal: ',' },
      { code: 'date-order-guessed', columns: ['start_date'], order: 'MDY' },
    ]);
    expect(guesses(csv, { locale: 'pl' })).toContainEqual({
      code: 'date-order-guessed',
      columns: ['start_date'],
      order: 'DMY',
    });
    const w = analyse(bytes(csv), 'x.csv', { locale: 'en-US' }).warnings.map(warningEn);
    expect(w).toContain('every number in amount reads either way (1,500 or 1.500): read with comma decimals');
    expect(w).toContain('every date in start_date has a day of 12 or less: read month first');
  });

  it('are not guesses when one value decides, or when the person chose', () => {
    const clear =
      'customer_id,start_date,amount,interval\nc1,03/04/2024,"1,500",month\nc2,25/06/2024,"2,250.50",month\n';
    expect(guesses(clear, { locale: 'en-US' })).toEqual([]);
    const csv = 'customer_id;start_date;amount;interval\nc1;03/04/2024;1,500;month\n';
    expect(
      guesses(csv, { locale: 'en-US', decimal: { amount: ',' }, dateOrder: { start_date: 'DMY' } }),
    ).toEqual([]);
  });
});
