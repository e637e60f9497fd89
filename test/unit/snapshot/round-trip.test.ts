import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWorkspaceData, readyDatasets } from '../../../src/db/datasets.ts';
import type { YardstickDb } from '../../../src/db/schema.ts';
import { getSettings } from '../../../src/db/workspaces.ts';
import { computeGrains } from '../../../src/worker/compute.ts';
import { ImportCancelled } from '../../../src/worker/import-file.ts';
import { exportFull } from '../../../src/worker/snapshot-export.ts';
import { SnapshotDesk } from '../../../src/worker/snapshot-restore.ts';
import { fixturesWorkspace } from './workspace.ts';
import { storedFrames as framesOf } from '../db/stored-frames.ts';

const control = { cancelled: () => false, progress: () => undefined };
let open: YardstickDb[] = [];
afterEach(async () => {
  for (const db of open) await db.delete();
  open = [];
});

async function storedFrames(db: YardstickDb, workspaceId: string) {
  const out: Record<string, unknown> = {};
  for (const d of await readyDatasets(db, workspaceId)) out[d.name] = await framesOf(db, d.id);
  return out;
}

async function kpisOf(db: YardstickDb, workspaceId: string) {
  const { grains } = computeGrains(
    await loadWorkspaceData(db, workspaceId),
    await getSettings(db, workspaceId),
    undefined,
    ['month', 'quarter', 'year'],
  );
  return grains as Required<typeof grains>;
}

