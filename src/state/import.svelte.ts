// The import flow of the page: files chosen → analysed in the worker (preview) → confirmed →
// streamed into the target workspace one after another, with progress, cancel and a report.
import type { CurrencyAnswer } from '../core/currency.ts';
import type { ImportChoices, IngestOptions } from '../core/datasets/ingest.ts';
import type { DatasetKind } from '../core/datasets/kinds.ts';
import type { FileProblem, UnreadableRest } from '../core/datasets/reasons.ts';
import { isSpreadsheetName } from '../core/datasets/spreadsheet-name.ts';
import { fileProblemEn } from '../i18n/reasons-english.ts';
import type { DatasetRecord } from '../db/schema.ts';
import { untrack } from 'svelte';
import { afterPaint } from './after-paint.ts';
import type { AnalysisAnswer, CurrencyQuestion, ImportedAnswer, ImportProgress } from '../worker/protocol.ts';
import { workspaces } from './app.svelte.ts';
import { EngineError, type EngineClient } from './engine-client.ts';
import { engine } from './engine.ts';
import { locale } from './locale.svelte.ts';
import { problemOf, type Problem } from './problem.ts';
import type { Workspaces } from './workspaces.svelte.ts';
import { unusedName } from '../core/unused-name.ts';
import type { DayMonth } from '../core/locale/dates.ts';
import type { Decimal } from '../core/locale/numbers.ts';
import { lazyChunk } from './lazy-chunk.ts';
import { mayBeSnapshot, openSnapshotFile, pickSnapshots } from './snapshot-files.ts';
import { ReadAhead, readAheadFits } from './read-ahead.ts';

export type ItemStatus = 'analysing' | 'ready' | 'failed' | 'queued' | 'importing' | 'done' | 'cancelled';

export type { Problem } from './problem.ts';

export type Overrides = ImportChoices;

let nextKey = 1;

/** The demo generator, fetched when asked for; a missing chunk is reported (load-problem). */
const loadDemoGenerator = lazyChunk('demo', () => import('../core/demo/index.ts'));

/** One chosen file: its preview, the user's changes, and how its import went. */
export class ImportItem {
  readonly key = nextKey++;
  status = $state<ItemStatus>('analysing');
  answer = $state.raw<AnalysisAnswer | null>(null);
  overrides = $state<Overrides>({});
  problem = $state.raw<Problem | null>(null);
  progress = $state.raw<ImportProgress | null>(null);
  result = $state.raw<ImportedAnswer | null>(null);
  /** Replace this dataset (a duplicate, or a re-map) instead of adding one; null adds. */
  replaceId = $state<string | null>(null);
  /** A duplicate the user chose not to import. */
  skip = $state(false);
  /** The last unreadable end found in this file (by the preview or by a refused import). */
  rest = $state.raw<UnreadableRest | null>(null);
  /** Its preview is on screen, every step of it drawn (FilePreview): now it may be read ahead. */
  previewDrawn = $state(false);
  /**
   * The locale its preview read it with: that of the workspace it goes to, which need not be the
   * current one. The import reads with it too, so it stores what the preview showed.
   */
  readWith = $state.raw<IngestOptions['locale'] | null>(null);
  #ticket = 0;

  constructor(
    readonly file: File,
    readonly remapOf: DatasetRecord | null = null,
  ) {
    if (remapOf) {
      this.replaceId = remapOf.id;
      this.overrides = {
        kind: remapOf.kind,
        mapping: { ...remapOf.mapping },
        ...(remapOf.chosen?.decimal && { decimal: { ...remapOf.chosen.decimal } }),
        ...(remapOf.chosen?.dateOrder && { dateOrder: { ...remapOf.chosen.dateOrder } }),
      };
    }
  }

  get name(): string {
    return this.file.name;
  }

  nextTicket(): number {
    return ++this.#ticket;
  }

  isLatest(ticket: number): boolean {
    return ticket === this.#ticket;
  }

  /** What can be imported: an analysis with a kind and every required column mapped. */
  get importable(): boolean {
    const a = this.answer?.analysis;
    // A header without rows would store an empty dataset.
    if (!a || this.status !== 'ready' || this.skip || !a.kind || a.dataRows === 0) return false;
    // An unreadable end blocks the file until the person chooses to keep the rows before it.
    if (a.unreadable && this.overrides.keepBeforeLine !== a.unreadable.line) return false;
    return a.required.every((f) => a.mapping[f]);
  }
}

