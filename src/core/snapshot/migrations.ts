// Every snapshot version this build reads, and the ordered, named steps that bring an older
// document up to the current one (Perspective's perspective-migrate, Excalidraw's restore.ts).
// Adding version 2: write schema-v2.ts, put it in SCHEMAS, append a step `{from: 1, name, up}`
// that turns a valid v1 document into a v2 one, keep test/fixtures/snapshots/v1-*.json forever
// and add a frozen v2 example beside them.
import * as v from 'valibot';
import { SnapshotV1 } from './schema-v1.ts';

/** The version this build writes. */
export const CURRENT_VERSION = 1;

/** The schema of each readable version, by version number. */
export const SCHEMAS: Readonly<Record<number, v.GenericSchema<unknown, unknown>>> = { 1: SnapshotV1 };

/** The current document shape: what restore, the viewer and export work with. */
export type Snapshot = SnapshotV1;

export interface MigrationStep {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  /** Shown in the preview's notes, e.g. "v1 → v2: goals gain owners". */
  name: string;
  /** Takes a document valid for `from`; returns one valid for `from + 1` and what it could not carry over. */
  up: (doc: unknown) => { doc: unknown; notes: string[] };
}

/** Ordered by `from`; one step per version below CURRENT_VERSION. */
export const MIGRATIONS: readonly MigrationStep[] = [];

export interface Upgraded {
  doc: Snapshot;
  /** The names of the steps applied, oldest first. */
  applied: string[];
  notes: string[];
}

/**
 * Brings a document already valid for `version` up to the current version, one step at a time;
 * the result is checked against the current schema, so a faulty step cannot let a bad shape in.
 */
export function upgrade(doc: unknown, version: number): Upgraded {
  // Already current and already checked against its schema by the reader.
  if (version === CURRENT_VERSION) return { doc: doc as Snapshot, applied: [], notes: [] };
  const applied: string[] = [];
  const notes: string[] = [];
  let current = doc;
  for (let at = version; at < CURRENT_VERSION; at++) {
    const step = MIGRATIONS.find((m) => m.from === at);
    if (!step) throw new Error(`no migration from snapshot version ${at}`);
    const out = step.up(current);
    current = out.doc;
    applied.push(step.name);
    notes.push(...out.notes);
  }
  return { doc: v.parse(SCHEMAS[CURRENT_VERSION], current) as Snapshot, applied, notes };
}
