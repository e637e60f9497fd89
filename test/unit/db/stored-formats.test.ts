// Data stored by older builds, frozen in test/fixtures/stored/, read through the format steps.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Column, Frame } from '../../../src/core/datasets/frame.ts';
import { loadWorkspaceData, readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { FORMAT_STEPS, readDataset } from '../../../src/db/stored-formats.ts';
import { storedReasonEn } from '../../../src/i18n/reasons-english.ts';

const V1 = JSON.parse(
  readFileSync(new URL('../../fixtures/stored/v1-subscriptions.json', import.meta.url), 'utf8'),
);

type JsonColumn =
  { type: 'text'; codes: number[]; dict: string[] } | { type: 'time' | 'number'; values: number[] };

/** The frozen chunk as IndexedDB held it: typed arrays and a Map of columns. */
function frameOf(json: { rows: number; columns: Record<string, JsonColumn> }): Frame {
  const columns = new Map<string, Column>();
  for (const [name, c] of Object.entries(json.columns))
    columns.set(
      name,
      c.type === 'text'
        ? { type: 'text', codes: Int32Array.from(c.codes), dict: c.dict }
        : { type: c.type, values: Float64Array.from(c.values) },
    );
  return { rows: json.rows, columns };
}

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.delete();
});

async function v1Database(): Promise<YardstickDb> {
  const name = `stored-v1-${++n}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({
    workspaces: 'id',
    datasets: 'id, workspaceId, state, hash',
    chunks: '[datasetId+index], datasetId',
    settings: 'workspaceId',
    mappings: 'signature',
    meta: 'key',
  });
  await v1.open();
  await v1.table('workspaces').put(V1.workspace);
  await v1.table('datasets').put(V1.dataset);
  await v1.table('chunks').put({ ...V1.chunk, frame: frameOf(V1.chunk.frame) });
  v1.close();
  const db = new YardstickDb(name);
  opened.push(db);
  return db;
}

describe('stored formats', () => {
  it('lists its steps oldest first, each named once', () => {
    const names = FORMAT_STEPS.map((s) => s.name);
    expect(names).toEqual([
      'reasons-as-text',
      'emptied-optional',
      'unread-columns',
      'event-aggregates',
      'packed-chunks',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads a version 1 dataset record: reasons kept as text, emptied cells counted as none', async () => {
    const db = await v1Database();
    const [d] = await readyDatasets(db, 'w1');
    expect(d.emptiedOptional).toBe(0);
    expect(d.rejected).toEqual([{ line: 4, reason: 'amount: "n/a" is not a number' }]);
    expect(storedReasonEn(d.rejected[0].reason)).toBe('amount: "n/a" is not a number');
    expect(d.rowsStored).toBe(2);
  });

  it('reads a version 1 chunk without the columns nothing reads', async () => {
    const db = await v1Database();
    const data = await loadWorkspaceData(db, 'w1');
    const subs = data.subscriptions!;
    expect(subs.rows).toBe(2);
    expect([...subs.columns.keys()].sort()).toEqual(['amount', 'customer_id', 'start']);
    // The stored chunk itself is left as it was.
    const stored = await db.chunks.get(['d1', 0]);
    expect(stored!.frame!.columns.has('subscription_id')).toBe(true);
  });

  it('leaves a current record as it is', () => {
    const current = { ...V1.dataset, emptiedOptional: 3 };
    expect(readDataset(current)).toBe(current);
  });
});
