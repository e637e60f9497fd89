// The engine behind the worker: every request's handling, given a database and a way to answer.
// The worker entry only wires it to postMessage; unit tests drive it with fake-indexeddb.
import type { CurrencyAnswer } from '../core/currency.ts';
import { IngestError } from '../core/datasets/ingest.ts';
import type { WorkspaceMetrics } from '../core/metrics/compute.ts';
import type { WorkspaceData } from '../core/workspace-data.ts';
import { loadWorkspaceData, readyDatasets } from '../db/datasets.ts';
import { classifyStorageError, storageErrorCode } from '../db/errors.ts';
import type { DatasetRecord, SettingsRecord, YardstickDb } from '../db/schema.ts';
import { removeAbandonedStaging } from '../db/staging-locks.ts';
import { getSettings } from '../db/workspaces.ts';
import { computeGrains, prepareData } from './compute.ts';
import { currencyStop, type AskRates } from './currency-stop.ts';
import { judgeGoals } from './goals.ts';
import { analyseFile, ImportCancelled, importFile } from './import-file.ts';
import { evaluateAlerts } from './alerts.ts';
import { workspaceRange } from '../core/metrics/range.ts';
import type { ComputedPart, EngineRequest, EngineResponse, ImportDestination } from './protocol.ts';
import { sameAnswer } from './same-answer.ts';
import { saveAnswer, savedAnswerOf, type SavedAnswer } from '../db/saved-answers.ts';
import { onStoredChange } from '../db/changes.ts';
import type { KpiTables } from '../core/snapshot/document.ts';
import { SnapshotError } from '../core/snapshot/problems.ts';
import { kpiValuesOf } from '../db/snapshots.ts';
import { exportFull, exportKpis } from './snapshot-export.ts';
import { SnapshotDesk } from './snapshot-restore.ts';
import { storedAnswer } from './snapshot-values.ts';

export interface EngineDeps {
  db: YardstickDb;
  post: (msg: EngineResponse) => void;
  /**
   * The version of the code that computes: the dashboard's answers are saved under it
   * (db/saved-answers.ts), so that a new version never shows numbers an old one worked out.
   * Null or absent: nothing is saved.
   */
  build?: string | null;
}

export interface Engine {
  /** Handles one request; every outcome, failures included, is answered through `post`. */
  handle(req: EngineRequest): Promise<void>;
  /** Every KPI of every month of the whole workspace (no segment), with its settings. */
  wholeMonths(workspaceId: string): Promise<{ metrics: WorkspaceMetrics; settings: SettingsRecord }>;
}

type Basis = [KpiTables | null, SettingsRecord, DatasetRecord[], SavedAnswer<ComputedPart> | null];

