import { Dexie, type EntityTable } from 'dexie';
import type { Frame } from '../core/datasets/frame.ts';
import type { DatasetKind } from '../core/datasets/kinds.ts';
import type { StoredRejectedRow } from '../core/datasets/reasons.ts';
import type { EventAggregate } from '../core/events/aggregate.ts';
import type { MetricSettings } from '../core/workspace-data.ts';
import type { Goal } from '../core/goals/model.ts';
import type { Alert, AlertRule } from '../core/alerts/model.ts';
import type { DateOrder, DayMonth } from '../core/locale/dates.ts';
import type { Decimal } from '../core/locale/numbers.ts';
import type { PackedAggregate } from './packed-aggregate.ts';
import type { PackedFrame } from './packed-frame.ts';

export interface WorkspaceRecord {
  id: string;
  name: string;
  createdAt: number;
  demo: boolean;
  /** Holds KPI values saved from a shared snapshot instead of rows (absent: an ordinary workspace). */
  valuesOnly?: boolean;
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
  decimal: Decimal;
  dateOrder: DateOrder;
  mapping: Record<string, string | null>;
  rowsStored: number;
  /** Rows skipped, with their reasons (codes; English text in datasets stored before codes). */
  rejected: StoredRejectedRow[];
  /** Optional cells that held something unreadable and were stored empty (absent in older records). */
  emptiedOptional?: number;
  /** The text held U+FFFD replacement characters: damaged before export (absent when it did not). */
  replacementChars?: boolean;
  /** Conventions the person chose per column in the preview, reused by a re-map (absent: none). */
  chosen?: { decimal?: Record<string, Decimal>; dateOrder?: Record<string, DayMonth> };
  chunkCount: number;
  currencies: string[];
}

/** One chunk of a dataset's rows; read through stored-formats.ts (`ChunkReader`), in index order. */
export interface ChunkRecord {
  datasetId: string;
  index: number;
  /** Stored before version 5: the frame as the import built it (Maps of typed arrays). */
  frame?: Frame;
  /** From version 5: the frame packed, its text coded against the dataset's dictionary so far. */
  packed?: PackedFrame;
}

/**
 * What the engagement KPIs read of an events dataset, built at import time (core/events). Keyed
 * like chunks by dataset id, and staged, committed and deleted with them.
 */
export interface EventAggregateRecord {
  datasetId: string;
  /** Stored before version 5. */
  aggregate?: EventAggregate;
  /** From version 5. */
  packed?: PackedAggregate;
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

/** What a workspace's goals were last judged on: its ready datasets and its settings, as keys. */
export interface GoalBasisRecord {
  workspaceId: string;
  data: string;
  settings: string;
  /** When the goals were last judged (absent in records written before it was kept). */
  judgedAt?: number;
}

export class YardstickDb extends Dexie {
  workspaces!: EntityTable<WorkspaceRecord, 'id'>;
  datasets!: EntityTable<DatasetRecord, 'id'>;
  chunks!: EntityTable<ChunkRecord, 'datasetId'>;
  settings!: EntityTable<SettingsRecord, 'workspaceId'>;
  mappings!: EntityTable<MappingMemory, 'signature'>;
  eventAggregates!: EntityTable<EventAggregateRecord, 'datasetId'>;
  goals!: EntityTable<Goal, 'id'>;
  goalBases!: EntityTable<GoalBasisRecord, 'workspaceId'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  alertRules!: EntityTable<AlertRule, 'id'>;
  alerts!: EntityTable<Alert, 'id'>;

  /** `backend` replaces the browser's IndexedDB (an in-memory one when the browser gives none). */
  constructor(name = 'yardstick', backend?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    const factory = backend?.indexedDB ?? Dexie.dependencies.indexedDB;
    super(name, {
      ...(backend && { IDBKeyRange: backend.IDBKeyRange }),
      ...(factory && { indexedDB: refusingNewer(factory, LATEST_VERSION) }),
    });
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
    // Version 3, "goals and alerts": goals with their targets and history, alert rules and the
    // alerts they raised, each kept per workspace. Nothing stored before changes shape.
    this.version(3).stores({
      goals: 'id, workspaceId',
      alertRules: 'id, workspaceId',
      alerts: 'id, workspaceId, ruleId',
    });
    // Version 4, "goal bases": what each workspace's goals were last judged on (its datasets and
    // settings) gets a table of its own. `meta` holds per-workspace snapshot notes (last backup,
    // restored files, KPI values of a shared workspace).
    this.version(4).stores({ goalBases: 'workspaceId' });
    // Version 5, "packed chunks": chunks and event aggregates are written packed (db/packed-*.ts),
    // which builds before it cannot read; the version keeps them from opening the database.
    // Records stored before are read as they are (stored-formats.ts).
    this.version(LATEST_VERSION).stores({});
  }
}

/** The schema version this build writes; raise it with every `this.version(...)` added above. */
export const LATEST_VERSION = 5;

/**
 * The browser's IndexedDB, except that it never opens a database a newer Yardstick has upgraded.
 * Dexie 4 answers the VersionError of such a database by opening it again without a version,
 * and then bumps the version when a table it expects is missing: an old tab (or its worker) would
 * go on writing in a format it does not know, and the newer tab would find a version above its
 * own. Giving that versionless open our own version makes it fail with the VersionError instead,
 * before anything is touched.
 */
function refusingNewer(factory: IDBFactory, latest: number): IDBFactory {
  const native = Math.round(latest * 10);
  return new Proxy(factory, {
    get(target, key) {
      if (key === 'open') return (name: string, version?: number) => target.open(name, version ?? native);
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
