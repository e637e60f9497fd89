// Opening snapshots in the worker: read and check a file (nothing written), then restore it into a
// new workspace or over the current one in one transaction, with undo until the next import.
import { alertId } from '../core/alerts/model.ts';
import { decodeFrame } from '../core/snapshot/frame-codec.ts';
import type { Snapshot } from '../core/snapshot/migrations.ts';
import { refuse } from '../core/snapshot/problems.ts';
import { readSnapshotBlob } from '../core/snapshot/read.ts';
import { ChunkPacker } from '../db/packed-frame.ts';
import { chunkRecord } from '../db/chunk-records.ts';
import { deleteWorkspace } from '../db/workspaces.ts';
import type { ChunkRecord, DatasetRecord, WorkspaceRecord, YardstickDb } from '../db/schema.ts';
import {
  readContent,
  workspaceOfSnapshot,
  writeContent,
  type WorkspaceContent,
} from '../db/workspace-content.ts';
import { unusedName } from '../core/unused-name.ts';
import { misfitColumn } from '../core/snapshot/frame-fit.ts';
import type { RestoreMode, SnapshotPreview, SnapshotRestored } from './protocol.ts';

/** The stored form of a checked snapshot: new ids throughout, every frame decoded and checked. */
export function contentOf(doc: Snapshot, workspaceId: string, hash: string): WorkspaceContent {
  const w = doc.workspace;
  const datasets: DatasetRecord[] = [];
  const chunks: ChunkRecord[] = [];
  if (doc.scope === 'full') {
    for (const [i, d] of doc.workspace.datasets.entries()) {
      const { chunks: encoded, ...record } = d;
      const id = crypto.randomUUID();
      const packer = new ChunkPacker();
      for (const [index, e] of encoded.entries()) {
        const frame = decodeFrame(e);
        const path = `workspace.datasets.${i}.chunks.${index}`;
        if (typeof frame === 'string') refuse({ code: 'wrong-types', path });
        else {
          const misfit = misfitColumn(frame, record.kind);
          if (misfit !== null) refuse({ code: 'wrong-types', path: `${path}.columns.${misfit}` });
          chunks.push(chunkRecord(packer, id, index, frame));
        }
      }
      datasets.push({ ...record, id, workspaceId, state: 'ready', chunkCount: encoded.length });
    }
  }
  // Goals and rules get ids of their own: the workspace they came from may still be on this device.
  // Two rules of one id cannot be told apart (nor whose alerts are whose): the file was edited.
  const ruleIds = new Map<string, string>();
  for (const [i, r] of w.alertRules.entries()) {
    if (ruleIds.has(r.id)) refuse({ code: 'wrong-types', path: `workspace.alertRules.${i}.id` });
    ruleIds.set(r.id, crypto.randomUUID());
  }
  const alerts =
    doc.scope === 'full'
      ? doc.workspace.alerts
          .filter((a) => ruleIds.has(a.ruleId))
          .map((a) => {
            const ruleId = ruleIds.get(a.ruleId)!;
            return { ...a, workspaceId, ruleId, id: alertId(ruleId, a.month, a.state) };
          })
      : [];
  return {
    settings: { ...w.settings, workspaceId },
    datasets,
    chunks,
    eventAggregates: [],
    goals: w.goals.map((g) => ({ ...g, id: crypto.randomUUID(), workspaceId })),
    alertRules: w.alertRules.map((r) => ({ ...r, id: ruleIds.get(r.id)!, workspaceId })),
    alerts,
    kpis: doc.scope === 'kpis' ? doc.workspace.kpis : (doc.workspace.kpis ?? null),
    hash,
    // Restored over the demo, the data is the person's own, no longer the demo.
    demo: false,
  };
}

type Undo =
  | { kind: 'created'; workspaceId: string }
  | { kind: 'replaced'; workspaceId: string; before: WorkspaceContent };

/** The last snapshot read, waiting for its confirmation, and the undo of the last restore. */
export class SnapshotDesk {
  #pending: { token: number; doc: Snapshot; hash: string } | null = null;
  #undo: Undo | null = null;
  #next = 1;

  constructor(private readonly db: YardstickDb) {}

  /** Reads and checks a file; writes nothing. The preview's token confirms it. */
  async read(file: Blob, currentId: string | null): Promise<SnapshotPreview> {
    this.#pending = null;
    const { doc, applied, notes, hash } = await readSnapshotBlob(file);
    // Every frame is checked now, so the preview never offers what restore would refuse.
    const content = contentOf(doc, 'check', hash);
    const token = this.#next++;
    this.#pending = { token, doc, hash };
    const duplicate = await workspaceOfSnapshot(this.db, hash);
    const w = doc.workspace;
    return {
      token,
      scope: doc.scope,
      name: w.name,
      createdAt: doc.createdAt,
      app: doc.app,
      datasets: content.datasets.map((d) => ({ name: d.name, kind: d.kind, rows: d.rowsStored })),
      goals: w.goals.length,
      alertRules: w.alertRules.length,
      months: doc.scope === 'kpis' ? (w.kpis?.month.months.length ?? 0) : 0,
      migrations: applied,
      notes,
      duplicateOf: duplicate
        ? { id: duplicate.id, name: duplicate.name, current: duplicate.id === currentId }
        : null,
      kpis: doc.scope === 'kpis' ? doc : null,
    };
  }

  /** Restores the confirmed snapshot; the same snapshot already restored is not added again. */
  async restore(token: number, mode: RestoreMode, currentId: string | null): Promise<SnapshotRestored> {
    const pending = this.#pending;
    if (!pending || pending.token !== token)
      throw new Error('this snapshot is no longer open: choose it again');
    const duplicate = await workspaceOfSnapshot(this.db, pending.hash);
    if (duplicate && (mode === 'new' || duplicate.id === currentId))
      return { workspaceId: duplicate.id, duplicate: true, undoable: false };
    let undo: Undo;
    if (mode === 'replace' && currentId && (await this.db.workspaces.get(currentId))) {
      const before = await readContent(this.db, currentId);
      await writeContent(this.db, currentId, contentOf(pending.doc, currentId, pending.hash));
      undo = { kind: 'replaced', workspaceId: currentId, before };
    } else {
      // A new workspace is told apart from the ones there are, as one made by an import is.
      const taken = (await this.db.workspaces.toArray()).map((w) => w.name);
      const ws: WorkspaceRecord = {
        id: crypto.randomUUID(),
        name: unusedName(pending.doc.workspace.name, taken),
        createdAt: Date.now(),
        demo: false,
      };
      await writeContent(this.db, ws.id, contentOf(pending.doc, ws.id, pending.hash), ws);
      undo = { kind: 'created', workspaceId: ws.id };
    }
    this.#pending = null;
    this.#undo = undo;
    return { workspaceId: undo.workspaceId, duplicate: false, undoable: true };
  }

  /** Puts back what the last restore replaced, or removes the workspace it created. */
  async undo(): Promise<{ workspaceId: string | null }> {
    const undo = this.#undo;
    if (!undo) throw new Error('there is nothing to undo: another import came after the restore');
    this.#undo = null;
    if (undo.kind === 'created') {
      await deleteWorkspace(this.db, undo.workspaceId);
      return { workspaceId: null };
    }
    await writeContent(this.db, undo.workspaceId, undo.before);
    return { workspaceId: undo.workspaceId };
  }

  /** Another import ends the chance to undo a restore. */
  forgetUndo(): void {
    this.#undo = null;
  }
}