/** A workspace an import batch created, with the target and the workspace shown before it. */
interface Made {
  id: string;
  target: string | null;
  currentId: string | null;
}

export class ImportSession {
  items = $state<ImportItem[]>([]);
  running = $state(false);
  /** Files were chosen or dropped while an import ran: they cannot join it, and the page says so. */
  refusedWhileRunning = $state(false);
  /** The workspace imports go to; 'new' creates one; null means "decide on first use". */
  target = $state<string | null>(null);
  /** navigator.storage.persist() was refused after an import. */
  persistRefused = $state(false);
  demo = $state<'idle' | 'loading' | 'failed'>('idle');
  demoProblem = $state.raw<Problem | null>(null);
  /** The generated demo files (name, kind, size), listed while they are imported. */
  demoFiles = $state.raw<{ name: string; kind: string; size: number }[]>([]);
  /** The running import waits for conversion rates (datasets.md §4); its data is staged, unseen. */
  currencyQuestion = $state.raw<CurrencyQuestion | null>(null);
  #importId: number | null = null;
  #cancelRequested = false;
  /** Settles when the running import or demo has written its last (reset waits for it). */
  #idle: Promise<unknown> = Promise.resolve();
  #persistAsked = false;

  readonly #readAhead = new ReadAhead(() => this.engine());

  constructor(
    private readonly engine: () => EngineClient,
    private readonly workspaces: Workspaces,
    private readonly newWorkspaceName: () => string,
    /** Read the first file ahead while its preview is shown (read-ahead.ts). */
    private readonly readAhead = readAheadFits(),
  ) {
    // The session lives as long as the page: so does this effect.
    $effect.root(() => {
      $effect(() => this.#readFirstAhead());
      // Files previewed for one workspace are checked again when imports would go to another
      // (the "Import into" choice, another workspace chosen in the header, the list loaded): that
      // workspace's duplicates and locale decide what a confirm stores.
      let lastTarget = untrack(() => this.targetId);
      $effect(() => {
        const target = this.targetId;
        if (target === lastTarget) return;
        lastTarget = target;
        if (!untrack(() => this.running)) untrack(() => this.#checkAgainForTarget());
      });
    });
  }

  /**
   * Keeps the file a confirm would import first read ahead (read-ahead.ts), with the options it
   * would import with: a change of file or choice drops the read and starts another. It starts
   * once the file's preview is drawn and painted: started with the answer, its three busy
   * workers stretched the preview's drawing steps past 50 ms on two cores. A machine with few
   * cores, or an engine in the page, reads nothing ahead: the read would take the thread the
   * person is using. While an import runs nothing changes: the confirm takes the held read over.
   */
  #readFirstAhead(): (() => void) | undefined {
    if (this.running) return;
    const first = this.pending[0];
    if (!first?.previewDrawn || !this.readAhead || this.engine().inPage) {
      void this.#readAhead.drop();
      return;
    }
    const options = this.#importOptions(first);
    return afterPaint(() => this.#readAhead.keep(first.file, options));
  }

  /** Previews of new files (a re-map stays in its dataset's workspace) made for another target. */
  #checkAgainForTarget(): void {
    for (const item of this.items) {
      if (item.remapOf || item.problem?.code === 'spreadsheet') continue;
      if (item.status === 'ready' || item.status === 'failed') void this.analyse(item);
    }
  }

  /** The workspace id the preview checks duplicates against, and imports go to. */
  get targetId(): string | null {
    if (this.target === 'new') return null;
    if (this.target && this.workspaces.list.some((w) => w.id === this.target)) return this.target;
    const current = this.workspaces.current;
    if (current && !current.demo) return current.id;
    return this.workspaces.list.find((w) => !w.demo)?.id ?? null;
  }

  #locale(): IngestOptions['locale'] {
    const id = this.targetId;
    if (id && id === this.workspaces.currentId && this.workspaces.settings)
      return this.workspaces.settings.locale;
    return this.workspaces.localeForNew();
  }

