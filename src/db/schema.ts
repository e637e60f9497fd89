import { Dexie, type EntityTable } from 'dexie';
import type { Frame } from '../core/datasets/frame.ts';
import type { DatasetKind } from '../core/datasets/kinds.ts';
import type { StoredRejectedRow } from '../core/datasets/reasons.ts';
import type { EventAggregate } from '../core/events/aggregate.ts';
import type { MetricSettings } from '../core/workspace-data.ts';

export interface WorkspaceRecord {
  id: string;
  name: string;
  createdAt: number;
  demo: boolean;
}

export interface DatasetRecord {
  id: string;
  workspaceId: string;
  /** 'staged' while chunks are written: no query shows it; 'ready' after the one committing write. */
  state: 'staged' | 'ready';
  kind: DatasetKind;
  name: string;
  fileName: string;
  size: number;
  hash: string;
  importedAt: number;
  encoding: string;
  delimiter: string;
  decimal: '.' | ',';
  dateOrder: 'YMD' | 'DMY' | 'MDY';
  mapping: Record<string, string | null>;
  rowsStored: number;
  /** Rows skipped, with their reasons (codes; English text in datasets stored before codes). */
  rejected: StoredRejectedRow[];
  /** Optional cells that held something unreadable and were stored empty (absent in older records). */
  emptiedOptional?: number;
  /** The text held U+FFFD replacement characters: damaged before export (absent when it did not). */
  replacementChars?: boolean;
  /** Conventions the person chose per column in the preview, reused by a re-map (absent: none). */
  chosen?: { decimal?: Record<string, '.' | ','>; dateOrder?: Record<string, 'DMY' | 'MDY'> };
  chunkCount: number;
  currencies: string[];
}

export interface ChunkRecord {
  datasetId: string;
  index: number;
  /** Frames clone as Maps of typed arrays: cheap to store and to read back. */
  frame: Frame;
}

/**
 * What the engagement KPIs read of an events dataset, built at import time (core/events). Keyed
 * like chunks by dataset id, and staged, committed and deleted with them.
 */
export interface EventAggregateRecord {
  datasetId: string;
  aggregate: EventAggregate;
}

export interface SettingsRecord extends MetricSettings {
  workspaceId: string;
  locale: 'en-US' | 'en-GB' | 'id' | 'pl';
}

export interface MappingMemory {
  signature: string;
  kind: DatasetKind;
  mapping: Record<string, string | null>;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class YardstickDb extends Dexie {
  workspaces!: EntityTable<WorkspaceRecord, 'id'>;
  datasets!: EntityTable<DatasetRecord, 'id'>;
  chunks!: EntityTable<ChunkRecord, 'datasetId'>;
  settings!: EntityTable<SettingsRecord, 'workspaceId'>;
  mappings!: EntityTable<MappingMemory, 'signature'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  eventAggregates!: EntityTable<EventAggregateRecord, 'datasetId'>;

  constructor(name = 'yardstick') {
    super(name);
    this.version(1).stores({
      workspaces: 'id',
      datasets: 'id, workspaceId, state, hash',
      chunks: '[datasetId+index], datasetId',
      settings: 'workspaceId',
      mappings: 'signature',
      meta: 'key',
    });
    // Version 2 adds the event aggregates; events datasets stored before get theirs on first load.
    this.version(2).stores({ eventAggregates: 'datasetId' });
  }
}
