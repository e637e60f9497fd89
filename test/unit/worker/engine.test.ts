// The engine's request handling end to end over fake-indexeddb: what the page sends, what it is
// answered, and what is stored afterwards.
import 'fake-indexeddb/auto';
import { Dexie, type DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDataset, readyDatasets } from '../../../src/db/datasets.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { saveAnswer, savedAnswerKey, savedAnswerOf } from '../../../src/db/saved-answers.ts';
import { readContent, writeContent } from '../../../src/db/workspace-content.ts';
import { createWorkspace, deleteWorkspace, getSettings, putSettings } from '../../../src/db/workspaces.ts';
import { computeGrains } from '../../../src/worker/compute.ts';
import { createEngine, type Engine } from '../../../src/worker/engine.ts';
import type { ComputedPart, EngineRequest, EngineResponse } from '../../../src/worker/protocol.ts';

// Watched, not replaced: which months a compute was given to build on.
vi.mock('../../../src/worker/compute.ts', async (original) => {
  const real = await original<typeof import('../../../src/worker/compute.ts')>();
  return { ...real, computeGrains: vi.fn(real.computeGrains) };
});

let db: YardstickDb;
let engine: Engine;
let posted: EngineResponse[];
let ws: string;
let n = 0;
/** When set, every write to IndexedDB is refused with it (a full disk). */
let refusal: (() => Error) | null = null;

beforeEach(async () => {
  refusal = null;
  posted = [];
  db = new YardstickDb(`engine-${++n}`);
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => (refusal ? Promise.reject(refusal()) : table.mutate(req)),
        };
      },
    }),
  });
  await db.open();
  ws = (await createWorkspace(db, 'Test', 'en-US')).id;
  engine = createEngine({ db, post: (msg) => posted.push(msg) });
});

afterEach(async () => {
  await db.delete();
});

let nextId = 1;

/** Sends one request and returns its final answer (progress and questions are skipped). */
type Request = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never;

async function send(req: Request): Promise<EngineResponse> {
  const id = nextId++;
  await engine.handle({ ...req, id } as EngineRequest);
  const mine = posted.filter((m) => m.id === id && m.type !== 'progress');
  expect(mine).toHaveLength(1);
  return mine[0];
}

// Two monthly subscriptions: c1 pays 10 from January 2024, c2 pays 30 from February 2024.
const SUBSCRIPTIONS = [
  'customer_id,plan,start_date,end_date,amount,interval',
  'c1,Pro,2024-01-05,2024-03-20,10,month',
  'c2,Team,2024-02-10,2024-03-20,30,month',
].join('\n');

function file(name: string, text: string): File {
  return new File([text + '\n'], name);
}

async function importSubscriptions() {
  return send({
    type: 'import',
    workspaceId: ws,
    file: file('subs.csv', SUBSCRIPTIONS),
    options: { locale: 'en-US' },
  });
}

async function mrrByMonth(segment?: Record<string, string[]>) {
  const msg = await send({ type: 'compute', workspaceId: ws, grains: ['month'], segment });
  if (msg.type !== 'computed') throw new Error(`expected computed, got ${JSON.stringify(msg)}`);
  const m = msg.answer.grains.month!;
  return {
    mrr: Object.fromEntries(m.months.map((month, i) => [month, m.values.mrr?.[i] ?? null])),
    answer: msg.answer,
  };
}

