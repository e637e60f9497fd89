// An import whose workspace disappears while it runs ("Erase all data", or the workspace removed
// in this tab or another) stores nothing: no dataset, no chunk, no settings of a workspace that
// is gone. Nor does the engine's bookkeeping of a compute that was under way.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readyDatasets } from '../../../src/db/datasets.ts';
import { readGoalBasis, writeGoalBasis } from '../../../src/db/goals.ts';
import { saveAnswer, savedAnswerOf } from '../../../src/db/saved-answers.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace, deleteWorkspace, eraseAll } from '../../../src/db/workspaces.ts';
import { ImportCancelled, importFile, type ImportControl } from '../../../src/worker/import-file.ts';

const HEADER = 'customer_id,subscription_id,plan,status,start,end,amount,interval,currency';

function subscriptions(name: string, rows: number): File {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++)
    lines.push(
      `cus_${i},sub_${i},Starter,active,2024-01-${String((i % 28) + 1).padStart(2, '0')},,49.00,month,USD`,
    );
  return new File([lines.join('\n') + '\n'], name);
}

const options = { locale: 'en-US' as const };
const quiet: ImportControl = { cancelled: () => false, progress: () => undefined };

let db: YardstickDb;
let n = 0;

beforeEach(async () => {
  db = new YardstickDb(`workspace-gone-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function counts() {
  return {
    workspaces: await db.workspaces.count(),
    datasets: await db.datasets.count(),
    chunks: await db.chunks.count(),
    settings: await db.settings.count(),
    mappings: await db.mappings.count(),
  };
}

describe('an import whose workspace is gone', () => {
  it('leaves nothing behind when everything is erased while it stores its rows', async () => {
    const ws = (await createWorkspace(db, 'Test', 'en-US')).id;
    let erasing: Promise<void> | null = null;
    // The erase starts as the first rows are handed to storage: every chunk is written after it.
    const control: ImportControl = {
      ...quiet,
      cancelled: () => {
        erasing ??= eraseAll(db);
        return false;
      },
    };
    const importing = importFile(db, ws, subscriptions('subs.csv', 500), options, control, undefined, {
      readBytes: 4096,
    });
    await expect(importing).rejects.toBeInstanceOf(ImportCancelled);
    expect(erasing).not.toBeNull();
    await erasing;
    expect(await counts()).toEqual({ workspaces: 0, datasets: 0, chunks: 0, settings: 0, mappings: 0 });
  });

  it('stores nothing, not even the settings that came with it, when its workspace was removed', async () => {
    const gone = (await createWorkspace(db, 'Gone', 'en-US')).id;
    const kept = (await createWorkspace(db, 'Kept', 'en-US')).id;
    await importFile(db, kept, subscriptions('kept.csv', 20), options, quiet);
    const before = { datasets: await db.datasets.toArray(), chunks: await db.chunks.count() };

    const control: ImportControl = {
      ...quiet,
      // Removed (in another tab, say) once everything is staged; the import brings conversion rates.
      beforeCommit: async () => {
        await deleteWorkspace(db, gone);
        return (current) => ({ ...current, currency: 'USD', fx: { EUR: 1.08 } });
      },
    };
    await expect(
      importFile(db, gone, subscriptions('gone.csv', 20), options, control),
    ).rejects.toBeInstanceOf(ImportCancelled);

    expect(await db.datasets.toArray()).toEqual(before.datasets);
    expect(await db.chunks.count()).toBe(before.chunks);
    expect(await db.settings.get(gone)).toBeUndefined();
    expect((await readyDatasets(db, kept)).map((d) => d.fileName)).toEqual(['kept.csv']);
  });
});

describe('what the engine keeps of a compute, for a workspace that is gone', () => {
  it('keeps a goal basis and a saved answer only while the workspace exists', async () => {
    const ws = (await createWorkspace(db, 'Test', 'en-US')).id;
    const basis = { data: 'd1', settings: '{}' };
    await writeGoalBasis(db, ws, basis);
    await saveAnswer(db, ws, { key: 'k', answer: { mrr: 1 } });
    expect(await readGoalBasis(db, ws)).toEqual(basis);
    expect(await savedAnswerOf(db, ws)).toEqual({ key: 'k', answer: { mrr: 1 } });

    await eraseAll(db);
    // Answers to requests made before the erase arrive after it.
    await writeGoalBasis(db, ws, basis);
    await saveAnswer(db, ws, { key: 'k', answer: { mrr: 1 } });
    expect(await db.goalBases.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });
});
