import type { DatasetRecord, SettingsRecord, WorkspaceRecord, YardstickDb } from '../db/schema.ts';
import { deleteDataset, readyDatasets } from '../db/dataset-records.ts';
import { type StorageProblem } from '../db/errors.ts';
import { diagnoseOpenFailure, type OpenProblem } from '../db/diagnose.ts';
import {
  createWorkspace,
  deleteWorkspace,
  eraseAll,
  getSettings,
  listWorkspaces,
  putSettings,
  renameWorkspace,
} from '../db/workspaces.ts';

const CURRENT_KEY = 'yardstick.workspace';

/** The workspace shown last, or null (none yet, or storage this page may not read). */
function rememberedWorkspace(): string | null {
  try {
    return localStorage.getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}

/**
 * The workspaces of this device, the current one, its datasets and settings. `revision` grows
 * whenever stored data changes, so computed results know when to refresh.
 */
export class Workspaces {
  list = $state.raw<WorkspaceRecord[]>([]);
  currentId = $state<string | null>(null);
  datasets = $state.raw<DatasetRecord[]>([]);
  settings = $state.raw<SettingsRecord | null>(null);
  revision = $state(0);
  loaded = $state(false);
  /** Why stored data cannot be read or written (private mode, a full disk, a newer version). */
  problem = $state<StorageProblem | null>(null);
  /**
   * Why stored data could not be opened at start (interfaces.md §2 `storage-problem`): with
   * `unavailable` the session runs in memory; the others stop the app without touching the data.
   */
  opening = $state<OpenProblem | null>(null);
  /** The session keeps its data in this tab's memory only. */
  memory = $state(false);
  current = $derived(this.list.find((w) => w.id === this.currentId) ?? null);

  constructor(
    private readonly db: () => YardstickDb,
    private readonly defaultLocale: () => SettingsRecord['locale'],
    /** Switches the page (and its engine) to an in-memory database; absent: no fallback. */
    private readonly inMemory?: () => Promise<void>,
    /** Has the engine start reading a workspace's rows (the one shown last, as the page starts). */
    private readonly prefetch?: (workspaceId: string) => void,
  ) {}

  async load(): Promise<void> {
    // The engine reads the last workspace's rows while the page opens its own connection and
    // lists workspaces: on a reopen its KPIs no longer wait for both, one after the other.
    const last = rememberedWorkspace();
    if (last) this.prefetch?.(last);
    try {
      this.#watchVersions();
      this.list = await listWorkspaces(this.db());
      // The database opened: whatever blocked it has gone.
      if (this.problem === 'blocked') this.problem = null;
      const pick = this.list.find((w) => w.id === last) ?? this.list.find((w) => !w.demo) ?? this.list[0];
      await this.select(pick?.id ?? null);
    } catch (e) {
      await this.#openFailed(e);
    } finally {
      this.loaded = true;
    }
  }

  async #openFailed(e: unknown): Promise<void> {
    const why = await diagnoseOpenFailure(e, globalThis.indexedDB);
    // Said once the session runs in memory: a file chosen as the message appears goes to the
    // engine over that memory, not to the one the switch closes (which refused it).
    try {
      if (why === 'unavailable' && this.inMemory) {
        await this.inMemory();
        this.memory = true;
        this.list = await listWorkspaces(this.db());
        await this.select(null);
      }
    } catch {
      this.memory = false;
    } finally {
      this.opening = why;
    }
  }

  /**
   * Another tab opened a newer version of the database: close ours and ask for a reload. Another
   * tab holding an older version open (a frozen background tab) blocks our open or upgrade:
   * say so until it closes, when the open resumes by itself.
   */
  #watchVersions(): void {
    const db = this.db();
    db.on('versionchange', () => {
      db.close();
      this.problem = 'newer-version';
      return false;
    });
    db.on('blocked', () => {
      this.problem ??= 'blocked';
    });
  }

  /** The locale a new workspace starts with (the tie-breaker for ambiguous files). */
  localeForNew(): SettingsRecord['locale'] {
    return this.defaultLocale();
  }

  /** The locale workspace `id` reads files with (its settings'), or a new one's without an id. */
  async localeOf(id: string | null): Promise<SettingsRecord['locale']> {
    if (!id) return this.localeForNew();
    if (id === this.currentId && this.settings) return this.settings.locale;
    return (await getSettings(this.db(), id)).locale;
  }

  async select(id: string | null): Promise<void> {
    this.currentId = id;
    if (id) localStorage.setItem(CURRENT_KEY, id);
    await this.refresh();
  }

  /** Re-reads the current workspace's datasets and settings after anything stored changed. */
  async refresh(): Promise<void> {
    const id = this.currentId;
    this.datasets = id ? await readyDatasets(this.db(), id) : [];
    this.settings = id ? await getSettings(this.db(), id) : null;
    this.revision++;
  }

  async create(name: string, demo = false): Promise<WorkspaceRecord> {
    const ws = await createWorkspace(this.db(), name, this.defaultLocale(), demo);
    this.list = await listWorkspaces(this.db());
    await this.select(ws.id);
    return ws;
  }

  /** Re-reads the list after workspaces were added or removed elsewhere (a restore), then shows `id`. */
  async show(id: string | null): Promise<void> {
    this.list = await listWorkspaces(this.db());
    const shown = this.list.some((w) => w.id === id)
      ? id
      : (this.list.find((w) => !w.demo)?.id ?? this.list[0]?.id ?? null);
    await this.select(shown);
  }

  async rename(id: string, name: string): Promise<void> {
    await renameWorkspace(this.db(), id, name);
    this.list = await listWorkspaces(this.db());
  }

  async remove(id: string): Promise<void> {
    await deleteWorkspace(this.db(), id);
    this.list = await listWorkspaces(this.db());
    if (this.currentId === id)
      await this.select(this.list.find((w) => !w.demo)?.id ?? this.list[0]?.id ?? null);
    else this.revision++;
  }

  async removeDataset(id: string): Promise<void> {
    await deleteDataset(this.db(), id);
    await this.refresh();
  }

  async renameDataset(id: string, name: string): Promise<void> {
    await this.db().datasets.update(id, { name });
    await this.refresh();
  }

  async saveSettings(patch: Partial<Omit<SettingsRecord, 'workspaceId'>>): Promise<void> {
    if (!this.settings) return;
    const next = { ...$state.snapshot(this.settings), ...patch } as SettingsRecord;
    await putSettings(this.db(), next);
    this.settings = next;
    this.revision++;
  }

  async eraseEverything(): Promise<void> {
    await eraseAll(this.db());
    localStorage.removeItem(CURRENT_KEY);
    this.list = [];
    await this.select(null);
  }
}