export function createEngine({ db, post, build = null }: EngineDeps): Engine {
  const cancelled = new Set<number>();
  /** Imports stopped for conversion rates, by request id: the page's answer (null: cancel) resumes them. */
  const waiting = new Map<number, (answer: CurrencyAnswer | null) => void>();
  // Warm data: the frames of the last workspace read, keyed by its ready datasets. The read is kept
  // as a promise so requests arriving while it runs share it instead of reading everything again.
  let warm: { key: string; data: Promise<WorkspaceData>; settled: boolean } | null = null;
  type Months = { key: string; metrics: WorkspaceMetrics };
  /** The months of the page's last compute (its segment), by data, settings and segment. */
  let pageMonthsLast: Months | null = null;
  /** The months the goals and alerts computed last (the whole workspace), outside the page's turns. */
  let wholeMonthsLast: Months | null = null;
  /**
   * What every compute reads first (stored KPI values, settings, ready datasets, saved answer),
   * kept for the page's next request while its revision holds and none of them was written to:
   * reading them again cost a segment change up to 16 ms on a busy 2-core machine.
   */
  let basis: { key: string; reads: Promise<Basis> } | null = null;
  onStoredChange(db, ['meta', 'settings', 'datasets'], () => (basis = null));
  /** The compute requests, one after another. */
  let computeTurn: Promise<unknown> = Promise.resolve();

  // Imports still staging in another tab hold a lock on their dataset id: their chunks stay.
  const ready = removeAbandonedStaging(db).catch(() => 0);
  const snapshots = new SnapshotDesk(db);

  /** Held imports waiting for the person's confirmation: settled by `release` or `cancel`. */
  const holds = new Map<number, (to: ImportDestination | null) => void>();

  function destinationOf(importId: number): () => Promise<ImportDestination | null> {
    const to = new Promise<ImportDestination | null>((resolve) => holds.set(importId, resolve));
    return () => to;
  }

  function askRates(importId: number): AskRates {
    return (question) =>
      new Promise((resolve) => {
        if (cancelled.has(importId)) return resolve(null);
        waiting.set(importId, (answer) => {
          waiting.delete(importId);
          resolve(answer);
        });
        post({ type: 'currencies', id: importId, question });
      });
  }

  async function workspaceData(
    workspaceId: string,
    ready?: DatasetRecord[],
    started = performance.now(),
  ): Promise<{ data: WorkspaceData; loadMs: number; key: string }> {
    const datasets = ready ?? (await readyDatasets(db, workspaceId));
    const key = workspaceId + ':' + datasets.map((d) => d.id).join(',');
    if (warm?.key === key) {
      // Waiting for a read still under way counts as loading, as it would have for a read of our own.
      const waited = !warm.settled;
      const data = await warm.data;
      return { data, loadMs: waited ? performance.now() - started : 0, key };
    }
    const entry = { key, data: loadWorkspaceData(db, workspaceId).then(prepareData), settled: false };
    warm = entry;
    try {
      const data = await entry.data;
      entry.settled = true;
      return { data, loadMs: performance.now() - started, key };
    } catch (e) {
      // A failed read must not stay cached: the next request tries again.
      if (warm === entry) warm = null;
      throw e;
    }
  }

  /**
   * `shown`: the page's request, which may be shown the saved answer of a whole-workspace compute
   * while the data is read and every KPI is computed again (the final answer says whether it
   * changed). Whatever the saved answer says, the final one comes from the data.
   */
  async function compute(
    workspaceId: string,
    segment: Record<string, string[]> | undefined,
    grains: Parameters<typeof computeGrains>[3],
    shown?: (saved: ComputedPart) => void,
    revision?: number,
  ) {
    const started = performance.now();
    const saves = shown !== undefined && build !== null && Object.keys(segment ?? {}).length === 0;
    const [stored, settings, ready, saved] = await readBasis(workspaceId, revision);
    // A workspace of KPI values answers with the values it holds.
    if (stored) return { answer: storedAnswer(stored, grains), settings };
    const savedKey = saves ? `${build}|${JSON.stringify(settings)}|${datasetsKey(ready)}` : null;
    const early = saved !== null && saved.key === savedKey && grains.every((g) => saved.answer.grains[g]);
    if (early) shown!({ ...saved.answer, timings: { loadMs: performance.now() - started, computeMs: 0 } });
    const { data, loadMs, key: dataKey } = await workspaceData(workspaceId, ready, started);
    // The months computed last (by the page, or by the goals and alerts) serve any request for the
    // same data, settings and segment: the dashboard as the page opens after the goals' compute.
    const key = `${dataKey}|${JSON.stringify(settings)}|${segmentKey(segment)}`;
    const months = [pageMonthsLast, wholeMonthsLast].find((m) => m?.key === key)?.metrics;
    const answer = computeGrains(data, settings, segment, grains, loadMs, months);
    const month = answer.grains.month;
    // Kept apart: a segment the page looks at must not displace the whole workspace's months.
    if (month && shown) pageMonthsLast = { key, metrics: month };
    else if (month) wholeMonthsLast = { key, metrics: month };
    if (early && sameAnswer(saved.answer, answer)) answer.sameAsSaved = true;
    // Not waited for: a full disk costs the next start its head start, not this answer.
    else if (savedKey !== null)
      void saveAnswer(db, workspaceId, { key: savedKey, answer }).catch(() => undefined);
    return { answer, settings };
  }

  function readBasis(workspaceId: string, revision: number | undefined): Promise<Basis> {
    const key = revision === undefined ? null : `${workspaceId}#${revision}`;
    if (key !== null && basis?.key === key) return basis.reads;
    // Asked at once: each read is a round trip to the browser's storage.
    const reads = Promise.all([
      kpiValuesOf(db, workspaceId),
      getSettings(db, workspaceId),
      readyDatasets(db, workspaceId),
      // Read for every request, so that one under a kept basis knows it too and saves nothing twice
      // (a write makes every context read again). One that cannot be read is a slower start.
      build === null ? null : savedAnswerOf<ComputedPart>(db, workspaceId).catch(() => null),
    ]);
    if (key !== null) {
      const entry = { key, reads };
      basis = entry;
      // A failed read must not stay cached: the next request tries again.
      reads.catch(() => basis === entry && (basis = null));
    }
    return reads;
  }

  /** What the computed numbers read of the ready datasets: all of each record but its skipped rows. */
  function datasetsKey(ready: DatasetRecord[]): string {
    return JSON.stringify(ready.map(({ rejected: _, ...rest }) => rest));
  }

  function segmentKey(segment: Record<string, string[]> | undefined): string {
    return JSON.stringify(segment ?? null);
  }

  async function wholeMonths(workspaceId: string) {
    const { answer, settings } = await compute(workspaceId, undefined, ['month']);
    return { metrics: answer.grains.month!, settings };
  }

  async function run(req: EngineRequest): Promise<void> {
    await ready;
    switch (req.type) {
      case 'cancel':
        cancelled.add(req.importId);
        waiting.get(req.importId)?.(null);
        holds.get(req.importId)?.(null);
        return;
      case 'release': {
        const release = holds.get(req.importId);
        // What the import commits is what a restore's undo would lose.
        if (release) snapshots.forgetUndo();
        release?.(req.to);
        return;
      }
      case 'rates':
        waiting.get(req.importId)?.(req.answer);
        return;
      case 'prefetch':
        // The compute that follows finds the read under way; a failure is its to report.
        await workspaceData(req.workspaceId).catch(() => undefined);
        return;
      case 'analyse':
        post({
          type: 'analysis',
          id: req.id,
          answer: await analyseFile(db, req.workspaceId, req.file, req.options),
        });
        return;
      case 'import': {
        if (!req.held) snapshots.forgetUndo();
        const answer = await importFile(
          db,
          req.workspaceId,
          req.file,
          req.options,
          {
            cancelled: () => cancelled.has(req.id),
            progress: (progress) => post({ type: 'progress', id: req.id, progress }),
            ...(req.held && { destination: destinationOf(req.id) }),
            beforeCommit: currencyStop(db, askRates(req.id)),
          },
          req.replaceId,
        );
        post({ type: 'imported', id: req.id, answer });
        return;
      }
      case 'compute': {
        // One at a time, in the order asked: a request for what the one before it computed finds
        // those months instead of computing them alongside.
        const shown = (answer: ComputedPart) => post({ type: 'computed-saved', id: req.id, answer });
        const turn = computeTurn.then(() =>
          compute(req.workspaceId, req.segment, req.grains, shown, req.revision),
        );
        computeTurn = turn.catch(() => undefined);
        const { answer } = await turn;
        post({ type: 'computed', id: req.id, answer });
        return;
      }
      case 'goals':
        post({
          type: 'goals',
          id: req.id,
          answer: await judgeGoals(db, wholeMonths, req.workspaceId, req.today),
        });
        return;
      case 'alerts': {
        const latest = async (ws: string) => workspaceRange((await workspaceData(ws)).data).latest;
        const answer = await evaluateAlerts({ db, wholeMonths, latest }, req.workspaceId, req.now);
        post({ type: 'alerts', id: req.id, answer });
        return;
      }
      case 'snapshot-export': {
        const control = {
          cancelled: () => cancelled.has(req.id),
          progress: (progress: { done: number; total: number }) =>
            post({ type: 'snapshot-progress', id: req.id, progress }),
        };
        let answer;
        if (req.scope === 'full') answer = await exportFull(db, req.workspaceId, control);
        else {
          const { answer: all } = await compute(req.workspaceId, undefined, ['month', 'quarter', 'year']);
          const { month, quarter, year } = all.grains;
          answer = await exportKpis(db, req.workspaceId, { month: month!, quarter: quarter!, year: year! });
        }
        post({ type: 'snapshot-file', id: req.id, answer });
        return;
      }
      case 'snapshot-read':
        post({ type: 'snapshot-preview', id: req.id, answer: await snapshots.read(req.file, req.currentId) });
        return;
      case 'snapshot-restore':
        post({
          type: 'snapshot-restored',
          id: req.id,
          answer: await snapshots.restore(req.token, req.mode, req.currentId),
        });
        return;
      case 'snapshot-undo':
        post({ type: 'snapshot-undone', id: req.id, answer: await snapshots.undo() });
        return;
    }
  }

  async function handle(req: EngineRequest): Promise<void> {
    try {
      await run(req);
    } catch (e: unknown) {
      if (e instanceof ImportCancelled) return post({ type: 'cancelled', id: req.id });
      if (e instanceof SnapshotError)
        return post({ type: 'error', id: req.id, message: e.message, code: 'snapshot', problem: e.problem });
      if (e instanceof IngestError)
        return post({ type: 'error', id: req.id, message: e.message, code: e.code, detail: e.detail });
      post({
        type: 'error',
        id: req.id,
        message: e instanceof Error ? e.message : String(e),
        code: storageErrorCode(classifyStorageError(e)),
      });
    } finally {
      if (req.type === 'import' || req.type === 'snapshot-export') {
        cancelled.delete(req.id);
        waiting.delete(req.id);
        holds.delete(req.id);
      }
    }
  }

  return { handle, wholeMonths };
}
