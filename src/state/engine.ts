import { YardstickDb } from '../db/schema.ts';
import { EngineClient } from './engine-client.ts';
import { reportChunkFailure } from './lazy-chunk.ts';

let client: EngineClient | null = null;
let database: YardstickDb | null = null;

/** The one engine worker of the page, started on first use. */
export function engine(): EngineClient {
  if (client) return client;
  const worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'engine',
  });
  // A worker script that cannot be fetched (gone after a deploy) fails with a bare Event; an error
  // thrown inside a running worker comes as an ErrorEvent with its message.
  worker.addEventListener('error', (e) => {
    if (!(e instanceof ErrorEvent) || !e.message) reportChunkFailure('engine');
  });
  client = new EngineClient(worker);
  return client;
}

/** The page's own connection, for small metadata reads and writes; rows are the worker's. */
export function db(): YardstickDb {
  database ??= new YardstickDb();
  return database;
}

/**
 * The browser gives no storage: the rest of the session keeps its data in this tab's memory, and
 * the engine runs in the page over that same database (both loaded only now).
 */
export async function useMemoryStorage(): Promise<void> {
  const [{ memoryDatabase }, { inPageEngine }] = await Promise.all([
    import('../db/memory.ts'),
    import('./in-page-engine.ts'),
  ]);
  const memory = await memoryDatabase();
  database = memory;
  // A worker started before (the prefetch of the last workspace, as the page starts) goes.
  client?.close();
  client = new EngineClient(inPageEngine(memory) as unknown as Worker, true);
}
