// The streaming import (a prefix decides, the rest is streamed) follows datasets.md §8 exactly as
// core ingest() does over the whole text: same kind, rows, rejections and frames, or the same
// refusal, for every real-export shape in test/fixtures/real-exports/.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, IngestError, type IngestOptions } from '../../../src/core/datasets/ingest.ts';
import { readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import { importFile, type ImportControl } from '../../../src/worker/import-file.ts';
import { storedFrames } from '../db/stored-frames.ts';

const DIR = new URL('../../fixtures/real-exports/', import.meta.url);
const NAMES = readdirSync(DIR).filter((n) => n.endsWith('.csv'));

let db: YardstickDb;
let n = 0;
let ws: string;

beforeEach(async () => {
  db = new YardstickDb(`real-exports-${++n}`);
  await db.open();
  ws = (await createWorkspace(db, 'Test', 'en-US')).id;
});
afterEach(async () => {
  await db.delete();
});

const quiet: ImportControl = { cancelled: () => false, progress: () => undefined };

function optionsFor(name: string): IngestOptions {
  return { locale: name === 'neraca.csv' ? 'id' : 'en-US', chunkRows: 500 };
}

describe('streaming import of real-export shapes', () => {
  it.each(NAMES)('%s: the same outcome as core ingest', async (name) => {
    const bytes = readFileSync(new URL(name, DIR));
    const file = new File([bytes], name);
    const opts = optionsFor(name);
    let expected: ReturnType<typeof ingest> | IngestError;
    try {
      expected = ingest(new Uint8Array(bytes), name, opts);
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      expected = e;
    }
    // A prefix shorter than the file makes the stream decide from its first rows.
    for (const prefixBytes of [undefined, 400]) {
      const run = importFile(db, ws, file, opts, quiet, undefined, { prefixBytes, readBytes: 97 });
      if (expected instanceof IngestError) {
        await expect(run).rejects.toMatchObject({ code: expected.code, detail: expected.detail });
        continue;
      }
      const answer = await run;
      expect(answer.dataset.kind).toBe(expected.kind);
      expect(answer.dataset.rowsStored).toBe(expected.rowsStored);
      expect(answer.dataset.currencies).toEqual(expected.currencies);
      expect(answer.dataset.mapping).toEqual(expected.mapping);
      const stored = (await readyDatasets(db, ws)).find((d) => d.id === answer.dataset.id)!;
      expect(stored.rejected).toEqual(expected.rejected);
      expect(await storedFrames(db, stored.id)).toEqual(expected.frames);
    }
  });

  it('asks for no rates when only a rejected explanation row carries another currency', async () => {
    const bytes = readFileSync(new URL('baremetrics_template.csv', DIR));
    const answer = await importFile(db, ws, new File([bytes], 'template.csv'), { locale: 'en-US' }, quiet);
    expect(answer.dataset.currencies).toEqual(['USD']);
    expect(answer.rejectedCount).toBe(1);
  });
});