describe('createEngine', () => {
  it('imports a file, answering with the stored dataset', async () => {
    const msg = await importSubscriptions();
    expect(msg.type).toBe('imported');
    if (msg.type !== 'imported') return;
    expect(msg.answer.dataset).toMatchObject({ kind: 'subscriptions', rowsStored: 2, state: 'ready' });
    expect(msg.answer.rejectedCount).toBe(0);
    expect((await readyDatasets(db, ws)).map((d) => d.id)).toEqual([msg.answer.dataset.id]);
  });

  it('computes the months of the stored data, with segment fields and misses', async () => {
    await importSubscriptions();
    const { mrr, answer } = await mrrByMonth();
    expect(mrr['2024-01']).toBe(10);
    expect(mrr['2024-02']).toBe(40);
    expect(answer.segmentFields.plan).toEqual(['Pro', 'Team']);
    const team = await mrrByMonth({ plan: ['Team', 'Gold'] });
    expect(team.mrr['2024-01']).toBe(0);
    expect(team.mrr['2024-02']).toBe(30);
    expect(team.answer.segmentMisses).toEqual([{ field: 'plan', values: ['Gold'] }]);
  });

  it('reads a prefetched workspace once: the compute that follows uses the rows already read', async () => {
    await importSubscriptions();
    let reads = 0;
    db.chunks.hook('reading', (chunk) => {
      reads++;
      return chunk;
    });
    await engine.handle({ type: 'prefetch', id: nextId++, workspaceId: ws });
    expect(posted.filter((m) => m.type !== 'imported' && m.type !== 'progress')).toEqual([]);
    expect(reads).toBe(1);
    const { mrr, answer } = await mrrByMonth();
    expect(mrr['2024-02']).toBe(40);
    expect(reads).toBe(1);
    expect(answer.timings.loadMs).toBe(0);
  });

  it('forgets a deleted dataset at the next compute', async () => {
    const imported = await importSubscriptions();
    if (imported.type !== 'imported') throw new Error('import failed');
    expect((await mrrByMonth()).mrr['2024-02']).toBe(40);
    await deleteDataset(db, imported.answer.dataset.id);
    expect((await mrrByMonth()).mrr).toEqual({});
  });

  it('answers a file that fits no kind with its code and the problem as data', async () => {
    const msg = await send({
      type: 'import',
      workspaceId: ws,
      file: file('mystery.csv', 'colour,shape\nred,circle'),
      options: { locale: 'en-US' },
    });
    expect(msg).toMatchObject({ type: 'error', code: 'no-kind', detail: { code: 'kind-none' } });
    expect(await readyDatasets(db, ws)).toEqual([]);
  });

  it('answers a full disk with storage-quota and stores nothing', async () => {
    refusal = () =>
      new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'));
    const msg = await importSubscriptions();
    expect(msg).toMatchObject({ type: 'error', code: 'storage-quota' });
    refusal = null;
    expect(await readyDatasets(db, ws)).toEqual([]);
    expect(await db.chunks.count()).toBe(0);
  });

  it('answers a failed read during compute with a storage code, not a crash', async () => {
    await importSubscriptions();
    db.close();
    const msg = await send({ type: 'compute', workspaceId: ws, grains: ['month'] });
    expect(msg.type).toBe('error');
    if (msg.type === 'error') expect(msg.code).toMatch(/^storage-/);
  });

  it('answers months, quarters and years of a segment in one message', async () => {
    await importSubscriptions();
    const msg = await send({
      type: 'compute',
      workspaceId: ws,
      grains: ['month', 'quarter', 'year'],
      segment: { plan: ['Pro'] },
    });
    const grains = msg.type === 'computed' ? msg.answer.grains : null;
    // Only c1 (Pro, 10 a month) is in the segment: live at the end of January and February 2024,
    // ended by the end of March (the data's last month, where the end dates fall).
    expect(grains?.month?.values.mrr).toEqual([10, 10, 0]);
    // Q1 2024 ends on 31 March, after c1's end (20 March): the quarter's MRR is 0, as is the year's.
    expect(grains?.quarter?.values.mrr).toEqual([0]);
    expect(grains?.year?.months).toEqual(['2024']);
  });

  it('answers the dashboard from the months the goals just computed, when nothing changed', async () => {
    await importSubscriptions();
    await send({ type: 'goals', workspaceId: ws, today: Date.UTC(2024, 3, 1) });
    const calls = vi.mocked(computeGrains).mock.calls;
    const goalsMonths = vi.mocked(computeGrains).mock.results.at(-1)?.value.grains.month;
    await send({ type: 'compute', workspaceId: ws, grains: ['month'] });
    // The page's request is built on those months (its sixth argument), not computed again.
    expect(calls.at(-1)?.[5]).toBe(goalsMonths);
    expect(goalsMonths?.values.mrr).toEqual([10, 40, 0]);
  });

  it('keeps the goals’ months for the whole workspace while the page looks at a segment', async () => {
    await importSubscriptions();
    await send({ type: 'goals', workspaceId: ws, today: Date.UTC(2024, 3, 1) });
    const goalsMonths = vi.mocked(computeGrains).mock.results.at(-1)?.value.grains.month;
    await send({ type: 'compute', workspaceId: ws, grains: ['month'], segment: { plan: ['Pro'] } });
    // Back to the whole workspace: the goals' months serve it, the segment's did not replace them.
    await send({ type: 'compute', workspaceId: ws, grains: ['month'] });
    expect(vi.mocked(computeGrains).mock.calls.at(-1)?.[5]).toBe(goalsMonths);
  });
});

