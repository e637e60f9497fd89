// A mapping the user chose is remembered per source: files from the same export share their header
// row, so the next file with that header row opens with the same kind and columns, and the preview
// says the mapping was remembered. Only a stored import teaches it; another header row is a
// different source.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { concatFrames, textAt } from '../../../src/core/datasets/frame.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import {
  analyseFile,
  ImportCancelled,
  importFile,
  type ImportControl,
} from '../../../src/worker/import-file.ts';
import { storedFrames } from '../db/stored-frames.ts';

let db: YardstickDb;
let n = 0;
let ws: string;

beforeEach(async () => {
  db = new YardstickDb(`remembered-mapping-${++n}`);
  await db.open();
  ws = (await createWorkspace(db, 'Test', 'en-US')).id;
});
afterEach(async () => {
  await db.delete();
});

const quiet: ImportControl = { cancelled: () => false, progress: () => undefined };
const en = { locale: 'en-US' as const };

// No header names a field of any kind: nothing is detected until the user maps the columns.
const LOG_HEADER = 'who,when,what';
const log = (name: string, rows: string[], header = LOG_HEADER) =>
  new File([[header, ...rows].join('\n') + '\n'], name);
const JANUARY = ['ann,2024-01-02,login', 'bob,2024-01-03,export'];
const FEBRUARY = ['cid,2024-02-05,login', 'ann,2024-02-06,share'];
const LOG_MAPPING = { user_id: 'who', timestamp: 'when', event: 'what' };

// Subscriptions where the user corrects the detection: the start is the signup column, and the
// plan column (a region here, not a plan) is left out.
const SUBS_HEADER = 'customer_id,plan,start_date,signup_date,amount,interval';
const subs = (name: string, rows: string[]) => new File([[SUBS_HEADER, ...rows].join('\n') + '\n'], name);
const SUBS_CHOICE = { start: 'signup_date', plan: null };

