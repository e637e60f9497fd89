// A fake engine that answers like the worker (core analyse on the file's text) and a real
// Workspaces over fake-indexeddb, so import components can be rendered without a worker.
import { YardstickDb } from '../../src/db/schema.ts';
import type { EngineClient } from '../../src/state/engine-client.ts';
import { ImportSession } from '../../src/state/import.svelte.ts';
import { Workspaces } from '../../src/state/workspaces.svelte.ts';
import type { EngineRequest, EngineResponse } from '../../src/worker/protocol.ts';
import { analyse } from '../../src/core/datasets/ingest.ts';

let n = 0;

export interface Harness {
  db: YardstickDb;
  workspaces: Workspaces;
  session: ImportSession;
  requests: EngineRequest[];
}

/** File text by name: jsdom's File cannot always be read back synchronously. */
export const texts = new Map<string, string>();

export function csvFile(name: string, text: string): File {
  texts.set(name, text);
  return new File([text], name, { type: 'text/csv' });
}

/** The stored dataset a file would duplicate in a workspace (the worker compares content hashes). */
type Duplicates = (workspaceId: string, file: File) => { id: string; name: string } | null;

export async function harness(duplicateOf: Duplicates = () => null): Promise<Harness> {
  const db = new YardstickDb(`component-${++n}-${Date.now()}`);
  await db.open();
  const workspaces = new Workspaces(
    () => db,
    () => 'en-US',
  );
  const requests: EngineRequest[] = [];
  let id = 0;
  const fake = {
    request(type: EngineRequest['type'], body: Record<string, unknown>): Promise<EngineResponse> {
      const req = { ...body, type, id: ++id } as EngineRequest;
      requests.push(req);
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
      return Promise.reject(new Error(`unexpected ${type}`));
    },
    cancel() {},
  } as unknown as EngineClient;
  const session = new ImportSession(
    () => fake,
    workspaces,
    () => 'My workspace',
  );
  await workspaces.load();
  return { db, workspaces, session, requests };
}

/** Waits until the worker's (fake) answers have landed. */
export async function settle(): Promise<void> {
  // A chosen file is sent to the worker after the next frame (afterPaint); then the fake worker
  // answers within a few tasks.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
