import { YardstickDb } from '../db/schema.ts';
import { EngineClient } from './engine-client.ts';
import { loadProblem } from './load-problem.svelte.ts';

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
    if (!(e instanceof ErrorEvent) || !e.message) loadProblem.report('engine');
  });
  client = new EngineClient(worker);
  return client;
}

/** The page's own connection, for small metadata reads and writes; rows are the worker's. */
export function db(): YardstickDb {
  database ??= new YardstickDb();
  return database;
}
