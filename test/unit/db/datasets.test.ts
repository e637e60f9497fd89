import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberColumn, textColumn, type Column, type Frame } from '../../../src/core/datasets/frame.ts';
import {
  commitDataset,
  deleteDataset,
  loadWorkspaceData,
  readyDatasets,
  removeStaleStaging,
  ChunkStager,
  stageDataset,
} from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { stagedRecord } from './records.ts';
import { storedFrames } from './stored-frames.ts';
import { createWorkspace, deleteWorkspace, eraseAll, listWorkspaces } from '../../../src/db/workspaces.ts';

let db: YardstickDb;
let n = 0;

beforeEach(async () => {
  db = new YardstickDb(`test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const frame = (...scores: number[]): Frame => ({
  rows: scores.length,
  columns: new Map([['score', numberColumn(Float64Array.from(scores))]]),
});

const record = (id: string, workspaceId: string, hash = id) => stagedRecord(id, workspaceId, { hash });

async function scores(workspaceId: string): Promise<number[]> {
  const data = await loadWorkspaceData(db, workspaceId);
  const col = data.nps?.columns.get('score');
  return col && col.type === 'number' ? [...col.values] : [];
}

describe('staged imports', () => {
  it('stay invisible until committed, then show every chunk in order', async () => {
    const ws = await createWorkspace(db, 'Main', 'en-US');
    await stageDataset(db, record('a', ws.id));
    const chunks = new ChunkStager(db, 'a');
    await chunks.write(frame(1, 2));
    await chunks.write(frame(3, 4));
    expect(await readyDatasets(db, ws.id)).toEqual([]);
    expect(await scores(ws.id)).toEqual([]);
    await commitDataset(db, record('a', ws.id));
    expect(await scores(ws.id)).toEqual([1, 2, 3, 4]);
  });

  it('leave no trace after a cancelled import is discarded', async () => {
    const ws = await createWorkspace(db, 'Main', 'en-US');
    await stageDataset(db, record('keep', ws.id));
    await new ChunkStager(db, 'keep').write(frame(9));
    await commitDataset(db, record('keep', ws.id));
    await stageDataset(db, record('b', ws.id));
    await new ChunkStager(db, 'b').write(frame(5));
    await deleteDataset(db, 'b');
    expect(await db.chunks.count()).toBe(1);
    expect(await scores(ws.id)).toEqual([9]);
  });

  it('left behind by a crash are removed at start-up, except imports still running elsewhere', async () => {
    const ws = await createWorkspace(db, 'Main', 'en-US');
    await stageDataset(db, record('ok', ws.id));
    await new ChunkStager(db, 'ok').write(frame(1));
    await commitDataset(db, record('ok', ws.id));
    await stageDataset(db, record('crashed', ws.id));
    await new ChunkStager(db, 'crashed').write(frame(2));
    await new ChunkStager(db, 'orphan').write(frame(3)); // chunk written before its record
    await stageDataset(db, record('running', ws.id));
    await new ChunkStager(db, 'running').write(frame(4));
    expect(await removeStaleStaging(db, new Set(['running']))).toBe(2);
    expect((await db.chunks.toArray()).map((c) => c.datasetId).sort()).toEqual(['ok', 'running']);
    expect(await scores(ws.id)).toEqual([1]);
  });

  it('replace the old dataset in the same transaction that shows the new one', async () => {
    const ws = await createWorkspace(db, 'Main', 'en-US');
    await stageDataset(db, record('old', ws.id, 'h'));
    await new ChunkStager(db, 'old').write(frame(1));
    await commitDataset(db, record('old', ws.id, 'h'));
    await stageDataset(db, record('new', ws.id, 'h'));
    await new ChunkStager(db, 'new').write(frame(7));
    await commitDataset(db, record('new', ws.id, 'h'), 'old');
    expect((await readyDatasets(db, ws.id)).map((d) => d.id)).toEqual(['new']);
    expect(await scores(ws.id)).toEqual([7]);
  });

  it('never replace a dataset of another workspace than the one the import commits into', async () => {
    // The preview found the duplicate in A; the person then switched to B and confirmed there.
    const a = await createWorkspace(db, 'A', 'en-US');
    const b = await createWorkspace(db, 'B', 'en-US');
    await stageDataset(db, record('old', a.id, 'h'));
    await new ChunkStager(db, 'old').write(frame(1));
    await commitDataset(db, record('old', a.id, 'h'));
    await stageDataset(db, record('new', b.id, 'h'));
    await new ChunkStager(db, 'new').write(frame(7));
    await commitDataset(db, record('new', b.id, 'h'), 'old');
    expect(await scores(a.id)).toEqual([1]);
    expect(await scores(b.id)).toEqual([7]);
  });
});

describe('workspaces', () => {
  it('keep their datasets apart and take them along when deleted', async () => {
    const a = await createWorkspace(db, 'A', 'en-US');
    const demo = await createWorkspace(db, 'Demo', 'en-US', true);
    for (const [id, ws] of [
      ['a1', a.id],
      ['d1', demo.id],
    ] as const) {
      await stageDataset(db, record(id, ws));
      await new ChunkStager(db, id).write(frame(id === 'a1' ? 1 : 2));
      await commitDataset(db, record(id, ws));
    }
    expect(await scores(a.id)).toEqual([1]);
    await deleteWorkspace(db, demo.id);
    expect((await listWorkspaces(db)).map((w) => w.name)).toEqual(['A']);
    expect(await db.chunks.count()).toBe(1);
    expect(await scores(a.id)).toEqual([1]);
  });

  it('are all gone after erasing the device', async () => {
    const a = await createWorkspace(db, 'A', 'pl');
    await stageDataset(db, record('x', a.id));
    await new ChunkStager(db, 'x').write(frame(1));
    await commitDataset(db, record('x', a.id));
    await eraseAll(db);
    expect(await listWorkspaces(db)).toEqual([]);
    expect(await db.chunks.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });
});

describe('loading for the metrics engine', () => {
  it('leaves out subscription ids, which no KPI reads, and keeps every other column', async () => {
    const ws = await createWorkspace(db, 'Main', 'en-US');
    const subs: Frame = {
      rows: 2,
      columns: new Map<string, Column>([
        ['customer_id', textColumn(Int32Array.from([0, 1]), ['c1', 'c2'])],
        ['subscription_id', textColumn(Int32Array.from([0, 1]), ['s1', 's2'])],
        ['mrr', numberColumn(Float64Array.from([10, 20]))],
      ]),
    };
    await stageDataset(db, { ...record('s', ws.id), kind: 'subscriptions' });
    await new ChunkStager(db, 's').write(subs);
    await commitDataset(db, { ...record('s', ws.id), kind: 'subscriptions' });
    const data = await loadWorkspaceData(db, ws.id);
    expect([...data.subscriptions!.columns.keys()].sort()).toEqual(['customer_id', 'mrr']);
    // What is stored is untouched.
    expect((await storedFrames(db, 's'))[0].columns.has('subscription_id')).toBe(true);
  });
});
