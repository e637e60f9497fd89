// A workspace's whole content, read and swapped in one transaction (restore and its undo), and
// the mark a restore leaves: which snapshot the workspace came from, and what it held then.
import type { Alert, AlertRule } from '../core/alerts/model.ts';
import type { Goal } from '../core/goals/model.ts';
import type { KpiTables } from '../core/snapshot/document.ts';
import type {
  ChunkRecord,
  DatasetRecord,
  EventAggregateRecord,
  SettingsRecord,
  WorkspaceRecord,
  YardstickDb,
} from './schema.ts';
import { hashKey, kpiKey, kpiValuesOf, markHash, savedAnswerKey, snapshotHashOf } from './snapshots.ts';

/**
 * The mark of a restored workspace: the snapshot's hash, and a print of what a person can change
 * (settings, datasets, goals, alert rules) as the restore left it. Marks written before the print
 * was kept are the hash alone.
 */
type SnapshotMark = string | { hash: string; print: string };

/** What a person can change in a workspace, in one string: a raised alert or a goal's history is not. */
function contentPrint(c: Pick<WorkspaceContent, 'settings' | 'datasets' | 'goals' | 'alertRules'>): string {
  const saved = (rows: readonly { id: string; updatedAt: number }[]) =>
    rows.map((r) => `${r.id}:${r.updatedAt}`).sort();
  const datasets = c.datasets.map((d) => JSON.stringify([d.id, d.name, d.rowsStored])).sort();
  return JSON.stringify([c.settings, datasets, saved(c.goals), saved(c.alertRules)]);
}

async function printNow(db: YardstickDb, workspaceId: string): Promise<string | null> {
  return db.transaction('r', [db.settings, db.datasets, db.goals, db.alertRules], async () => {
    const settings = await db.settings.get(workspaceId);
    if (!settings) return null;
    return contentPrint({
      settings,
      datasets: await db.datasets.where('workspaceId').equals(workspaceId).toArray(),
      goals: await db.goals.where('workspaceId').equals(workspaceId).toArray(),
      alertRules: await db.alertRules.where('workspaceId').equals(workspaceId).toArray(),
    });
  });
}

/**
 * The workspace restored from a snapshot with this content hash, if it is still there as the
 * restore left it: one changed since (an import, a goal, a setting) is no copy of the snapshot,
 * and opening the snapshot again restores it.
 */
export async function workspaceOfSnapshot(db: YardstickDb, hash: string): Promise<WorkspaceRecord | null> {
  const rows = await db.meta.where('key').startsWith('snapshot:').toArray();
  for (const row of rows) {
    const mark = row.value as SnapshotMark;
    if (markHash(mark) !== hash) continue;
    const id = row.key.slice('snapshot:'.length);
    if (typeof mark !== 'string' && (await printNow(db, id)) !== mark.print) continue;
    const ws = await db.workspaces.get(id);
    if (ws) return ws;
  }
  return null;
}

/** Everything a workspace holds, as stored. */
export interface WorkspaceContent {
  settings: SettingsRecord;
  datasets: DatasetRecord[];
  chunks: ChunkRecord[];
  eventAggregates: EventAggregateRecord[];
  goals: Goal[];
  alertRules: AlertRule[];
  alerts: Alert[];
  kpis: KpiTables | null;
  /** The snapshot it came from, or null. */
  hash: string | null;
  /**
   * Whether the workspace is the demo; left as it is when absent. Data restored over the demo is
   * the person's own: still marked as the demo, one click or the next demo load would delete it.
   */
  demo?: boolean;
}

/** The tables a workspace's content lives in (the workspace record for its marks). */
const contentTables = (db: YardstickDb) => [
  db.workspaces,
  db.settings,
  db.datasets,
  db.chunks,
  db.eventAggregates,
  db.goals,
  db.alertRules,
  db.alerts,
  db.meta,
];

export async function readContent(db: YardstickDb, workspaceId: string): Promise<WorkspaceContent> {
  return db.transaction('r', contentTables(db), async () => {
    const datasets = await db.datasets.where('workspaceId').equals(workspaceId).toArray();
    const ids = datasets.map((d) => d.id);
    return {
      settings: (await db.settings.get(workspaceId))!,
      datasets,
      chunks: await db.chunks.where('datasetId').anyOf(ids).toArray(),
      eventAggregates: await db.eventAggregates.bulkGet(ids).then((a) => a.filter((x) => !!x)),
      goals: await db.goals.where('workspaceId').equals(workspaceId).toArray(),
      alertRules: await db.alertRules.where('workspaceId').equals(workspaceId).toArray(),
      alerts: await db.alerts.where('workspaceId').equals(workspaceId).toArray(),
      kpis: await kpiValuesOf(db, workspaceId),
      hash: await snapshotHashOf(db, workspaceId),
      demo: (await db.workspaces.get(workspaceId))?.demo ?? false,
    };
  });
}

/**
 * Replaces everything a workspace holds with `content` in one transaction (creating the workspace
 * record when `create` is given): all of it is written or none of it. Nothing but IndexedDB work
 * runs inside, and no error is caught there, so a failed write rolls the whole swap back.
 */
export async function writeContent(
  db: YardstickDb,
  workspaceId: string,
  content: WorkspaceContent,
  create?: WorkspaceRecord,
): Promise<void> {
  await db.transaction('rw', contentTables(db), async () => {
    if (create) await db.workspaces.add({ ...create, valuesOnly: !!content.kpis });
    else
      await db.workspaces.update(workspaceId, {
        valuesOnly: !!content.kpis,
        ...(content.demo === undefined ? {} : { demo: content.demo }),
      });
    const old = await db.datasets.where('workspaceId').equals(workspaceId).primaryKeys();
    await db.chunks.where('datasetId').anyOf(old).delete();
    await db.eventAggregates.bulkDelete(old);
    await db.datasets.bulkDelete(old);
    await db.goals.where('workspaceId').equals(workspaceId).delete();
    await db.alertRules.where('workspaceId').equals(workspaceId).delete();
    await db.alerts.where('workspaceId').equals(workspaceId).delete();
    await db.settings.put(content.settings);
    await db.datasets.bulkPut(content.datasets);
    await db.chunks.bulkPut(content.chunks);
    await db.eventAggregates.bulkPut(content.eventAggregates);
    await db.goals.bulkPut(content.goals);
    await db.alertRules.bulkPut(content.alertRules);
    await db.alerts.bulkPut(content.alerts);
    if (content.kpis) await db.meta.put({ key: kpiKey(workspaceId), value: content.kpis });
    else await db.meta.delete(kpiKey(workspaceId));
    if (content.hash) {
      const mark: SnapshotMark = { hash: content.hash, print: contentPrint(content) };
      await db.meta.put({ key: hashKey(workspaceId), value: mark });
    } else await db.meta.delete(hashKey(workspaceId));
    await db.meta.delete(savedAnswerKey(workspaceId));
  });
}
