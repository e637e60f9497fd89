// Snapshots on the page: exports built by the worker and saved as files, snapshot files opened
// (checked in the worker, previewed, restored or shown in the viewer), share links, and undo.
import { saveFile } from './save-file.ts';
import { encodeLink } from '../core/snapshot/link.ts';
import type { Snapshot } from '../core/snapshot/migrations.ts';
import type { SnapshotProblem } from '../core/snapshot/problems.ts';
import { lastBackupOf, rememberBackup } from '../db/snapshots.ts';
import type { YardstickDb } from '../db/schema.ts';
import type { RestoreMode, SnapshotFile, SnapshotPreview, SnapshotProgress } from '../worker/protocol.ts';
import { workspaces } from './app.svelte.ts';
import { EngineError, type EngineClient } from './engine-client.ts';
import { db, engine } from './engine.ts';
import type { Workspaces } from './workspaces.svelte.ts';

export type KpisSnapshot = Extract<Snapshot, { scope: 'kpis' }>;

/** A refusal worded by the page: a snapshot problem, or an engine or storage message. */
export type Failure = { problem: SnapshotProblem } | { message: string };

export function failureOf(e: unknown): Failure {
  if (e instanceof EngineError && e.problem) return { problem: e.problem };
  if (e && typeof e === 'object' && 'problem' in e)
    return { problem: (e as { problem: SnapshotProblem }).problem };
  return { message: e instanceof Error ? e.message : String(e) };
}

export interface ExportState {
  scope: 'full' | 'kpis';
  status: 'building' | 'ready' | 'saved' | 'cancelled' | 'failed';
  progress: SnapshotProgress | null;
  file: SnapshotFile | null;
  failure: Failure | null;
}

export interface OpenState {
  fileName: string;
  status: 'reading' | 'preview' | 'restoring' | 'done' | 'failed';
  preview: SnapshotPreview | null;
  failure: Failure | null;
  /** After a restore: the workspace on screen and whether it was already there. */
  restored: { name: string; duplicate: boolean } | null;
}

/** What the viewer shows: a kpis snapshot from a link or a file, never stored until saved. */
export interface Viewing {
  doc: KpisSnapshot;
  source: { kind: 'link' } | { kind: 'file'; name: string };
  /** The JSON text, kept to save it as a workspace. */
  text: string;
}

export interface LinkState {
  status: 'making' | 'ready' | 'failed';
  url: string;
  /** The kpis file the link was made from, offered instead of a link too long for chat tools. */
  file: SnapshotFile | null;
  failure: Failure | null;
  protectedBy: boolean;
}

/** Saves a blob as a download. */
export function saveBlob(blob: Blob, name: string): void {
  saveFile(name, blob);
}

export class SnapshotSession {
  exporting = $state.raw<ExportState | null>(null);
  opening = $state.raw<OpenState | null>(null);
  mode = $state<RestoreMode>('new');
  undoable = $state(false);
  undone = $state(false);
  viewing = $state.raw<Viewing | null>(null);
  lastBackup = $state<number | null>(null);
  link = $state.raw<LinkState | null>(null);
  /** The share-link dialog, opened from Settings, the workspace menu or the Share KPIs dialog. */
  shareOpen = $state(false);
  #exportId: number | null = null;

  constructor(
    private readonly engine: () => EngineClient,
    private readonly db: () => YardstickDb,
    private readonly workspaces: Workspaces,
  ) {}

  async loadLastBackup(): Promise<void> {
    const id = this.workspaces.currentId;
    this.lastBackup = id ? await lastBackupOf(this.db(), id) : null;
  }

