// The typed message protocol between the page and the engine worker. Every request carries an
// id; answers name it, so late answers to superseded requests can be dropped by the caller.
import type { Analysis, IngestOptions } from '../core/datasets/ingest.ts';
import type { FileProblem, StoredRejectedRow } from '../core/datasets/reasons.ts';
import type { Granularity, WorkspaceMetrics } from '../core/metrics/compute.ts';
import type { SegmentMiss } from '../core/metrics/segments.ts';
import type { DatasetRecord } from '../db/schema.ts';
import type { CurrencyAnswer, CurrencyGap } from '../core/currency.ts';
import type { IngestErrorCode } from '../core/datasets/errors.ts';
import type { StorageErrorCode } from '../db/errors.ts';
import type { GoalsAnswer } from './goals.ts';
import type { AlertsAnswer } from './alerts.ts';
import type { SnapshotProblem } from '../core/snapshot/problems.ts';
import type { Snapshot } from '../core/snapshot/migrations.ts';

export type { Granularity };

export type EngineRequest =
  | { type: 'analyse'; id: number; workspaceId: string; file: File; options: IngestOptions }
  | {
      type: 'import';
      id: number;
      workspaceId: string;
      file: File;
      options: IngestOptions;
      /** The dataset this import replaces (same content re-imported, or a re-map). */
      replaceId?: string;
      /**
       * Read ahead: the file is read and staged while its preview is still shown, and waits,
       * unseen, for `release` (the person confirmed) or `cancel`. `workspaceId` and `replaceId`
       * then come with the release.
       */
      held?: boolean;
    }
  | { type: 'cancel'; id: number; importId: number }
  /** Lets a held import commit, into this workspace (replacing `replaceId`). */
  | { type: 'release'; id: number; importId: number; to: ImportDestination }
  /**
   * Starts reading a workspace's rows before anything asks for its KPIs (no answer): the page
   * sends it as it starts, with the workspace it showed last, while it opens its own connection.
   */
  | { type: 'prefetch'; id: number; workspaceId: string }
  /** The answer to a `currencies` question: the import commits with these settings. */
  | { type: 'rates'; id: number; importId: number; answer: CurrencyAnswer }
  | {
      type: 'compute';
      id: number;
      workspaceId: string;
      segment?: Record<string, string[]>;
      /** Quarters and years are built from the months (§15), in the same compute. */
      grains: Granularity[];
      /**
       * The page's count of the stored changes it made or was told of: the worker reads the
       * workspace's settings and datasets again when it moves, or when a write to them commits
       * in any context. Absent: read every time.
       */
      revision?: number;
    }
  /** A workspace's goals judged at their date d (metrics.md §11); `today` is the page's clock. */
  | { type: 'goals'; id: number; workspaceId: string; today: number }
  /** Evaluates the workspace's alert rules (metrics.md §16); `now` is the page's clock. */
  | { type: 'alerts'; id: number; workspaceId: string; now: number }
  /** Builds a snapshot file of a workspace (progress on the way; `cancel` stops a full one). */
  | { type: 'snapshot-export'; id: number; workspaceId: string; scope: 'full' | 'kpis' }
  /** Reads and checks a snapshot file; writes nothing. */
  | { type: 'snapshot-read'; id: number; file: Blob; currentId: string | null }
  /** Restores the snapshot last read (its preview's token). */
  | { type: 'snapshot-restore'; id: number; token: number; mode: RestoreMode; currentId: string | null }
  | { type: 'snapshot-undo'; id: number };

export type RestoreMode = 'new' | 'replace';

export interface SnapshotProgress {
  /** Rows written so far, of `total`. */
  done: number;
  total: number;
}

export interface SnapshotFile {
  blob: Blob;
  fileName: string;
  size: number;
  gzipped: boolean;
  /** Rows it holds (0 for a kpis snapshot). */
  rows: number;
}

/** What the preview of an opened snapshot shows before anything is written. */
export interface SnapshotPreview {
  token: number;
  scope: 'full' | 'kpis';
  name: string;
  createdAt: string;
  app: string;
  datasets: { name: string; kind: string; rows: number }[];
  goals: number;
  alertRules: number;
  months: number;
  /** Named migration steps applied to an older version. */
  migrations: string[];
  notes: string[];
  /** A workspace already restored from this very file. */
  duplicateOf: { id: string; name: string; current: boolean } | null;
  /** A kpis snapshot, whole: the viewer shows it. */
  kpis: Extract<Snapshot, { scope: 'kpis' }> | null;
}

export interface SnapshotRestored {
  workspaceId: string;
  /** The same snapshot was restored before: nothing was added. */
  duplicate: boolean;
  undoable: boolean;
}

/** What the preview shows: the analysis plus what the worker knows about the workspace. */
export interface AnalysisAnswer {
  analysis: Analysis;
  /** A ready dataset of the workspace with the same content: offer Replace, never duplicate. */
  duplicateOf: { id: string; name: string } | null;
  /** The mapping remembered for this header signature was applied. */
  rememberedMapping: boolean;
  /** Only the first megabytes were analysed (a large file): counts in the analysis are partial. */
  partial: boolean;
}