describe('saved answers (db/saved-answers.ts)', () => {
  /** An engine as the worker starts it after a reload: a fresh memory over the same database. */
  const reopened = (build: string | null) => createEngine({ db, post: (msg) => posted.push(msg), build });

  /** The page's compute of the whole workspace: what it was shown first, and its final answer. */
  async function pageCompute(segment?: Record<string, string[]>) {
    const id = nextId++;
    await engine.handle({
      type: 'compute',
      id,
      workspaceId: ws,
      grains: ['month', 'quarter', 'year'],
      segment,
    });
    const mine = posted.filter((m) => m.id === id);
    const saved = mine.find((m) => m.type === 'computed-saved');
    const final = mine.find((m) => m.type === 'computed');
    return {
      saved: saved?.type === 'computed-saved' ? saved.answer : null,
      final: final?.type === 'computed' ? final.answer : null,
      order: mine.map((m) => m.type),
    };
  }

  it('shows the last compute at once after a reload, then computes again and says it agreed', async () => {
    engine = reopened('build-1');
    await importSubscriptions();
    const first = await pageCompute();
    expect(first.saved).toBeNull();
    engine = reopened('build-1');
    const again = await pageCompute();
    expect(again.order).toEqual(['computed-saved', 'computed']);
    expect(again.saved?.grains.month?.values.mrr).toEqual([10, 40, 0]);
    expect(again.saved?.grains.quarter?.months).toEqual(['2024-Q1']);
    // Nothing computed for it: the numbers are the first compute's.
    expect(again.saved?.timings.computeMs).toBe(0);
    expect(again.final?.grains.month?.values.mrr).toEqual([10, 40, 0]);
    expect(again.final?.sameAsSaved).toBe(true);
  });

  it('shows nothing saved once the data, the settings or the code changed, or for a segment', async () => {
    engine = reopened('build-1');
    await importSubscriptions();
    await pageCompute();
    // Another build of the app may compute differently.
    engine = reopened('build-2');
    expect((await pageCompute()).saved).toBeNull();
    // Saved again under build-2, then the settings change.
    const settings = await getSettings(db, ws);
    await putSettings(db, { ...settings, gross_margin: 0.5 });
    expect((await pageCompute()).saved).toBeNull();
    expect((await pageCompute({ plan: ['Pro'] })).saved).toBeNull();
    const [dataset] = await readyDatasets(db, ws);
    await deleteDataset(db, dataset.id);
    const emptied = await pageCompute();
    expect(emptied.saved).toBeNull();
    expect(emptied.final?.grains.month?.months).toEqual([]);
    // The dev server's engine (no build) neither shows nor keeps anything.
    engine = reopened(null);
    expect((await pageCompute()).saved).toBeNull();
    expect(await db.meta.get(savedAnswerKey(ws))).toMatchObject({
      value: { key: expect.stringContaining('build-2') },
    });
  });

  it('replaces a saved answer that the data no longer gives', async () => {
    engine = reopened('build-1');
    await importSubscriptions();
    const { final } = await pageCompute();
    // A saved answer under the right key that says something else (a bug it must not hide).
    const stored = (await savedAnswerOf<ComputedPart>(db, ws))!;
    const month = stored.answer.grains.month!;
    const wrong = { ...month, values: { ...month.values, mrr: [1, 2, 3] } };
    await saveAnswer(db, ws, {
      key: stored.key,
      answer: { ...stored.answer, grains: { ...stored.answer.grains, month: wrong } },
    });
    engine = reopened('build-1');
    const again = await pageCompute();
    expect(again.saved?.grains.month?.values.mrr).toEqual([1, 2, 3]);
    expect(again.final?.sameAsSaved).toBeUndefined();
    expect(again.final?.grains.month?.values.mrr).toEqual(final?.grains.month?.values.mrr);
    expect((await savedAnswerOf<ComputedPart>(db, ws))?.answer.grains.month?.values.mrr).toEqual([10, 40, 0]);
  });

  it('is written once for the same data and settings', async () => {
    engine = reopened('build-1');
    await importSubscriptions();
    await pageCompute();
    // The first answer is saved after it is sent (one small transaction): wait until it is stored.
    await vi.waitFor(async () => expect(await savedAnswerOf(db, ws)).not.toBeNull());
    const writes = vi.spyOn(db.meta, 'put');
    const again = await pageCompute();
    expect(again.final?.sameAsSaved).toBe(true);
    expect(writes).not.toHaveBeenCalled();
  });

  it('goes when its workspace is restored from a snapshot or deleted', async () => {
    engine = reopened('build-1');
    await importSubscriptions();
    await pageCompute();
    expect(await savedAnswerOf(db, ws)).not.toBeNull();
    // A restore swaps the content: even under the same dataset ids, nothing saved is trusted.
    await writeContent(db, ws, await readContent(db, ws));
    expect(await savedAnswerOf(db, ws)).toBeNull();
    await pageCompute();
    expect(await savedAnswerOf(db, ws)).not.toBeNull();
    await deleteWorkspace(db, ws);
    expect(await savedAnswerOf(db, ws)).toBeNull();
  });
});