describe('a remembered mapping', () => {
  it('opens the next file with the same headers with the kind and columns the user chose', async () => {
    const first = log('january.csv', JANUARY);
    const before = await analyseFile(db, ws, first, en);
    expect(before.rememberedMapping).toBe(false);
    expect(before.analysis.kind).toBeNull();

    await importFile(db, ws, first, { ...en, kind: 'events', mapping: LOG_MAPPING }, quiet);

    const next = await analyseFile(db, ws, log('february.csv', FEBRUARY), en);
    expect(next.rememberedMapping).toBe(true);
    expect(next.analysis.kind).toBe('events');
    expect(next.analysis.mapping).toMatchObject(LOG_MAPPING);
    // The preview reads February's rows through the remembered columns.
    expect(next.analysis.sample.map((r) => [r.user_id, r.event])).toEqual([
      ['cid', 'login'],
      ['ann', 'share'],
    ]);
  });

  it('keeps a corrected column and a column the user left out', async () => {
    const detected = await analyseFile(db, ws, subs('a.csv', ['c1,EU,2024-01-10,2023-12-01,10,month']), en);
    expect(detected.analysis.kind).toBe('subscriptions');
    expect(detected.analysis.mapping).toMatchObject({ start: 'start_date', plan: 'plan' });

    await importFile(
      db,
      ws,
      subs('a.csv', ['c1,EU,2024-01-10,2023-12-01,10,month']),
      { ...en, kind: 'subscriptions', mapping: SUBS_CHOICE },
      quiet,
    );

    const next = await analyseFile(db, ws, subs('b.csv', ['c2,US,2024-03-10,2024-02-01,20,month']), en);
    expect(next.rememberedMapping).toBe(true);
    expect(next.analysis.kind).toBe('subscriptions');
    expect(next.analysis.mapping).toMatchObject({ start: 'signup_date', plan: null });
    expect(next.analysis.columns.find((c) => c.header === 'plan')?.field).toBeNull();
    expect(next.analysis.columns.find((c) => c.header === 'signup_date')?.field).toBe('start');
  });

  it('stores the next file as the user chose when the page sends the remembered mapping back', async () => {
    await importFile(
      db,
      ws,
      log('january.csv', JANUARY),
      { ...en, kind: 'events', mapping: LOG_MAPPING },
      quiet,
    );
    const file = log('february.csv', FEBRUARY);
    const { analysis } = await analyseFile(db, ws, file, en);
    const answer = await importFile(
      db,
      ws,
      file,
      { ...en, kind: analysis.kind!, mapping: analysis.mapping },
      quiet,
    );
    expect(answer.dataset.kind).toBe('events');
    expect(answer.rejectedCount).toBe(0);
    const frame = concatFrames(await storedFrames(db, answer.dataset.id));
    const users = frame.columns.get('user_id');
    const times = frame.columns.get('timestamp');
    expect(users?.type === 'text' && [textAt(users, 0), textAt(users, 1)]).toEqual(['cid', 'ann']);
    expect(times?.type === 'time' && [...times.values]).toEqual([Date.UTC(2024, 1, 5), Date.UTC(2024, 1, 6)]);
  });

  it('is not used for a file with other headers', async () => {
    await importFile(
      db,
      ws,
      log('january.csv', JANUARY),
      { ...en, kind: 'events', mapping: LOG_MAPPING },
      quiet,
    );

    const wider = await analyseFile(
      db,
      ws,
      log('wider.csv', ['ann,2024-02-05,login,web'], `${LOG_HEADER},where`),
      en,
    );
    expect(wider.rememberedMapping).toBe(false);
    expect(wider.analysis.kind).toBeNull();

    const other = await analyseFile(db, ws, log('other.csv', ['ann,2024-02-05,login'], 'who,at,did'), en);
    expect(other.rememberedMapping).toBe(false);
    expect(other.analysis.kind).toBeNull();
  });

  it('recognises the same headers written in another case or with stray spaces', async () => {
    await importFile(
      db,
      ws,
      log('january.csv', JANUARY),
      { ...en, kind: 'events', mapping: LOG_MAPPING },
      quiet,
    );
    const next = await analyseFile(db, ws, log('february.csv', FEBRUARY, 'Who, WHEN ,What'), en);
    expect(next.rememberedMapping).toBe(true);
    expect(next.analysis.kind).toBe('events');
    expect(next.analysis.sample.map((r) => [r.user_id, r.event])).toEqual([
      ['cid', 'login'],
      ['ann', 'share'],
    ]);
  });

  it('gives way to a kind or mapping the page asks for explicitly', async () => {
    await importFile(
      db,
      ws,
      log('january.csv', JANUARY),
      { ...en, kind: 'events', mapping: LOG_MAPPING },
      quiet,
    );
    const swapped = { user_id: 'what', timestamp: 'when', event: 'who' };
    const asked = await analyseFile(db, ws, log('february.csv', FEBRUARY), {
      ...en,
      kind: 'events',
      mapping: swapped,
    });
    expect(asked.rememberedMapping).toBe(false);
    expect(asked.analysis.mapping).toMatchObject(swapped);
  });

  it('follows the latest choice for the same headers', async () => {
    await importFile(
      db,
      ws,
      log('january.csv', JANUARY),
      { ...en, kind: 'events', mapping: LOG_MAPPING },
      quiet,
    );
    const swapped = { user_id: 'what', timestamp: 'when', event: 'who' };
    await importFile(
      db,
      ws,
      log('february.csv', FEBRUARY),
      { ...en, kind: 'events', mapping: swapped },
      quiet,
    );

    const next = await analyseFile(db, ws, log('march.csv', ['dan,2024-03-01,login']), en);
    expect(next.rememberedMapping).toBe(true);
    expect(next.analysis.mapping).toMatchObject(swapped);
  });

  it('is not learnt from an import that was cancelled or failed', async () => {
    const cancelled: ImportControl = { cancelled: () => true, progress: () => undefined };
    await expect(
      importFile(
        db,
        ws,
        log('january.csv', JANUARY),
        { ...en, kind: 'events', mapping: LOG_MAPPING },
        cancelled,
      ),
    ).rejects.toBeInstanceOf(ImportCancelled);
    // A mapping naming a column the file lacks fails the import.
    await expect(
      importFile(
        db,
        ws,
        log('january.csv', JANUARY),
        { ...en, kind: 'events', mapping: { user_id: 'who', timestamp: 'when', event: 'nowhere' } },
        quiet,
      ),
    ).rejects.toMatchObject({ code: 'missing-column' });

    const next = await analyseFile(db, ws, log('february.csv', FEBRUARY), en);
    expect(next.rememberedMapping).toBe(false);
    expect(next.analysis.kind).toBeNull();
    expect(await db.mappings.count()).toBe(0);
  });
});
