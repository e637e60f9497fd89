// Writing snapshots in the worker. A full snapshot is built as a Blob from parts, one stored
// chunk at a time: no string ever holds more than one chunk's JSON, and the parts already
// written can live outside the JavaScript heap, so the extra memory stays near the stored size.
import { encodeFrame } from '../core/snapshot/frame-codec.ts';
import { fullHead, kpisDocument, snapshotFileName, type KpiTables } from '../core/snapshot/document.ts';
import { gzip } from '../core/snapshot/gzip.ts';
import { readyDatasets } from '../db/datasets.ts';
import type { YardstickDb } from '../db/schema.ts';
import { kpiValuesOf } from '../db/snapshots.ts';
import { getSettings } from '../db/workspaces.ts';
import { ImportCancelled } from './import-file.ts';
import type { SnapshotFile, SnapshotProgress } from './protocol.ts';

/** Above this a snapshot is saved gzip-compressed, as `.json.gz`. */
export const GZIP_ABOVE = 5 * 1024 * 1024;

export interface ExportControl {
  cancelled: () => boolean;
  progress: (p: SnapshotProgress) => void;
}

async function finish(parts: BlobPart[], name: string, createdAt: Date, rows: number): Promise<SnapshotFile> {
  let blob = new Blob(parts, { type: 'application/json' });
  const gzipped = blob.size > GZIP_ABOVE;
  if (gzipped) blob = new Blob([await gzip(blob)], { type: 'application/gzip' });
  return { blob, fileName: snapshotFileName(name, createdAt, gzipped), size: blob.size, gzipped, rows };
}

async function workspaceName(db: YardstickDb, workspaceId: string): Promise<string> {
  return (await db.workspaces.get(workspaceId))?.name ?? 'workspace';
}

/** Every imported row of the workspace with its datasets, settings, goals and alerts (scope `full`). */
export async function exportFull(
  db: YardstickDb,
  workspaceId: string,
  control: ExportControl,
  createdAt = new Date(),
): Promise<SnapshotFile> {
  const name = await workspaceName(db, workspaceId);
  const datasets = await readyDatasets(db, workspaceId);
  const head = fullHead({
    name,
    settings: await getSettings(db, workspaceId),
    goals: await db.goals.where('workspaceId').equals(workspaceId).toArray(),
    alertRules: await db.alertRules.where('workspaceId').equals(workspaceId).toArray(),
    alerts: await db.alerts.where('workspaceId').equals(workspaceId).toArray(),
    kpis: await kpiValuesOf(db, workspaceId),
    createdAt,
  });
  const total = datasets.reduce((n, d) => n + d.rowsStored, 0);
  let done = 0;
  // The head is an object; its closing `}}` is replaced by the datasets array and written last.
  const headText = JSON.stringify(head);
  const parts: BlobPart[] = [headText.slice(0, -2), ',"datasets":['];
  for (const [i, d] of datasets.entries()) {
    const { workspaceId: _w, state: _s, chunkCount, ...record } = d;
    const recordText = JSON.stringify(record);
    parts.push((i ? ',' : '') + recordText.slice(0, -1) + ',"chunks":[');
    for (let index = 0; index < chunkCount; index++) {
      if (control.cancelled()) throw new ImportCancelled();
      const chunk = await db.chunks.get([d.id, index]);
      if (!chunk) continue;
      // One chunk's JSON at a time, handed to a Blob at once so the string can go.
      parts.push(new Blob([(index ? ',' : '') + JSON.stringify(encodeFrame(chunk.frame))]));
      done += chunk.frame.rows;
      control.progress({ done, total });
    }
    parts.push(']}');
  }
  parts.push(']}}');
  if (control.cancelled()) throw new ImportCancelled();
  return finish(parts, name, createdAt, done);
}

/** What the dashboard shows of the whole workspace, with goals and alert rules (scope `kpis`). */
export async function exportKpis(
  db: YardstickDb,
  workspaceId: string,
  tables: KpiTables,
  createdAt = new Date(),
): Promise<SnapshotFile> {
  const doc = kpisDocument({
    name: await workspaceName(db, workspaceId),
    settings: await getSettings(db, workspaceId),
    tables,
    goals: await db.goals.where('workspaceId').equals(workspaceId).toArray(),
    alertRules: await db.alertRules.where('workspaceId').equals(workspaceId).toArray(),
    createdAt,
  });
  return finish([JSON.stringify(doc)], doc.workspace.name, createdAt, 0);
}
