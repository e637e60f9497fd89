// The typed message protocol between the page and the engine worker. Every request carries an
// id; answers name it, so late answers to superseded requests can be dropped by the caller.
import type { Analysis, IngestOptions, RejectedRow } from '../core/datasets/ingest.ts';
import type { WorkspaceMetrics } from '../core/metrics/compute.ts';
import type { DatasetRecord } from '../db/schema.ts';

export type Granularity = 'month' | 'quarter' | 'year';

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
    }
  | { type: 'cancel'; id: number; importId: number }
  | {
      type: 'compute';
      id: number;
      workspaceId: string;
      segment?: Record<string, string[]>;
    };

/** What the preview shows: the analysis plus what the worker knows about the workspace. */
export interface AnalysisAnswer {
  analysis: Analysis;
  hash: string;
  /** A ready dataset of the workspace with the same content: offer Replace, never duplicate. */
  duplicateOf: { id: string; name: string } | null;
  /** The mapping remembered for this header signature was applied. */
  rememberedMapping: boolean;
  /** Only the first megabytes were analysed (a large file): counts in the analysis are partial. */
  partial: boolean;
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
  rejectedHead: RejectedRow[];
  /** How many rows were rejected in all. */
  rejectedCount: number;
}

export interface ComputeAnswer {
  month: WorkspaceMetrics;
  quarter: WorkspaceMetrics;
  year: WorkspaceMetrics;
  /** Categorical fields on subscriptions and their values, for the segment filter. */
  segmentFields: Record<string, string[]>;
  /** Event names seen in the events dataset (the activation-event picker). */
  eventNames: string[];
}

export type EngineResponse =
  | { type: 'analysis'; id: number; answer: AnalysisAnswer }
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'imported'; id: number; answer: ImportedAnswer }
  | { type: 'cancelled'; id: number }
  | { type: 'computed'; id: number; answer: ComputeAnswer }
  | { type: 'error'; id: number; message: string; code: string };