  #options(item: ImportItem): IngestOptions {
    const locale = item.readWith ?? this.#locale();
    return { locale, ...($state.snapshot(item.overrides) as Overrides) };
  }

  /** The previewed kind and mapping are pinned, so the import stores what the preview showed. */
  #importOptions(item: ImportItem): IngestOptions {
    const a = item.answer!.analysis;
    return { ...this.#options(item), kind: a.kind ?? undefined, mapping: { ...a.mapping } };
  }

  get pending(): ImportItem[] {
    return this.items.filter((i) => i.importable);
  }

  /** A file is being analysed or imported, or the demo is loading: the worker is at work. */
  get busy(): boolean {
    return this.running || this.demo === 'loading' || this.items.some((i) => i.status === 'analysing');
  }

  /**
   * Starts the engine's worker before a file is chosen: created in the task that answers the
   * choice, the worker added its start-up (5–10 ms, more on a busy machine) to that task.
   */
  prepare(): void {
    this.engine();
  }

  add(files: readonly File[], remapOf: DatasetRecord | null = null): void {
    // Snapshot files share the drop zone: they are recognised by content and opened as snapshots.
    const unsure = remapOf || this.running ? [] : files.filter(mayBeSnapshot);
    if (unsure.length === 0) return this.#add(files, remapOf);
    void pickSnapshots(unsure).then((found) => {
      for (const file of found) void openSnapshotFile(file);
      const tables = files.filter((f) => !found.includes(f));
      if (tables.length) this.#add(tables, remapOf);
    });
  }

  #add(files: readonly File[], remapOf: DatasetRecord | null): void {
    if (this.running) {
      this.refusedWhileRunning = true;
      return;
    }
    // A new choice starts a new batch; finished reports of the last batch are dropped.
    this.items = this.items.filter((i) => i.status !== 'done' && i.status !== 'cancelled');
    const added = files.map((file) => new ImportItem(file, remapOf));
    this.items.push(...added);
    // A workbook is refused by its name alone: none of it is read, and the message shows at once.
    for (const item of added) {
      if (!isSpreadsheetName(item.name)) continue;
      const detail: FileProblem = { code: 'spreadsheet' };
      item.problem = { code: 'spreadsheet', message: `${item.name}: ${fileProblemEn(detail)}`, detail };
      item.status = 'failed';
    }
    // The worker starts reading after the chosen files are drawn: started in the same task, its
    // burst of work took a core while the page drew them, and on two cores the page's tasks
    // stretched past 50 ms. A file removed meanwhile is not read.
    afterPaint(() => {
      for (const item of added)
        if (this.items.includes(item) && item.status === 'analysing') void this.analyse(item);
    });
  }

  remove(item: ImportItem): void {
    this.items = this.items.filter((i) => i !== item);
  }

  clearFinished(): void {
    this.items = this.items.filter((i) => i.status !== 'done' && i.status !== 'cancelled');
  }

  async analyse(item: ImportItem): Promise<void> {
    const ticket = item.nextTicket();
    item.status = 'analysing';
    try {
      // A re-map stays in its dataset's workspace, whatever the target of new files.
      const workspaceId = item.remapOf?.workspaceId ?? this.targetId;
      const readWith = await this.workspaces.localeOf(workspaceId);
      if (!item.isLatest(ticket)) return;
      item.readWith = readWith;
      const msg = await this.#analysis({
        workspaceId: workspaceId ?? '',
        file: item.file,
        options: this.#options(item),
      });
      if (!item.isLatest(ticket)) return;
      item.answer = msg.answer;
      item.problem = null;
      item.status = 'ready';
      if (msg.answer.analysis.unreadable) item.rest = msg.answer.analysis.unreadable;
      if (msg.answer.duplicateOf && !item.remapOf) item.replaceId = msg.answer.duplicateOf.id;
      else if (!item.remapOf) item.replaceId = null;
      // "Don't import" answered a duplicate; in another workspace there may be none to answer.
      if (!msg.answer.duplicateOf) item.skip = false;
    } catch (e) {
      if (!item.isLatest(ticket)) return;
      item.problem = problemOf(e);
      item.status = 'failed';
    }
  }

  /**
   * A preview's answer. Asked of an engine the page replaced meanwhile (the browser gave no storage,
   * and the move to memory closed the worker engine, refusing what it was asked), it is asked again
   * of the engine now in place: a file chosen in the moment of that move gets its preview.
   */
  async #analysis(body: { workspaceId: string; file: File; options: IngestOptions }) {
    const asked = this.engine();
    try {
      return await asked.request('analyse', body);
    } catch (e) {
      if (e instanceof EngineError && e.code === 'crash' && this.engine() !== asked)
        return this.engine().request('analyse', body);
      throw e;
    }
  }

  setKind(item: ImportItem, kind: DatasetKind): void {
    item.overrides = { ...item.overrides, kind, mapping: undefined };
    void this.analyse(item);
  }

  setMapping(item: ImportItem, field: string, header: string | null): void {
    const a = item.answer?.analysis;
    const mapping = { ...(a?.mapping ?? {}), ...(item.overrides.mapping ?? {}), [field]: header };
    item.overrides = { ...item.overrides, kind: item.overrides.kind ?? a?.kind ?? undefined, mapping };
    void this.analyse(item);
  }

  setDecimal(item: ImportItem, header: string, decimal: Decimal): void {
    item.overrides = { ...item.overrides, decimal: { ...item.overrides.decimal, [header]: decimal } };
    void this.analyse(item);
  }

  setCents(item: ImportItem, on: boolean): void {
    item.overrides = { ...item.overrides, cents: on };
    void this.analyse(item);
  }

  setDateOrder(item: ImportItem, header: string, order: DayMonth): void {
    item.overrides = { ...item.overrides, dateOrder: { ...item.overrides.dateOrder, [header]: order } };
    void this.analyse(item);
  }

  /**
   * Stops everything this session writes and forgets its files, for "Erase all data": a running
   * import is cancelled (the worker deletes what it staged), a read ahead dropped, the demo let
   * finish. Resolves once none of their writes can land: erased before that, a running import's
   * later chunks would stay behind, stored under no dataset.
   */
  async reset(): Promise<void> {
    const ahead = this.#readAhead.drop();
    if (this.running) this.cancel();
    await Promise.all([this.#idle, ahead]);
    this.items = [];
  }

  /** Imports every previewed file, one after another; stops at a cancel. */
  confirm(): Promise<void> {
    if (this.running || this.pending.length === 0) return Promise.resolve();
    const run = this.#confirm();
    this.#idle = run.catch(() => undefined);
    return run;
  }

  async #confirm(): Promise<void> {
    const batch = this.pending;
    this.running = true;
    this.#cancelRequested = false;
    for (const item of batch) item.status = 'queued';
    let made: Made | null = null;
    try {
      const target = await this.#ensureTarget();
      made = target.made;
      const ws = target.id;
      for (const item of batch) {
        if (this.#cancelRequested) {
          item.status = 'cancelled';
          continue;
        }
        await this.#importOne(item, ws);
      }
    } catch (e) {
      for (const item of batch) {
        if (item.status === 'queued') {
          item.status = 'failed';
          item.problem = problemOf(e);
        }
      }
    } finally {
      await this.workspaces.refresh();
      // Still running: the previews were made for the target it goes back to, and a failed file
      // keeps its message rather than being checked again for a workspace that is gone.
      if (made && !batch.some((i) => i.status === 'done')) await this.#dropUnused(made);
      this.running = false;
      this.refusedWhileRunning = false;
      this.#importId = null;
      this.currencyQuestion = null;
    }
    if (batch.some((i) => i.status === 'done')) await this.#askPersistence();
  }

  /** The workspace the batch goes to; `made` when this batch created it (and what was shown before). */
  async #ensureTarget(): Promise<{ id: string; made: Made | null }> {
    const id = this.targetId;
    if (id) {
      if (this.workspaces.currentId !== id) await this.workspaces.select(id);
      return { id, made: null };
    }
    const before = { target: this.target, currentId: this.workspaces.currentId };
    const taken = this.workspaces.list.map((w) => w.name);
    const ws = await this.workspaces.create(unusedName(this.newWorkspaceName(), taken));
    this.target = ws.id;
    return { id: ws.id, made: { id: ws.id, ...before } };
  }

  /**
   * A failed or cancelled import stores nothing (datasets.md §6), and that includes the workspace
   * made for it: an empty one is removed and the one shown before comes back.
   */
  async #dropUnused(made: Made): Promise<void> {
    if (this.workspaces.currentId !== made.id || this.workspaces.datasets.length > 0) return;
    await this.workspaces.remove(made.id);
    if (made.currentId && this.workspaces.list.some((w) => w.id === made.currentId))
      await this.workspaces.select(made.currentId);
    this.target = made.target;
  }

  async #importOne(item: ImportItem, workspaceId: string): Promise<void> {
    item.status = 'importing';
    item.progress = { rows: 0, bytes: 0, totalBytes: item.file.size, rowsPerSecond: 0 };
    try {
      const options = this.#importOptions(item);
      const to = {
        // A re-map stays in its dataset's workspace.
        workspaceId: item.remapOf?.workspaceId ?? workspaceId,
        replaceId: item.replaceId ?? undefined,
      };
      const listeners = {
        onProgress: (p: ImportProgress) => (item.progress = p),
        onCurrencies: (q: CurrencyQuestion) => (this.currencyQuestion = q),
      };
      const held = this.#readAhead.take(item.file, options, to, listeners);
      if (held) {
        this.#importId = held.id;
        if (held.progress) item.progress = held.progress;
      }
      const msg = await (held?.reply ??
        this.engine().request(
          'import',
          { ...to, file: item.file, options },
          { ...listeners, started: (id) => (this.#importId = id) },
        ));
      if (msg.type === 'imported') {
        item.result = msg.answer;
        item.status = 'done';
      } else if (msg.type === 'cancelled') {
        item.status = 'cancelled';
        this.#cancelRequested = true;
      }
    } catch (e) {
      item.problem = problemOf(e);
      if (item.problem.detail?.code === 'rest-unreadable') item.rest = item.problem.detail;
      item.status = 'failed';
    }
  }

  /** Keeps (or no longer keeps) the rows before the line where the file stops being readable. */
  keepBefore(item: ImportItem, keep: boolean): void {
    const line = keep ? item.rest?.line : undefined;
    item.overrides = { ...item.overrides, keepBeforeLine: line };
    // A refused import is previewed again, so the file can be confirmed with the choice.
    if (item.status === 'failed') void this.analyse(item);
  }

  cancel(): void {
    this.#cancelRequested = true;
    this.currencyQuestion = null;
    if (this.#importId !== null) this.engine().cancel(this.#importId);
  }

  /** Stores the workspace currency and rates with the waiting import, which then commits. */
  answerCurrencies(answer: CurrencyAnswer): void {
    if (!this.currencyQuestion || this.#importId === null) return;
    this.currencyQuestion = null;
    this.engine().answerRates(this.#importId, answer);
  }

  async #askPersistence(): Promise<void> {
    if (this.#persistAsked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
    this.#persistAsked = true;
    try {
      if (await navigator.storage.persisted()) return;
      this.persistRefused = !(await navigator.storage.persist());
    } catch {
      this.persistRefused = true;
    }
  }

  /**
   * The demo goes through the same pipeline as a user's files: generated text → File → analyse →
   * import, into a workspace of its own named Demo (an older Demo workspace is replaced).
   */
  loadDemo(name: string): Promise<boolean> {
    if (this.running || this.demo === 'loading') return Promise.resolve(false);
    const run = this.#loadDemo(name);
    this.#idle = run.catch(() => undefined);
    return run;
  }

  async #loadDemo(name: string): Promise<boolean> {
    this.demo = 'loading';
    this.demoProblem = null;
    this.running = true;
    let created: string | null = null;
    try {
      const { generateDemoFiles } = await loadDemoGenerator();
      const generated = generateDemoFiles();
      const files = generated.map((f) => new File([f.text], f.name, { type: 'text/csv' }));
      this.demoFiles = generated.map((f, i) => ({ name: f.name, kind: f.kind, size: files[i].size }));
      for (const old of this.workspaces.list.filter((w) => w.demo)) await this.workspaces.remove(old.id);
      const ws = await this.workspaces.create(name, true);
      created = ws.id;
      const locale = 'en-US' as const;
      for (const file of files) {
        const analysed = await this.engine().request('analyse', {
          workspaceId: ws.id,
          file,
          options: { locale },
        });
        const a = analysed.answer.analysis;
        const options: IngestOptions = { locale, kind: a.kind ?? undefined, mapping: a.mapping };
        await this.engine().request('import', { workspaceId: ws.id, file, options });
      }
      await this.workspaces.select(ws.id);
      await this.workspaces.saveSettings({ activation_event: 'activated' });
      this.demo = 'idle';
      return true;
    } catch (e) {
      this.demoProblem = problemOf(e);
      this.demo = 'failed';
      // Never leave half a demo behind.
      if (created) await this.workspaces.remove(created).catch(() => undefined);
      return false;
    } finally {
      this.running = false;
    }
  }
}

/** The page's one import session: it outlives the Import view, so an import survives navigation. */
export const imports = new ImportSession(engine, workspaces, () => locale.messages.defaultWorkspaceName);