/** Where an import commits: known when it starts, or when a held import is released. */
export interface ImportDestination {
  workspaceId: string;
  /** The dataset it replaces, in the same transaction. */
  replaceId?: string;
}

export interface ImportProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
  rowsPerSecond: number;
}

export interface ImportedAnswer {
  dataset: Omit<DatasetRecord, 'rejected'>;
  /** The first rejected rows, for the screen; all are stored with the dataset. */
  rejectedHead: StoredRejectedRow[];
  /** How many rows were rejected in all. */
  rejectedCount: number;
}

/**
 * An import stopped before its commit (datasets.md §4): with this file, the workspace's
 * subscriptions carry several currencies and the settings lack rates. Answered by `rates`, or
 * by `cancel`, which discards the staged file.
 */
export interface CurrencyQuestion extends CurrencyGap {
  fileName: string;
  /** The stored settings, to start the answer from. */
  currency: string | null;
  fx: Record<string, number>;
}

/** What the dashboard reads: quarters and years are null until their answer arrives. */
export interface ComputeAnswer {
  month: WorkspaceMetrics;
  quarter: WorkspaceMetrics | null;
  year: WorkspaceMetrics | null;
  /** Categorical fields on subscriptions and their values, for the segment filter. */
  segmentFields: Record<string, string[]>;
  /** Filter values that match no subscription: the page says why the KPIs are zero. */
  segmentMisses: SegmentMiss[];
  /** Event names seen in the events dataset (the activation-event picker). */
  eventNames: string[];
  timings: ComputeTimings;
  /** Subscription currencies without a rate: money KPIs would add up different currencies. */
  currencyGap: CurrencyGap | null;
}

export interface ComputeTimings {
  /** Reading the workspace's chunks from IndexedDB (0 when they were already in memory). */
  loadMs: number;
  /** Computing every KPI of the requested granularities from data in memory. */
  computeMs: number;
}

/** One compute request's answer: the granularities it asked for. */
export interface ComputedPart {
  grains: Partial<Record<Granularity, WorkspaceMetrics>>;
  segmentFields: Record<string, string[]>;
  segmentMisses: SegmentMiss[];
  eventNames: string[];
  timings: ComputeTimings;
  currencyGap: CurrencyGap | null;
  /** Computed again from the data, it says what the saved answer sent before it said. */
  sameAsSaved?: boolean;
}

/**
 * The final answer of each request (progress and currency questions arrive on the way): the page's
 * `request()` resolves with exactly these, so callers never re-check `type`. Add a request here.
 */
export interface Replies {
  analyse: 'analysis';
  /** A cancelled import resolves too: the person asked for it. */
  import: 'imported' | 'cancelled';
  compute: 'computed';
  goals: 'goals';
  alerts: 'alerts';
  /** A cancelled export resolves too. */
  'snapshot-export': 'snapshot-file' | 'cancelled';
  'snapshot-read': 'snapshot-preview';
  'snapshot-restore': 'snapshot-restored';
  'snapshot-undo': 'snapshot-undone';
}

export type RequestType = keyof Replies;
export type ReplyTo<T extends RequestType> = Extract<EngineResponse, { type: Replies[T] }>;

/**
 * Every way a request can fail: the file (IngestError), the storage, or the worker itself
 * (`crash`, set by the page when the worker dies). The page words each one (i18n/problem-text.ts).
 */
/** `snapshot`: a snapshot file or link was refused; the reply's `problem` says why. */
export type EngineErrorCode = IngestErrorCode | StorageErrorCode | 'crash' | 'snapshot';

/** The replies that carry an answer, by type. */
interface Answers {
  analysis: AnalysisAnswer;
  imported: ImportedAnswer;
  computed: ComputedPart;
  goals: GoalsAnswer;
  alerts: AlertsAnswer;
  'snapshot-file': SnapshotFile;
  'snapshot-preview': SnapshotPreview;
  'snapshot-restored': SnapshotRestored;
  'snapshot-undone': { workspaceId: string | null };
}

type Answered = { [T in keyof Answers]: { type: T; id: number; answer: Answers[T] } }[keyof Answers];

export type EngineResponse =
  | Answered
  | { type: 'progress'; id: number; progress: ImportProgress }
  /** A compute's saved answer (db/saved-answers.ts), sent before the data is read again. */
  | { type: 'computed-saved'; id: number; answer: ComputedPart }
  | { type: 'currencies'; id: number; question: CurrencyQuestion }
  | { type: 'cancelled'; id: number }
  | { type: 'snapshot-progress'; id: number; progress: SnapshotProgress }
  | {
      type: 'error';
      id: number;
      message: string;
      code: EngineErrorCode;
      detail?: FileProblem;
      /** Why a snapshot was refused, for the page to word. */
      problem?: SnapshotProblem;
    };
