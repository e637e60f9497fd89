// A quote never closed swallows the rest of the file: the import is refused by default, the
// preview names the line and the lines it costs, and only an explicit choice stores the rows before.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyse, ingest, IngestError } from '../../../src/core/datasets/ingest.ts';
import { linesSpanned } from '../../../src/core/csv/unreadable.ts';
import { readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import { analyseFile, importFile, type ImportControl } from '../../../src/worker/import-file.ts';

// Line 3 of 5 opens a quote that never closes.
const TEXT =
  'user_id,timestamp,event\nr1,2024-01-05,7\nr2,2024-01-06,"open quote\nr3,2024-01-07,8\nr4,2024-01-08,9\n';
const bytes = new TextEncoder().encode(TEXT);
const quiet: ImportControl = { cancelled: () => false, progress: () => undefined };

describe('linesSpanned', () => {
  it('counts the physical lines of a record, not its trailing line ends', () => {
    expect(linesSpanned(['a'])).toBe(1);
    expect(linesSpanned(['a', 'b\nc\r\nd\re\n\n'])).toBe(4);
  });
});

describe('an unclosed quote in core', () => {
  it('is named in the analysis: the line, the lines it takes, the rows before', () => {
    expect(analyse(bytes, 'e.csv', { locale: 'en-US' }).unreadable).toEqual({
      code: 'rest-unreadable',
      line: 3,
      lines: 3,
      rowsBefore: 1,
    });
  });

  it('refuses the file unless the rows before it are kept by choice', () => {
    let error: unknown;
    try {
      ingest(bytes, 'e.csv', { locale: 'en-US' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).detail).toMatchObject({ code: 'rest-unreadable', line: 3, lines: 3 });
    const kept = ingest(bytes, 'e.csv', { locale: 'en-US', keepBeforeLine: 3 });
    expect(kept.rowsStored).toBe(1);
    expect(kept.rejected.map((r) => r.line)).toEqual([3]);
    // A choice made for another line does not cover this one.
    expect(() => ingest(bytes, 'e.csv', { locale: 'en-US', keepBeforeLine: 4 })).toThrow(IngestError);
  });

  it('leaves a file whose quotes close alone', () => {
    const ok = 'user_id,timestamp,event\nr1,2024-01-05,"a\nb"\nr2,2024-01-06,x\n';
    expect(analyse(new TextEncoder().encode(ok), 'e.csv', { locale: 'en-US' }).unreadable).toBeNull();
  });
});

describe('an unclosed quote in the streaming import', () => {
  let db: YardstickDb;
  let ws: string;
  let n = 0;
  beforeEach(async () => {
    db = new YardstickDb(`unclosed-${++n}`);
    await db.open();
    ws = (await createWorkspace(db, 'Test', 'en-US')).id;
  });
  afterEach(() => db.delete());

  it('stores nothing by default, whatever the slice size', async () => {
    for (const readBytes of [7, 1 << 20]) {
      const file = new File([bytes], 'e.csv');
      const preview = await analyseFile(db, ws, file, { locale: 'en-US' });
      expect(preview.analysis.unreadable?.line).toBe(3);
      await expect(
        importFile(db, ws, file, { locale: 'en-US' }, quiet, undefined, { readBytes }),
      ).rejects.toMatchObject({ detail: { code: 'rest-unreadable', line: 3, lines: 3, rowsBefore: 1 } });
      expect(await readyDatasets(db, ws)).toEqual([]);
      expect(await db.chunks.count()).toBe(0);
    }
  });

  it('is found past the previewed prefix too, and refused there', async () => {
    const head = 'user_id,timestamp,event\n' + 'u,2024-01-05,x\n'.repeat(200);
    const file = new File([head + 'r2,2024-01-06,"open\nr3,2024-01-07,8\n'], 'e.csv');
    const preview = await analyseFile(db, ws, file, { locale: 'en-US' }, { prefixBytes: 512 });
    expect(preview.partial).toBe(true);
    expect(preview.analysis.unreadable).toBeNull();
    await expect(
      importFile(db, ws, file, { locale: 'en-US' }, quiet, undefined, { prefixBytes: 512, readBytes: 256 }),
    ).rejects.toMatchObject({ detail: { code: 'rest-unreadable', line: 202, lines: 2, rowsBefore: 200 } });
  });

  it('stores the rows before the line when the person chose so', async () => {
    const file = new File([bytes], 'e.csv');
    const done = await importFile(db, ws, file, { locale: 'en-US', keepBeforeLine: 3 }, quiet);
    expect(done.dataset.rowsStored).toBe(1);
    expect(done.rejectedCount).toBe(1);
  });
});