describe('full snapshot of the public fixtures workspace', () => {
  it(
    'restores identical stored frames and identical KPIs in a new workspace',
    { timeout: 60_000 },
    async () => {
      const { db, workspaceId } = await fixturesWorkspace();
      open.push(db);
      const file = await exportFull(db, workspaceId, control);
      expect(file.fileName).toMatch(/^Acme — KPIs-\d{4}-\d{2}-\d{2}\.yardstick\.json$/);

      const desk = new SnapshotDesk(db);
      const preview = await desk.read(file.blob, workspaceId);
      expect(preview.scope).toBe('full');
      expect(preview.datasets).toHaveLength(7);
      const restored = await desk.restore(preview.token, 'new', workspaceId);
      expect(restored.workspaceId).not.toBe(workspaceId);

      expect(await storedFrames(db, restored.workspaceId)).toEqual(await storedFrames(db, workspaceId));
      const before = await kpisOf(db, workspaceId);
      expect(before.month.months.length).toBeGreaterThan(12);
      expect(await kpisOf(db, restored.workspaceId)).toEqual(before);

      const settings = await getSettings(db, restored.workspaceId);
      expect(settings).toEqual({
        ...(await getSettings(db, workspaceId)),
        workspaceId: restored.workspaceId,
      });
      const goals = await db.goals.where('workspaceId').equals(restored.workspaceId).toArray();
      expect(goals.map((g) => g.name)).toEqual(['Grow MRR']);
      expect(goals[0].id).not.toBe('goal-1');
      const rules = await db.alertRules.where('workspaceId').equals(restored.workspaceId).toArray();
      const alerts = await db.alerts.where('workspaceId').equals(restored.workspaceId).toArray();
      expect(alerts.map((a) => a.id)).toEqual([`${rules[0].id}|2025-03|raised`]);
    },
  );

  it(
    'a gzip-compressed snapshot, written through gzip as it goes, gives back the same frames',
    { timeout: 60_000 },
    async () => {
      const { db, workspaceId } = await fixturesWorkspace();
      open.push(db);
      const progress: number[] = [];
      const file = await exportFull(
        db,
        workspaceId,
        { cancelled: () => false, progress: (p) => progress.push(p.done) },
        new Date(Date.UTC(2025, 5, 30)),
        1000,
      );
      expect(file.gzipped).toBe(true);
      expect(file.fileName).toBe('Acme — KPIs-2025-06-30.yardstick.json.gz');
      const head = new Uint8Array(await file.blob.slice(0, 2).arrayBuffer());
      expect([...head]).toEqual([0x1f, 0x8b]);
      expect(progress.at(-1)).toBe(file.rows);

      const desk = new SnapshotDesk(db);
      const restored = await desk.restore(
        (await desk.read(file.blob, workspaceId)).token,
        'new',
        workspaceId,
      );
      expect(await storedFrames(db, restored.workspaceId)).toEqual(await storedFrames(db, workspaceId));
    },
  );

  it('a cancelled export stops and makes no file', { timeout: 60_000 }, async () => {
    const { db, workspaceId } = await fixturesWorkspace();
    open.push(db);
    let asked = 0;
    const stop = { cancelled: () => ++asked > 1, progress: () => undefined };
    await expect(exportFull(db, workspaceId, stop, new Date(), 1000)).rejects.toThrow(ImportCancelled);
  });

  it(
    'opening the same file twice adds no duplicate; undo removes what a restore added',
    { timeout: 60_000 },
    async () => {
      const { db, workspaceId } = await fixturesWorkspace();
      open.push(db);
      const { blob } = await exportFull(db, workspaceId, control);
      const desk = new SnapshotDesk(db);
      const first = await desk.restore((await desk.read(blob, workspaceId)).token, 'new', workspaceId);
      const again = await desk.read(blob, first.workspaceId);
      expect(again.duplicateOf).toMatchObject({ id: first.workspaceId, current: true });
      const second = await desk.restore(again.token, 'new', workspaceId);
      expect(second).toEqual({ workspaceId: first.workspaceId, duplicate: true, undoable: false });
      expect(await db.workspaces.count()).toBe(2);

      await desk.undo();
      expect(await db.workspaces.count()).toBe(1);
      expect(await db.datasets.where('workspaceId').equals(first.workspaceId).count()).toBe(0);
    },
  );

  it(
    'restoring over the current workspace can be undone to exactly what it held',
    { timeout: 60_000 },
    async () => {
      const { db, workspaceId } = await fixturesWorkspace();
      open.push(db);
      const frozen = new Blob([
        (await import('node:fs')).readFileSync(
          new URL('../../fixtures/snapshots/v1-full.yardstick.json', import.meta.url),
        ),
      ]);
      const framesBefore = await storedFrames(db, workspaceId);
      const kpisBefore = await kpisOf(db, workspaceId);
      const desk = new SnapshotDesk(db);
      const done = await desk.restore((await desk.read(frozen, workspaceId)).token, 'replace', workspaceId);
      expect(done.workspaceId).toBe(workspaceId);
      // The frozen file's three subscriptions, by hand: Jan c1 100; Feb c1 + c2 = 150; Mar c2 has
      // ended on 1 March, c3 started: 100 + 100 = 200.
      expect((await kpisOf(db, workspaceId)).month.values.mrr).toEqual([100, 150, 200]);
      expect(await db.workspaces.count()).toBe(1);

      await desk.undo();
      expect(await storedFrames(db, workspaceId)).toEqual(framesBefore);
      expect(await kpisOf(db, workspaceId)).toEqual(kpisBefore);
    },
  );

  it('a snapshot with a damaged frame writes nothing', async () => {
    const { db, workspaceId } = await fixturesWorkspace();
    open.push(db);
    const fs = await import('node:fs');
    const doc = JSON.parse(
      fs.readFileSync(new URL('../../fixtures/snapshots/v1-full.yardstick.json', import.meta.url), 'utf8'),
    );
    doc.workspace.datasets[0].chunks[0].rows = 4;
    const desk = new SnapshotDesk(db);
    const count = await db.chunks.count();
    await expect(desk.read(new Blob([JSON.stringify(doc)]), workspaceId)).rejects.toMatchObject({
      problem: { code: 'wrong-types', path: 'workspace.datasets.0.chunks.0' },
    });
    expect(await db.chunks.count()).toBe(count);
    expect(await db.workspaces.count()).toBe(1);
  });
});
