// Everything this build does for data an older build stored, in one place: an ordered list of
// named steps, oldest first. Records are never rewritten in place (a newer tab may still read
// them); each read passes through the steps instead. Dexie's own version steps (tables added or
// deleted) stay in schema.ts; this list is for the shape of what the tables hold.
import type { Frame } from '../core/datasets/frame.ts';
import type { DatasetKind } from '../core/datasets/kinds.ts';
import type { DatasetRecord } from './schema.ts';

// Each step says in a comment what older builds stored and what it does about it: comments, not
// strings, so the first screen (which reads dataset records) does not download them.
export interface FormatStep {
  name: string;
  dataset?: (record: DatasetRecord) => DatasetRecord;
  frame?: (kind: DatasetKind, frame: Frame) => Frame;
}

/**
 * Columns that no KPI, segment filter or event list reads, which datasets stored before
 * NOT_STORED (core/datasets/kinds.ts) still hold. Joining them is the costliest part of a read —
 * one distinct value per row — so they stay in IndexedDB and out of the loaded frames.
 */
const UNREAD_COLUMNS: Partial<Record<DatasetKind, readonly string[]>> = {
  subscriptions: ['subscription_id'],
};

export const FORMAT_STEPS: readonly FormatStep[] = [
  {
    // Rejected rows stored before reasons had codes hold their reason as English text. It is kept
    // as it is (StoredReason allows a string) and shown as written: the words cannot be turned back
    // into a code and its parameters without guessing.
    name: 'reasons-as-text',
  },
  {
    // Datasets stored before the count of optional cells stored empty have none: nothing was
    // counted, so 0.
    name: 'emptied-optional',
    dataset: (d) => (d.emptiedOptional === undefined ? { ...d, emptiedOptional: 0 } : d),
  },
  {
    // Chunks stored before NOT_STORED hold columns nothing reads: they are left out of the frames
    // read.
    name: 'unread-columns',
    frame: (kind, frame) => {
      const unread = UNREAD_COLUMNS[kind];
      if (!unread?.some((name) => frame.columns.has(name))) return frame;
      const columns = new Map(frame.columns);
      for (const name of unread) columns.delete(name);
      return { rows: frame.rows, columns };
    },
  },
  {
    // Events datasets stored before schema version 2 have no aggregate: it is built from their
    // chunks on first load and stored (eventAggregateOf).
    name: 'event-aggregates',
  },
  {
    // Chunks and event aggregates stored before schema version 5 hold their frame or aggregate as
    // built; later ones hold them packed (db/packed-frame.ts, db/packed-aggregate.ts). ChunkReader
    // and eventAggregateOf (db/chunk-records.ts) read both: a dataset keeps what it was written
    // with.
    name: 'packed-chunks',
  },
];

/** A stored dataset record as this build reads it. */
export function readDataset(record: DatasetRecord): DatasetRecord {
  return FORMAT_STEPS.reduce((d, step) => step.dataset?.(d) ?? d, record);
}

/** A stored chunk's frame as this build reads it. */
export function readFrame(kind: DatasetKind, frame: Frame): Frame {
  return FORMAT_STEPS.reduce((f, step) => step.frame?.(kind, f) ?? f, frame);
}
