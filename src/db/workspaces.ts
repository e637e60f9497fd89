import { DEFAULT_SETTINGS } from '../core/metric-settings.ts';
import type { SettingsRecord, WorkspaceRecord, YardstickDb } from './schema.ts';
import { deleteWorkspaceMeta } from './snapshots.ts';

export async function listWorkspaces(db: YardstickDb): Promise<WorkspaceRecord[]> {
  return (await db.workspaces.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

export async function createWorkspace(
  db: YardstickDb,
  name: string,
  locale: SettingsRecord['locale'],
  demo = false,
): Promise<WorkspaceRecord> {
  const ws: WorkspaceRecord = { id: crypto.randomUUID(), name, createdAt: Date.now(), demo };
  await db.transaction('rw', db.workspaces, db.settings, async () => {
    await db.workspaces.add(ws);
    await db.settings.add({ ...DEFAULT_SETTINGS, fx: {}, workspaceId: ws.id, locale });
  });
  return ws;
}

export async function renameWorkspace(db: YardstickDb, id: string, name: string): Promise<void> {
  await db.workspaces.update(id, { name });
}

/** Deletes a workspace with everything in it, in one transaction. */
export async function deleteWorkspace(db: YardstickDb, id: string): Promise<void> {
  const tables = [
    db.workspaces,
    db.datasets,
    db.chunks,
    db.eventAggregates,
    db.settings,
    db.goals,
    db.goalBases,
    db.alertRules,
    db.alerts,
    db.meta,
  ];
  await db.transaction('rw', tables, async () => {
    const ids = await db.datasets.where('workspaceId').equals(id).primaryKeys();
    await db.chunks.where('datasetId').anyOf(ids).delete();
    await db.eventAggregates.bulkDelete(ids);
    await db.datasets.bulkDelete(ids);
    await db.settings.delete(id);
    await db.goals.where('workspaceId').equals(id).delete();
    await db.goalBases.delete(id);
    await db.alertRules.where('workspaceId').equals(id).delete();
    await db.alerts.where('workspaceId').equals(id).delete();
    await deleteWorkspaceMeta(db, id);
    await db.workspaces.delete(id);
  });
}

export async function getSettings(db: YardstickDb, workspaceId: string): Promise<SettingsRecord> {
  return (
    (await db.settings.get(workspaceId)) ?? { ...DEFAULT_SETTINGS, fx: {}, workspaceId, locale: 'en-US' }
  );
}

export async function putSettings(db: YardstickDb, settings: SettingsRecord): Promise<void> {
  await db.settings.put(settings);
}

/** "Erase all data on this device". */
export async function eraseAll(db: YardstickDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}
