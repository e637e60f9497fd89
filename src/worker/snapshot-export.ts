// Writing snapshots in the worker. A full snapshot is written one stored chunk at a time and each
// chunk one column at a time, as bytes (frameJsonParts): no string holds more than a column's
// dictionary. Past GZIP_ABOVE the bytes go through gzip as they come, so neither the whole
// document nor one giant string ever exists; only the compressed file is kept.
import { compactFrame } from '../core/datasets/frame.ts';
import { datasetsCurrency } from '../core/money-currency.ts';
import { frameJsonParts } from '../core/snapshot/frame-codec.ts';
import { fullHead, kpisDocument, snapshotFileName, type KpiTables } from '../core/snapshot/document.ts';
import { gzip } from '../core/snapshot/gzip.ts';
import { readyDatasets } from '../db/datasets.ts';
import type { YardstickDb } from '../db/schema.ts';
import { ChunkReader } from '../db/chunk-records.ts';
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

const encoder = new TextEncoder();

/**
 * Collects a document's bytes: kept as they are up to GZIP_ABOVE, then (those first) written
 * through a gzip stream whose output is collected into a Blob while the rest is written.
 */
export class SnapshotWriter {
  #plain: Uint8Array<ArrayBuffer>[] = [];
  #size = 0;
  #gzip: { writer: WritableStreamDefaultWriter<BufferSource>; out: Promise<Blob> } | null = null;

  constructor(private readonly gzipAbove = GZIP_ABOVE) {}

  async write(part: string | Uint8Array<ArrayBuffer>): Promise<void> {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    this.#size += bytes.byteLength;
    if (this.#gzip) return this.#gzip.writer.write(bytes);
    this.#plain.push(bytes);
    if (this.#size <= this.gzipAbove) return;
    const stream = new CompressionStream('gzip');
    this.#gzip = { writer: stream.writable.getWriter(), out: new Response(stream.readable).blob() };
    const held = this.#plain;
    this.#plain = [];
    for (const p of held) await this.#gzip.writer.write(p);
  }

  async close(): Promise<{ blob: Blob; gzipped: boolean }> {
    if (!this.#gzip) return { blob: new Blob(this.#plain, { type: 'application/json' }), gzipped: false };
    await this.#gzip.writer.close();
    return { blob: new Blob([await this.#gzip.out], { type: 'application/gzip' }), gzipped: true };
  }

  /** Drops what was written (a cancelled export). */
  async abort(): Promise<void> {
    this.#plain = [];
    await this.#gzip?.writer.abort().catch(() => undefined);
    await this.#gzip?.out.catch(() => undefined);
  }
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
  gzipAbove = GZIP_ABOVE,
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
  const out = new SnapshotWriter(gzipAbove);
  try {
    // The head is an object; its closing `}}` is replaced by the datasets array and written last.
    const headText = JSON.stringify(head);
    await out.write(headText.slice(0, -2) + ',"datasets":[');
    for (const [i, d] of datasets.entries()) {
      const { workspaceId: _w, state: _s, chunkCount, ...record } = d;
      const recordText = JSON.stringify(record);
      await out.write((i ? ',' : '') + recordText.slice(0, -1) + ',"chunks":[');
      const reader = new ChunkReader(d.kind);
      for (let index = 0; index < chunkCount; index++) {
        if (control.cancelled()) throw new ImportCancelled();
        const chunk = await db.chunks.get([d.id, index]);
        if (!chunk) continue;
        // A snapshot's chunk carries its own dictionary, not the dataset's so far.
        const frame = compactFrame(reader.read(chunk));
        if (index) await out.write(',');
        for (const part of frameJsonParts(frame)) await out.write(part);
        done += frame.rows;
        control.progress({ done, total });
      }
      await out.write(']}');
    }
    await out.write(']}}');
    if (control.cancelled()) throw new ImportCancelled();
  } catch (e) {
    await out.abort();
    throw e;
  }
  const { blob, gzipped } = await out.close();
  return { blob, fileName: snapshotFileName(name, createdAt, gzipped), size: blob.size, gzipped, rows: done };
}

/** What the dashboard shows of the whole workspace, with goals and alert rules (scope `kpis`). */
export async function exportKpis(
  db: YardstickDb,
  workspaceId: string,
  tables: KpiTables,
  createdAt = new Date(),
): Promise<SnapshotFile> {
  const settings = await getSettings(db, workspaceId);
  const doc = kpisDocument({
    name: await workspaceName(db, workspaceId),
    // The document has no rows to read the currency from: a workspace of one currency (no
    // setting needed) says it here, or its viewer would write euros as dollars.
    settings: {
      ...settings,
      currency: settings.currency ?? datasetsCurrency(await readyDatasets(db, workspaceId)),
    },
    tables,
    goals: await db.goals.where('workspaceId').equals(workspaceId).toArray(),
    alertRules: await db.alertRules.where('workspaceId').equals(workspaceId).toArray(),
    createdAt,
  });
  return finish([JSON.stringify(doc)], doc.workspace.name, createdAt, 0);
}
