// Each commit reads the stored row and chunk counts back against what was parsed, in its own
// transaction: a dataset whose chunks are not all there never becomes visible, and the dataset it
// would have replaced stays as it was.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberColumn, type Frame } from '../../../src/core/datasets/frame.ts';
import {
  commitDataset,
  readyDatasets,
  ReadBackError,
  ChunkStager,
  stageDataset,
} from '../../../src/db/datasets.ts';
import { YardstickDb, type DatasetRecord } from '../../../src/db/schema.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import { importFile } from '../../../src/worker/import-file.ts';

let db: YardstickDb;
let n = 0;
let ws: string;
beforeEach(async () => {
  db = new YardstickDb(`read-back-${++n}`);
  await db.open();
  ws = (await createWorkspace(db, 'Test', 'en-US')).id;
});
afterEach(() => db.delete());

const frame = (rows: number): Frame => ({
  rows,
  columns: new Map([['amount', numberColumn(new Float64Array(rows))]]),
});

function record(chunkCount: number, rowsStored: number, id = 'd1'): DatasetRecord {
  return {
    id,
    workspaceId: ws,
    state: 'staged',
    kind: 'costs',
    name: 'c.csv',
    fileName: 'c.csv',
    size: 1,
    hash: 'h',
    importedAt: 0,
    encoding: 'utf-8',
    delimiter: ',',
    decimal: '.',
    dateOrder: 'YMD',
    mapping: {},
    rowsStored,
    rejected: [],
    chunkCount,
    currencies: [],
  };
}

describe('read-back', () => {
  it('commits when the stored counts are the parsed ones', async () => {
    const r = record(1, 3);
    await stageDataset(db, r);
    await new ChunkStager(db, 'd1').write(frame(3));
    await commitDataset(db, r, undefined, undefined, { rows: 3, chunks: 1 });
    expect((await readyDatasets(db, ws)).map((d) => d.id)).toEqual(['d1']);
  });

  it('says what differs, in numbers, when they do not match, and commits nothing', async () => {
    const r = record(1, 3);
    await stageDataset(db, r);
    await new ChunkStager(db, 'd1').write(frame(3));
    await expect(commitDataset(db, r, undefined, undefined, { rows: 4, chunks: 1 })).rejects.toThrow(
      'the stored data does not match the file: 4 rows in 1 chunks were parsed, 3 rows in 1 chunks were read back',
    );
    expect(await readyDatasets(db, ws)).toEqual([]);
  });

  it('counts the chunks stored, not the ones announced', async () => {
    const r = record(2, 3);
    await stageDataset(db, r);
    await new ChunkStager(db, 'd1').write(frame(3));
    await expect(commitDataset(db, r, undefined, undefined, { rows: 3, chunks: 2 })).rejects.toBeInstanceOf(
      ReadBackError,
    );
  });

  it('leaves the dataset it would replace as it was when the check fails', async () => {
    const old = record(1, 2, 'old');
    await stageDataset(db, old);
    await new ChunkStager(db, 'old').write(frame(2));
    await commitDataset(db, old, undefined, undefined, { rows: 2, chunks: 1 });
    const next = record(2, 3, 'new');
    await stageDataset(db, next);
    await new ChunkStager(db, 'new').write(frame(3));
    await expect(commitDataset(db, next, 'old', undefined, { rows: 3, chunks: 2 })).rejects.toBeInstanceOf(
      ReadBackError,
    );
    expect((await readyDatasets(db, ws)).map((d) => [d.id, d.rowsStored])).toEqual([['old', 2]]);
    expect(await db.chunks.where('datasetId').equals('old').count()).toBe(1);
  });

  it('runs after every streamed import', async () => {
    const text = 'date,category,amount\n2024-01-31,ads,100\n2024-02-29,ads,120\n';
    const done = await importFile(
      db,
      ws,
      new File([text], 'costs.csv'),
      { locale: 'en-US' },
      {
        cancelled: () => false,
        progress: () => undefined,
      },
    );
    expect(done.dataset.rowsStored).toBe(2);
  });
});
