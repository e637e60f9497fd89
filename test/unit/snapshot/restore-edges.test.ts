// Restoring a snapshot where the device already holds something: a workspace of the same name,
// the demo, a backup the app wrote with long names, a hand-edited file with two rules of one id.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../src/core/snapshot/problems.ts';
import { putGoal } from '../../../src/db/goals.ts';
import { YardstickDb } from '../../../src/db/schema.ts';
import { createWorkspace, renameWorkspace } from '../../../src/db/workspaces.ts';
import { importFile } from '../../../src/worker/import-file.ts';
import { exportFull } from '../../../src/worker/snapshot-export.ts';
import { SnapshotDesk } from '../../../src/worker/snapshot-restore.ts';
import { goal, reach } from '../goals/goal-fixtures.ts';

const FROZEN_FULL = readFileSync(
  new URL('../../fixtures/snapshots/v1-full.yardstick.json', import.meta.url),
  'utf8',
);
const quiet = { cancelled: () => false, progress: () => undefined };

let db: YardstickDb;
let n = 0;
beforeEach(async () => {
  db = new YardstickDb(`restore-edges-${++n}`);
  await db.open();
});
afterEach(() => db.delete());

describe('restoring a snapshot', () => {
  it('as a new workspace beside one of the same name gives it a name of its own', async () => {
    const doc = JSON.parse(FROZEN_FULL);
    doc.workspace.name = 'Przychody — Śląsk';
    const existing = await createWorkspace(db, 'Przychody — Śląsk', 'pl');
    const desk = new SnapshotDesk(db);
    const preview = await desk.read(new Blob([JSON.stringify(doc)]), existing.id);
    const restored = await desk.restore(preview.token, 'new', existing.id);
    expect(restored.duplicate).toBe(false);
    const names = (await db.workspaces.toArray()).map((w) => w.name).sort();
    expect(names).toEqual(['Przychody — Śląsk', 'Przychody — Śląsk 2']);
  });

  it('over the demo makes it the person’s own workspace, and undo makes it the demo again', async () => {
    const demo = await createWorkspace(db, 'Demo', 'en-US', true);
    const desk = new SnapshotDesk(db);
    const preview = await desk.read(new Blob([FROZEN_FULL]), demo.id);
    const done = await desk.restore(preview.token, 'replace', demo.id);
    expect(done.workspaceId).toBe(demo.id);
    expect(await db.datasets.where('workspaceId').equals(demo.id).count()).toBe(1);
    expect((await db.workspaces.get(demo.id))?.demo).toBe(false);
    await desk.undo();
    expect((await db.workspaces.get(demo.id))?.demo).toBe(true);
  });

  it('refuses, naming where, a file whose alert rules share an id', async () => {
    const ws = await createWorkspace(db, 'Here', 'en-US');
    const doc = JSON.parse(FROZEN_FULL);
    const first = doc.workspace.alertRules[0];
    doc.workspace.alertRules.push({ ...first, kpi: 'customer_churn_rate' });
    const read = new SnapshotDesk(db).read(new Blob([JSON.stringify(doc)]), ws.id);
    await expect(read).rejects.toBeInstanceOf(SnapshotError);
    await expect(read).rejects.toMatchObject({
      problem: {
        code: 'wrong-types',
        path: `workspace.alertRules.${doc.workspace.alertRules.length - 1}.id`,
      },
    });
    expect(await db.alertRules.count()).toBe(0);
  });
});

describe('a full backup the app wrote opens again', () => {
  it('of a workspace with a long name', async () => {
    const ws = await createWorkspace(db, 'x', 'id');
    const name =
      'Laporan KPI bulanan PT Sumber Makmur Sejahtera Abadi — cabang Jakarta, Surabaya, Bandung, ' +
      'Medan dan Makassar — data pelanggan berlangganan, prospek, survei NPS, peristiwa produk dan biaya ' +
      'pemasaran serta operasional 2024–2025';
    expect(name.length).toBeGreaterThan(200);
    await renameWorkspace(db, ws.id, name);
    const file = await exportFull(db, ws.id, quiet);
    const preview = await new SnapshotDesk(db).read(file.blob, ws.id);
    expect(preview.name).toBe(name);
  });

  it('of subscriptions whose currency column spells the currency out', async () => {
    const ws = await createWorkspace(db, 'Toko', 'id');
    const csv =
      'customer_id,plan,start,end,amount,currency,interval\n' +
      'c1,Pro,2025-01-01,,100000,Rupiah Indonesia,month\n' +
      'c2,Pro,2025-02-01,,150000,Rupiah Indonesia,month\n';
    await importFile(db, ws.id, new File([csv], 'langganan.csv'), { locale: 'en-US' }, quiet);
    const file = await exportFull(db, ws.id, quiet);
    const preview = await new SnapshotDesk(db).read(file.blob, ws.id);
    expect(preview.datasets).toEqual([{ name: 'langganan.csv', kind: 'subscriptions', rows: 2 }]);
  });

  it('again over a workspace changed since brings the backup back; unchanged, it adds nothing', async () => {
    const ws = await createWorkspace(db, 'Here', 'en-US');
    const desk = new SnapshotDesk(db);
    const backup = new Blob([FROZEN_FULL]);
    await desk.restore((await desk.read(backup, ws.id)).token, 'replace', ws.id);
    const restoredGoals = await db.goals.where('workspaceId').equals(ws.id).count();

    // Untouched: the same file is "already there".
    const same = await desk.read(backup, ws.id);
    expect(same.duplicateOf).toMatchObject({ id: ws.id, current: true });
    expect(await desk.restore(same.token, 'replace', ws.id)).toMatchObject({ duplicate: true });

    // A goal added since: the backup is no longer what the workspace holds, and restoring it again
    // puts back what it held.
    await putGoal(db, goal([reach({ id: 't', kpi: 'mrr', to: 500 })], { id: 'added', workspaceId: ws.id }));
    const changed = await desk.read(backup, ws.id);
    expect(changed.duplicateOf).toBeNull();
    expect(await desk.restore(changed.token, 'replace', ws.id)).toMatchObject({ duplicate: false });
    expect(await db.goals.get('added')).toBeUndefined();
    expect(await db.goals.where('workspaceId').equals(ws.id).count()).toBe(restoredGoals);
  });
});