  /** Builds a snapshot of the current workspace; the dialog shows its size before it is saved. */
  async startExport(scope: 'full' | 'kpis'): Promise<void> {
    const workspaceId = this.workspaces.currentId;
    const state: ExportState = { scope, status: 'building', progress: null, file: null, failure: null };
    this.exporting = state;
    if (!workspaceId) {
      this.exporting = { ...state, status: 'failed', failure: { message: '' } };
      return;
    }
    try {
      const reply = await this.engine().request(
        'snapshot-export',
        { workspaceId, scope },
        {
          started: (id) => (this.#exportId = id),
          onSnapshotProgress: (progress) => {
            if (this.exporting?.status === 'building') this.exporting = { ...this.exporting, progress };
          },
        },
      );
      if (this.exporting?.scope !== scope) return;
      this.exporting =
        reply.type === 'cancelled'
          ? { ...this.exporting, status: 'cancelled' }
          : { ...this.exporting, status: 'ready', file: reply.answer };
    } catch (e) {
      if (this.exporting?.scope === scope)
        this.exporting = { ...this.exporting, status: 'failed', failure: failureOf(e) };
    } finally {
      this.#exportId = null;
    }
  }

  cancelExport(): void {
    if (this.#exportId !== null) this.engine().cancel(this.#exportId);
    else this.exporting = null;
  }

  /** Downloads the built file; a full one is remembered as this workspace's last backup. */
  async saveExport(): Promise<void> {
    const state = this.exporting;
    if (!state?.file) return;
    saveBlob(state.file.blob, state.file.fileName);
    this.exporting = { ...state, status: 'saved' };
    const id = this.workspaces.currentId;
    if (state.scope === 'full' && id) {
      const now = Date.now();
      await rememberBackup(this.db(), id, now);
      this.lastBackup = now;
    }
  }

  closeExport(): void {
    if (this.exporting?.status === 'building') this.cancelExport();
    this.exporting = null;
  }

  /**
   * Reads a chosen or dropped snapshot in the worker. A kpis snapshot opens the viewer (returns
   * true: the caller goes there); a full one waits in the preview for `restore`.
   */
  async open(file: File): Promise<boolean> {
    const base: OpenState = {
      fileName: file.name,
      status: 'reading',
      preview: null,
      failure: null,
      restored: null,
    };
    this.opening = base;
    this.undone = false;
    try {
      const reply = await this.engine().request('snapshot-read', {
        file,
        currentId: this.workspaces.currentId,
      });
      const preview = reply.answer;
      if (preview.kpis) {
        this.viewing = {
          doc: preview.kpis,
          source: { kind: 'file', name: file.name },
          text: JSON.stringify(preview.kpis),
        };
        this.opening = null;
        return true;
      }
      this.mode = 'new';
      this.opening = { ...base, status: 'preview', preview };
    } catch (e) {
      this.opening = { ...base, status: 'failed', failure: failureOf(e) };
    }
    return false;
  }

  /** Restores the previewed snapshot as `mode` says; the restored workspace is then on screen. */
  async restore(): Promise<void> {
    const state = this.opening;
    if (!state?.preview || state.status !== 'preview') return;
    this.opening = { ...state, status: 'restoring' };
    try {
      const reply = await this.engine().request('snapshot-restore', {
        token: state.preview.token,
        mode: this.mode,
        currentId: this.workspaces.currentId,
      });
      const { workspaceId, duplicate, undoable } = reply.answer;
      await this.workspaces.show(workspaceId);
      this.undoable = undoable;
      this.opening = {
        ...state,
        status: 'done',
        restored: { name: this.workspaces.current?.name ?? state.preview.name, duplicate },
      };
    } catch (e) {
      this.opening = { ...state, status: 'failed', failure: failureOf(e) };
    }
  }

  async undo(): Promise<void> {
    try {
      const reply = await this.engine().request('snapshot-undo', {});
      this.undoable = false;
      this.undone = true;
      this.opening = null;
      await this.workspaces.show(reply.answer.workspaceId ?? this.workspaces.currentId);
    } catch (e) {
      this.undoable = false;
      if (this.opening) this.opening = { ...this.opening, status: 'failed', failure: failureOf(e) };
    }
  }

  /**
   * A share link of the current workspace's KPIs (`#/view?s=…` on this page's address), made from
   * the same kpis snapshot the file would hold; with a passphrase when one is given.
   */
  async makeLink(passphrase: string): Promise<void> {
    const workspaceId = this.workspaces.currentId;
    const base: LinkState = {
      status: 'making',
      url: '',
      file: null,
      failure: null,
      protectedBy: !!passphrase,
    };
    this.link = base;
    if (!workspaceId) {
      this.link = { ...base, status: 'failed', failure: { message: '' } };
      return;
    }
    try {
      const reply = await this.engine().request('snapshot-export', { workspaceId, scope: 'kpis' });
      if (reply.type !== 'snapshot-file') return;
      const file = reply.answer;
      const text = file.gzipped
        ? await new Response(file.blob.stream().pipeThrough(new DecompressionStream('gzip'))).text()
        : await file.blob.text();
      const s = await encodeLink(text, passphrase);
      const url = `${location.origin}${location.pathname}#/view?s=${s}`;
      this.link = { ...base, status: 'ready', url, file };
    } catch (e) {
      this.link = { ...base, status: 'failed', failure: failureOf(e) };
    }
  }

  /** Opens the share-link dialog with a link without a passphrase being made. */
  openShare(): void {
    this.shareOpen = true;
    void this.makeLink('');
  }

  /** Saves what the viewer shows as a workspace of KPI values, and shows it. */
  async saveViewing(): Promise<string> {
    const viewing = this.viewing;
    if (!viewing) throw new Error('nothing to save');
    const read = await this.engine().request('snapshot-read', {
      file: new Blob([viewing.text], { type: 'application/json' }),
      currentId: null,
    });
    const reply = await this.engine().request('snapshot-restore', {
      token: read.answer.token,
      mode: 'new',
      currentId: null,
    });
    await this.workspaces.show(reply.answer.workspaceId);
    this.undoable = reply.answer.undoable;
    return this.workspaces.current?.name ?? viewing.doc.workspace.name;
  }
}

export const snapshots = new SnapshotSession(engine, db, workspaces);
