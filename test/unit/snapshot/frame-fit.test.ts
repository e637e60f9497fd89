// A full snapshot's stored columns must be ones the import could have stored for the dataset's
// kind: a hand-edited file that is not is refused in words, naming the column, before anything is
// written (restored, it showed MRR 0 in every month, or a month range no compute could span).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../src/core/snapshot/problems.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace } from '../../../src/db/workspaces.ts';
import { SnapshotDesk } from '../../../src/worker/snapshot-restore.ts';

const FROZEN_FULL = readFileSync(
  new URL('../../fixtures/snapshots/v1-full.yardstick.json', import.meta.url),
  'utf8',
);
const b64 = (a: Float64Array | Int32Array) => Buffer.from(a.buffer).toString('base64');

type Col = { name: string; type: string; values?: string; dict?: string[]; codes?: string };

let db: YardstickDb;
let n = 0;
beforeEach(async () => {
  db = new YardstickDb(`frame-fit-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

/** Reads the frozen example with its first chunk's columns edited; resolves to the refusal, if any. */
async function readEdited(edit: (cols: Col[]) => Col[]): Promise<unknown> {
  const ws = await createWorkspace(db, 'Here', 'en-US');
  const doc = JSON.parse(FROZEN_FULL);
  const chunk = doc.workspace.datasets[0].chunks[0];
  chunk.columns = edit(chunk.columns);
  return new SnapshotDesk(db).read(new Blob([JSON.stringify(doc)]), ws.id).catch((e: unknown) => e);
}

const at = (column: string) => ({
  problem: { code: 'wrong-types', path: `workspace.datasets.0.chunks.0.columns.${column}` },
});

describe('a full snapshot whose columns do not fit the dataset’s kind', () => {
  it('opens as it was written', async () => {
    expect(await readEdited((cols) => cols)).not.toBeInstanceOf(Error);
  });

  it('is refused without the subscriptions’ amount (and no MRR column)', async () => {
    const result = await readEdited((cols) => cols.filter((c) => c.name !== 'amount'));
    expect(result).toBeInstanceOf(SnapshotError);
    expect(result).toMatchObject(at('amount'));
  });

  it('is refused with the amount stored as text', async () => {
    const result = await readEdited((cols) =>
      cols.map((c) =>
        c.name === 'amount'
          ? { name: 'amount', type: 'text', dict: ['100'], codes: b64(new Int32Array([0, 0, 0])) }
          : c,
      ),
    );
    expect(result).toMatchObject(at('amount'));
  });

  it('is refused with instants no date of a file can name', async () => {
    for (const bad of [1e20, Infinity, 1e15]) {
      const result = await readEdited((cols) =>
        cols.map((c) => (c.name === 'start' ? { ...c, values: b64(new Float64Array([bad, 0, 0])) } : c)),
      );
      expect(result).toMatchObject(at('start'));
    }
    expect(await db.datasets.count()).toBe(0);
  });
});
