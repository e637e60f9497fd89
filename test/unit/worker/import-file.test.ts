import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestError } from '../../../src/core/datasets/errors.ts';
import { ingestErrorEn } from '../../../src/i18n/reasons-english.ts';
import { ingest, type IngestOptions } from '../../../src/core/datasets/ingest.ts';
import { readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import {
  analyseFile,
  ImportCancelled,
  importFile,
  type ImportControl,
} from '../../../src/worker/import-file.ts';
import type { ImportProgress } from '../../../src/worker/protocol.ts';
import { storedFrames as framesOf } from '../db/stored-frames.ts';

const FIXTURES = new URL('../../fixtures/public/', import.meta.url);

const CASES: [string, IngestOptions['locale']][] = [
  ['subscriptions_stripe.csv', 'en-US'],
  ['leads.csv', 'en-US'],
  ['nps.csv', 'en-US'],
  ['costs.csv', 'en-US'],
  ['balance_sheet.csv', 'en-US'],
  ['monthly_sheet.csv', 'en-US'],
  ['alt-formats/subscriptions_pl.csv', 'pl'],
  ['alt-formats/subscriptions_pl_cp1250.csv', 'pl'],
  ['alt-formats/subscriptions_baremetrics.csv', 'en-US'],
  ['alt-formats/monthly_sheet_id.csv', 'id'],
  ['alt-formats/nps_excel_unicode.txt', 'en-GB'],
  ['alt-formats/balance_sheet_transposed.csv', 'en-US'],
];

let db: YardstickDb;
let n = 0;
let ws: string;

beforeEach(async () => {
  db = new YardstickDb(`worker-${++n}`);
  await db.open();
  ws = (await createWorkspace(db, 'Test', 'en-US')).id;
});
afterEach(async () => {
  await db.delete();
});

function fixture(name: string): File {
  const bytes = readFileSync(new URL(name, FIXTURES));
  return new File([bytes], name.split('/').pop()!);
}

const quiet: ImportControl = { cancelled: () => false, progress: () => undefined };

const storedFrames = (datasetId: string) => framesOf(db, datasetId);

describe('streaming import', () => {
  it.each(CASES)('stores exactly what core ingest produces for %s', async (name, locale) => {
    const file = fixture(name);
    const expected = ingest(new Uint8Array(await file.arrayBuffer()), file.name, { locale, chunkRows: 500 });
    // Tiny slices put record boundaries, quotes and multi-byte characters across slice edges.
    const answer = await importFile(db, ws, file, { locale, chunkRows: 500 }, quiet, undefined, {
      readBytes: 4099,
    });
    expect(answer.dataset.kind).toBe(expected.kind);
    expect(answer.dataset.rowsStored).toBe(expected.rowsStored);
    expect(answer.dataset.encoding).toBe(expected.encoding);
    expect(answer.dataset.delimiter).toBe(expected.delimiter);
    expect(answer.dataset.decimal).toBe(expected.decimal);
    expect(answer.dataset.dateOrder).toBe(expected.dateOrder);
    expect(answer.dataset.currencies).toEqual(expected.currencies);
    const stored = (await readyDatasets(db, ws))[0];
    expect(stored.rejected).toEqual(expected.rejected);
    expect(await storedFrames(stored.id)).toEqual(expected.frames);
  });

  it.each(CASES)('decides %s from every row, not from a short prefix', async (name, locale) => {
    const file = fixture(name);
    const expected = ingest(new Uint8Array(await file.arrayBuffer()), file.name, { locale, chunkRows: 500 });
    const answer = await importFile(db, ws, file, { locale, chunkRows: 500 }, quiet, undefined, {
      prefixBytes: 400,
      readBytes: 4099,
    });
    expect(answer.dataset.mapping).toEqual(expected.mapping);
    expect(answer.dataset.decimal).toBe(expected.decimal);
    expect(answer.dataset.dateOrder).toBe(expected.dateOrder);
    expect(await storedFrames(answer.dataset.id)).toEqual(expected.frames);
  });

  it('reads again when later rows decide a column the other way than the first rows did', async () => {
    // The first rows are ambiguous (1,234 and 03/04/2024); most later rows settle comma decimals
    // and day-first dates, so every value must be read that way, the early ones included.
    const early = Array.from({ length: 40 }, (_, i) => `c${i},Pro,03/04/2024,"1,234",month`);
    const later = Array.from({ length: 60 }, (_, i) => `d${i},Pro,25/03/2024,"12,50",month`);
    const text = ['customer_id,plan,start_date,amount,interval', ...early, ...later].join('\n') + '\n';
    const file = new File([text], 'late.csv');
    const expected = ingest(new TextEncoder().encode(text), file.name, { locale: 'en-US' });
    const answer = await importFile(db, ws, file, { locale: 'en-US' }, quiet, undefined, {
      prefixBytes: 600,
      readBytes: 512,
    });
    expect(answer.rejectedCount).toBe(0);
    expect(answer.dataset.decimal).toBe(',');
    expect(answer.dataset.dateOrder).toBe('DMY');
    const [frame] = await storedFrames(answer.dataset.id);
    const amount = frame.columns.get('amount');
    const start = frame.columns.get('start');
    expect(amount?.type === 'number' && amount.values[0]).toBe(1.234);
    expect(start?.type === 'time' && start.values[0]).toBe(Date.UTC(2024, 3, 3));
    expect(await storedFrames(answer.dataset.id)).toEqual(expected.frames);
    expect(await db.chunks.count()).toBe(1);
  });

  it('stores the same rows when the lines of a file end both ways', async () => {
    // LF after the header, CRLF for the first rows, LF again after them: as files get when rows
    // written by different tools are pasted together. Tiny slices split CR from LF too.
    const original = readFileSync(new URL('costs.csv', FIXTURES), 'utf8');
    const lines = original.split('\n');
    const half = Math.floor(lines.length / 2);
    const mixed = lines.map((l, i) => (i > 0 && i < half && l !== '' ? `${l}\r` : l)).join('\n');
    expect(mixed).toContain('\r\n');
    const expected = ingest(new TextEncoder().encode(original), 'costs.csv', { locale: 'en-US' });
    for (const readBytes of [4099, 257]) {
      const file = new File([mixed], 'costs.csv');
      const answer = await importFile(db, ws, file, { locale: 'en-US' }, quiet, undefined, { readBytes });
      expect(answer.rejectedCount).toBe(0);
      expect(answer.dataset.rowsStored).toBe(expected.rowsStored);
      expect(await storedFrames(answer.dataset.id)).toEqual(expected.frames);
    }
  });

  it('matches the fixture expectations', async () => {
    const expected = JSON.parse(readFileSync(new URL('expected.json', FIXTURES), 'utf8')) as {
      files: { name: string; rows_stored: number; rows_rejected: number }[];
    };
    for (const f of expected.files) {
      const answer = await importFile(db, ws, fixture(f.name), { locale: 'en-US' }, quiet);
      expect([f.name, answer.dataset.rowsStored, answer.rejectedCount]).toEqual([
        f.name,
        f.rows_stored,
        f.rows_rejected,
      ]);
      const stored = (await readyDatasets(db, ws)).find((d) => d.id === answer.dataset.id)!;
      expect(stored.rejected.length).toBe(f.rows_rejected);
    }
  });

  it('decides the plan from a bounded prefix and still stores the same rows', async () => {
    const file = fixture('subscriptions_stripe.csv');
    const expected = ingest(new Uint8Array(await file.arrayBuffer()), file.name, { locale: 'en-US' });
    const answer = await importFile(db, ws, file, { locale: 'en-US' }, quiet, undefined, {
      prefixBytes: 20_000,
      readBytes: 16_384,
    });
    expect(answer.dataset.rowsStored).toBe(expected.rowsStored);
    expect(await storedFrames(answer.dataset.id)).toEqual(expected.frames);
    const analysis = await analyseFile(db, ws, file, { locale: 'en-US' }, { prefixBytes: 20_000 });
    expect(analysis.partial).toBe(true);
    expect(analysis.duplicateOf).toEqual({ id: answer.dataset.id, name: file.name });
  });

  it('offers Replace only for the same content, not for another file of the same size', async () => {
    const a = new File(['respondent_id,date,score\n1,2024-01-02,9\n'], 'a.csv');
    const b = new File(['respondent_id,date,score\n1,2024-01-02,8\n'], 'b.csv');
    expect(a.size).toBe(b.size);
    const stored = await importFile(db, ws, a, { locale: 'en-US' }, quiet);
    expect((await analyseFile(db, ws, b, { locale: 'en-US' })).duplicateOf).toBeNull();
    const again = new File([await a.arrayBuffer()], 'a copy.csv');
    expect((await analyseFile(db, ws, again, { locale: 'en-US' })).duplicateOf).toEqual({
      id: stored.dataset.id,
      name: 'a.csv',
    });
  });

  it('offers Replace for a file imported before the hash changed (stored with its SHA-256)', async () => {
    const text = 'respondent_id,date,score\n1,2024-01-02,9\n';
    const stored = await importFile(db, ws, new File([text], 'old.csv'), { locale: 'en-US' }, quiet);
    expect(stored.dataset.hash).toMatch(/^mm3:[0-9a-f]{32}$/);
    // As an import of an earlier version stored it: plain SHA-256 in hex, worked out by node:crypto.
    const sha = createHash('sha256').update(text).digest('hex');
    await db.datasets.update(stored.dataset.id, { hash: sha });
    expect(
      (await analyseFile(db, ws, new File([text], 'again.csv'), { locale: 'en-US' })).duplicateOf,
    ).toEqual({
      id: stored.dataset.id,
      name: 'old.csv',
    });
    const other = new File(['respondent_id,date,score\n1,2024-01-02,8\n'], 'other.csv');
    expect((await analyseFile(db, ws, other, { locale: 'en-US' })).duplicateOf).toBeNull();
  });

  it('offers Replace for a transposed balance sheet imported before (read whole, hashed the same)', async () => {
    const stored = await importFile(
      db,
      ws,
      fixture('alt-formats/balance_sheet_transposed.csv'),
      { locale: 'en-US' },
      quiet,
    );
    const again = fixture('alt-formats/balance_sheet_transposed.csv');
    expect((await analyseFile(db, ws, again, { locale: 'en-US' })).duplicateOf).toEqual({
      id: stored.dataset.id,
      name: 'balance_sheet_transposed.csv',
    });
  });

  it('counts optional cells it stores empty, and rejects nothing for them', async () => {
    const text =
      'customer_id,plan,start_date,amount,interval,quantity\nc1,Pro,2024-01-02,10,month,two\nc2,Pro,2024-01-02,10,month,1\n';
    const answer = await importFile(db, ws, new File([text], 'subs.csv'), { locale: 'en-US' }, quiet);
    expect(answer.rejectedCount).toBe(0);
    expect(answer.dataset.rowsStored).toBe(2);
    expect(answer.dataset.emptiedOptional).toBe(1);
  });

  it('shows subscription ids in the preview but does not store them: no KPI reads them', async () => {
    const text =
      'customer_id,subscription_id,plan,start_date,amount,interval\nc1,s1,Pro,2024-01-02,10,month\n';
    const file = new File([text], 'subs.csv');
    const preview = await analyseFile(db, ws, file, { locale: 'en-US' });
    expect(preview.analysis.sample[0].subscription_id).toBe('s1');
    const answer = await importFile(db, ws, file, { locale: 'en-US' }, quiet);
    expect(answer.dataset.mapping.subscription_id).toBe('subscription_id');
    const [frame] = await storedFrames(answer.dataset.id);
    expect([...frame.columns.keys()]).not.toContain('subscription_id');
    expect(frame.columns.has('customer_id')).toBe(true);
  });

  it('reports the physical line numbers of rejected rows', async () => {
    const text =
      'sep=,\nrespondent_id,date,score\n1,2024-01-02,9\n2,"2024-01-03",11\n\n3,"multi\nline",8\n4,2024-01-04\n';
    const answer = await importFile(
      db,
      ws,
      new File([text], 'nps.csv'),
      { locale: 'en-US' },
      quiet,
      undefined,
      {
        readBytes: 7,
      },
    );
    expect(answer.dataset.rowsStored).toBe(1);
    expect(answer.rejectedHead.map((r) => r.line)).toEqual([4, 6, 8]);
    // Reasons are stored as codes with their parameters, for the page to word in its language.
    expect(answer.rejectedHead.map((r) => r.reason)).toEqual([
      { code: 'not-score', column: 'score', value: '11' },
      { code: 'not-date', column: 'responded_at', value: 'multi\nline' },
      { code: 'field-count', expected: 3, found: 2 },
    ]);
    expect((await db.datasets.get(answer.dataset.id))?.rejected).toEqual(answer.rejectedHead);
  });

  it('leaves the database as it was when cancelled midway', async () => {
    await importFile(db, ws, fixture('costs.csv'), { locale: 'en-US' }, quiet);
    const before = await db.chunks.count();
    const progress: ImportProgress[] = [];
    let slices = 0;
    const control: ImportControl = {
      cancelled: () => ++slices > 3,
      progress: (p) => progress.push(p),
    };
    await expect(
      importFile(db, ws, fixture('leads.csv'), { locale: 'en-US', chunkRows: 100 }, control, undefined, {
        readBytes: 2048,
      }),
    ).rejects.toBeInstanceOf(ImportCancelled);
    expect(await db.chunks.count()).toBe(before);
    expect((await db.datasets.toArray()).map((d) => d.fileName)).toEqual(['costs.csv']);
  });

  it('leaves nothing behind when a file fails', async () => {
    await expect(
      importFile(db, ws, new File(['a,b\n1,2\n'], 'mystery.csv'), { locale: 'en-US' }, quiet),
    ).rejects.toMatchObject({ code: 'no-kind', detail: { code: 'kind-none', headers: ['a', 'b'] } });
    const missing = await importFile(
      db,
      ws,
      new File(['when,who\n1,2\n'], 'ev.csv'),
      { locale: 'en-US', kind: 'events' },
      quiet,
    ).catch((e: unknown) => e);
    expect(missing).toMatchObject({
      code: 'missing-column',
      detail: { code: 'missing-column', kind: 'events', missing: ['user_id', 'timestamp', 'event'] },
    });
    expect(ingestErrorEn(missing as IngestError)).toBe(
      'ev.csv: events needs a column for user_id, timestamp, event (headers: when, who)',
    );
    await expect(
      importFile(
        db,
        ws,
        new File([new Uint8Array([0x50, 0x4b, 3, 4, 0])], 'book.xlsx'),
        { locale: 'en-US' },
        quiet,
      ),
    ).rejects.toMatchObject({ code: 'spreadsheet', detail: { code: 'spreadsheet' } });
    expect(await db.datasets.count()).toBe(0);
    expect(await db.chunks.count()).toBe(0);
  });

  it('replaces a dataset atomically', async () => {
    const first = await importFile(db, ws, fixture('nps.csv'), { locale: 'en-US' }, quiet);
    const second = await importFile(db, ws, fixture('nps.csv'), { locale: 'en-US' }, quiet, first.dataset.id);
    const ready = await readyDatasets(db, ws);
    expect(ready.map((d) => d.id)).toEqual([second.dataset.id]);
    expect(await db.chunks.where('datasetId').equals(first.dataset.id).count()).toBe(0);
  });

  it('restarts as a legacy code page when UTF-8 fails after the prefix', async () => {
    const head = 'customer_id;start;amount;interval_unit;plan\n';
    const rows = Array.from(
      { length: 200 },
      (_, i) => `c${i};2024-01-0${(i % 9) + 1};10,50;month;Basic\n`,
    ).join('');
    const tail = new Uint8Array([
      ...new TextEncoder().encode('c999;2024-02-01;10,50;month;'),
      0xb3,
      0xb9,
      0x6b,
      0x61,
      0x0a,
    ]);
    const file = new File([head, rows, tail], 'subs.csv');
    const answer = await importFile(db, ws, file, { locale: 'pl' }, quiet, undefined, {
      prefixBytes: 1024,
      readBytes: 1024,
    });
    expect(answer.dataset.encoding).toBe('windows-1250');
    expect(answer.dataset.rowsStored).toBe(201);
  });

  it('keeps the conventions chosen per column with the dataset, for a re-map to start from', async () => {
    const csv = 'month,category,amount\n2024-01,sales,"1,250"\n2024-02,sales,"2,500"\n';
    const chosen = await importFile(
      db,
      ws,
      new File([csv], 'costs.csv'),
      { locale: 'en-US', decimal: { amount: ',' } },
      quiet,
    );
    expect((await db.datasets.get(chosen.dataset.id))?.chosen).toEqual({ decimal: { amount: ',' } });
    const amount = (await storedFrames(chosen.dataset.id))[0].columns.get('amount');
    expect(amount?.type === 'number' && [...amount.values]).toEqual([1.25, 2.5]);
    const plain = await importFile(db, ws, new File([csv], 'costs2.csv'), { locale: 'en-US' }, quiet);
    expect((await db.datasets.get(plain.dataset.id))?.chosen).toBeUndefined();
  });

  it('notes U+FFFD met after the previewed prefix, and not in a clean file', async () => {
    const head = 'customer_id,start,amount,interval_unit,plan\n';
    const rows = Array.from({ length: 200 }, (_, i) => `c${i},2024-01-0${(i % 9) + 1},10.50,month,Basic\n`);
    const tuning = { prefixBytes: 1024, readBytes: 1024 };
    const damaged = new File([head, ...rows, 'c999,2024-02-01,10.50,month,Gro\uFFFDe\n'], 'subs.csv');
    const preview = await analyseFile(db, ws, damaged, { locale: 'en-US' }, tuning);
    expect(preview.analysis.warnings).not.toContainEqual({ code: 'replacement-chars' });
    const answer = await importFile(db, ws, damaged, { locale: 'en-US' }, quiet, undefined, tuning);
    expect(answer.dataset.replacementChars).toBe(true);
    expect((await db.datasets.get(answer.dataset.id))?.replacementChars).toBe(true);

    const clean = new File([head, ...rows], 'clean.csv');
    expect(
      (await importFile(db, ws, clean, { locale: 'en-US' }, quiet, undefined, tuning)).dataset
        .replacementChars,
    ).toBeUndefined();
  });
});
