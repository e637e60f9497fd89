// A fake engine that answers like the worker (core analyse on the file's text) and a real
// Workspaces over fake-indexeddb, so import components can be rendered without a worker.
import { YardstickDb, type DatasetRecord } from '../../src/db/schema.ts';
import { stagedRecord } from '../unit/db/records.ts';
import type { EngineClient } from '../../src/state/engine-client.ts';
import { ImportSession } from '../../src/state/import.svelte.ts';
import { Workspaces } from '../../src/state/workspaces.svelte.ts';
import type {
  EngineRequest,
  EngineResponse,
  ImportDestination,
  ImportProgress,
} from '../../src/worker/protocol.ts';
import { analyse } from '../../src/core/datasets/ingest.ts';

let n = 0;

export interface Harness {
  db: YardstickDb;
  workspaces: Workspaces;
  session: ImportSession;
  /** Every request sent, held imports, releases and cancels included. */
  requests: EngineRequest[];
  /** The fake worker's client. */
  engine: EngineClient;
  /** The previews asked for, in order. */
  analyses: () => Extract<EngineRequest, { type: 'analyse' }>[];
  /** A held import (read ahead), as the worker would drive it. */
  held: (importId: number) => HeldControl;
}

export interface HeldControl {
  progress(p: ImportProgress): void;
  /** Fails it before any release (a full disk, say). */
  fail(e: Error): void;
  /** What the release answers; by default the import fails, as any import does in this harness. */
  onRelease(answer: () => EngineResponse): void;
}

/** File text by name: jsdom's File cannot always be read back synchronously. */
export const texts = new Map<string, string>();

export function csvFile(name: string, text: string): File {
  texts.set(name, text);
  return new File([text], name, { type: 'text/csv' });
}

/** The stored dataset a file would duplicate in a workspace (the worker compares content hashes). */
type Duplicates = (workspaceId: string, file: File) => { id: string; name: string } | null;

/**
 * `imports` answers an import that was not read ahead (by default it fails, as any import here):
 * a response, or an error to reject with.
 */
export async function harness(
  duplicateOf: Duplicates = () => null,
  imports: (id: number) => EngineResponse | Error = () => new Error('unexpected import'),
): Promise<Harness> {
  const db = new YardstickDb(`component-${++n}-${Date.now()}`);
  await db.open();
  const workspaces = new Workspaces(
    () => db,
    () => 'en-US',
  );
  const requests: EngineRequest[] = [];
  let id = 0;
  // Held imports (read ahead) wait, as in the worker, for a release or a cancel.
  const held = new Map<number, (outcome: EngineResponse | Error) => void>();
  const listeners = new Map<number, { onProgress?: (p: ImportProgress) => void }>();
  const released = new Map<number, () => EngineResponse>();
  const fake = {
    request(
      type: EngineRequest['type'],
      body: Record<string, unknown>,
      opts: { started?: (id: number) => void; onProgress?: (p: ImportProgress) => void } = {},
    ): Promise<EngineResponse> {
      const req = { ...body, type, id: ++id } as EngineRequest;
      requests.push(req);
      opts.started?.(req.id);
      if (req.type === 'import' && req.held) {
        listeners.set(req.id, opts);
        return new Promise((resolve, reject) =>
          held.set(req.id, (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome))),
        );
      }
      if (req.type === 'analyse') {
        const bytes = new TextEncoder().encode(texts.get(req.file.name) ?? '');
        return Promise.resolve({
          type: 'analysis',
          id: req.id,
          answer: {
            analysis: analyse(bytes, req.file.name, req.options),
            duplicateOf: duplicateOf(req.workspaceId, req.file),
            rememberedMapping: false,
            partial: false,
          },
        });
      }
      if (req.type === 'import') {
        const outcome = imports(req.id);
        return outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome);
      }
      return Promise.reject(new Error(`unexpected ${type}`));
    },
    cancel(importId: number) {
      requests.push({ type: 'cancel', id: ++id, importId });
      held.get(importId)?.({ type: 'cancelled', id: importId });
      held.delete(importId);
    },
    release(importId: number, to: ImportDestination) {
      requests.push({ type: 'release', id: ++id, importId, to });
      // Committing is the worker's: unless a test says what it answers, it fails as any import here.
      const answer = released.get(importId);
      held.get(importId)?.(answer ? answer() : new Error('unexpected import'));
      held.delete(importId);
    },
  } as unknown as EngineClient;
  // Reading ahead as on a machine with cores to spare (the test DOM says two).
  const session = new ImportSession(
    () => fake,
    workspaces,
    () => 'My workspace',
    true,
  );
  await workspaces.load();
  const analyses = () => requests.filter((r) => r.type === 'analyse');
  const heldControl = (importId: number): HeldControl => ({
    progress: (p) => listeners.get(importId)?.onProgress?.(p),
    fail: (e) => {
      held.get(importId)?.(e);
      held.delete(importId);
    },
    onRelease: (answer) => released.set(importId, answer),
  });
  return { db, workspaces, session, requests, analyses, engine: fake, held: heldControl };
}

/** Waits until the worker's (fake) answers have landed. */
export async function settle(): Promise<void> {
  // A chosen file is sent to the worker after the next frame (afterPaint); then the fake worker
  // answers within a few tasks.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

/** A stored subscriptions dataset of two rows from `subs.csv`, as the worker records one. */
export function datasetRecord(fields: Partial<DatasetRecord> = {}): DatasetRecord {
  const base = { kind: 'subscriptions', name: 'subs.csv', fileName: 'subs.csv', hash: 'h' } as const;
  return stagedRecord('d1', 'w', { ...base, state: 'ready', rowsStored: 2, chunkCount: 1, ...fields });
}