describe('the reads every compute starts with', () => {
  const compute = (revision?: number) =>
    send({ type: 'compute', workspaceId: ws, grains: ['month'], segment: { plan: ['Pro'] }, revision });

  it('are kept while the page’s revision holds and nothing is written', async () => {
    await importSubscriptions();
    const reads = vi.spyOn(db.settings, 'get');
    await compute(1);
    await compute(1);
    expect(reads).toHaveBeenCalledTimes(1);
    await compute(2);
    expect(reads).toHaveBeenCalledTimes(2);
    // Without a revision (another caller) nothing is kept.
    await compute();
    await compute();
    expect(reads).toHaveBeenCalledTimes(4);
  });

  it('are read again after a write to them, even under the same revision', async () => {
    await importSubscriptions();
    // The settings each compute worked with.
    const margin = async () => {
      await compute(1);
      return vi.mocked(computeGrains).mock.calls.at(-1)?.[1].gross_margin;
    };
    const before = await margin();
    // The goals' and alerts' own records are not among them.
    const reads = vi.spyOn(db.settings, 'get');
    await db.goalBases.put({ workspaceId: ws, data: 'x', settings: 'y' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await margin();
    expect(reads).not.toHaveBeenCalled();
    const settings = await getSettings(db, ws);
    await putSettings(db, { ...settings, gross_margin: before! / 2 });
    // Dexie tells of the commit just after it (storagemutated).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await margin()).toBe(before! / 2);
  });
});

describe('imports read ahead while the preview is shown (held)', () => {
  /** Sends a held import, as the page does once the preview is drawn. */
  function startHeld(text: string) {
    const id = nextId++;
    const done = engine.handle({
      type: 'import',
      id,
      workspaceId: '',
      file: file('subs.csv', text),
      options: { locale: 'en-US' },
      held: true,
    });
    return { id, done };
  }

  /** Starts a held import and waits until everything is staged and it waits for the person. */
  async function heldImport(text: string) {
    const { id, done } = startHeld(text);
    // The last progress is posted once every row is staged.
    await vi.waitFor(() => {
      const last = posted.filter((m) => m.id === id && m.type === 'progress').at(-1);
      expect(last?.type === 'progress' && last.progress.bytes === last.progress.totalBytes).toBe(true);
    });
    const answer = async () => {
      await done;
      return posted.filter((m) => m.id === id && m.type !== 'progress');
    };
    return { id, answer };
  }

  const staged = () => db.datasets.where('state').equals('staged').toArray();

  it('shows nothing until released, then commits into the workspace named at the release', async () => {
    const held = await heldImport(SUBSCRIPTIONS);
    const other = (await createWorkspace(db, 'Other', 'en-US')).id;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await readyDatasets(db, ws)).toEqual([]);
    expect(await readyDatasets(db, other)).toEqual([]);
    expect(await staged()).toHaveLength(1);

    await engine.handle({ type: 'release', id: nextId++, importId: held.id, to: { workspaceId: other } });
    const [msg] = await held.answer();
    expect(msg).toMatchObject({
      type: 'imported',
      answer: { dataset: { workspaceId: other, rowsStored: 2 } },
    });
    expect((await readyDatasets(db, other)).map((d) => d.rowsStored)).toEqual([2]);
    expect(await readyDatasets(db, ws)).toEqual([]);
    expect(await staged()).toEqual([]);
  });

  it('keeps a release sent before the file is read, and commits once it is', async () => {
    const { id, done } = startHeld(SUBSCRIPTIONS);
    await engine.handle({ type: 'release', id: nextId++, importId: id, to: { workspaceId: ws } });
    await done;
    expect(posted.filter((m) => m.id === id && m.type !== 'progress')).toEqual([
      expect.objectContaining({ type: 'imported' }),
    ]);
    expect((await readyDatasets(db, ws)).map((d) => d.rowsStored)).toEqual([2]);
  });

  it('replaces the dataset the release names, in the same commit', async () => {
    const first = await importSubscriptions();
    if (first.type !== 'imported') throw new Error('import failed');
    const held = await heldImport(SUBSCRIPTIONS.replace('c2,Team', 'c2,Pro'));
    await engine.handle({
      type: 'release',
      id: nextId++,
      importId: held.id,
      to: { workspaceId: ws, replaceId: first.answer.dataset.id },
    });
    const [msg] = await held.answer();
    if (msg.type !== 'imported') throw new Error(`expected imported, got ${msg.type}`);
    expect((await readyDatasets(db, ws)).map((d) => d.id)).toEqual([msg.answer.dataset.id]);
    expect((await mrrByMonth()).answer.segmentFields.plan).toEqual(['Pro']);
  });

  it('deletes everything it staged when cancelled while it waits', async () => {
    await importSubscriptions();
    const before = await db.chunks.count();
    const held = await heldImport(SUBSCRIPTIONS);
    expect(await db.chunks.count()).toBeGreaterThan(before);
    await engine.handle({ type: 'cancel', id: nextId++, importId: held.id });
    expect(await held.answer()).toEqual([{ type: 'cancelled', id: held.id }]);
    expect(await staged()).toEqual([]);
    expect(await db.chunks.count()).toBe(before);
    expect(await readyDatasets(db, ws)).toHaveLength(1);
  });
});
