import { YardstickDb } from '../db/schema.ts';
import { EngineClient } from './engine-client.ts';

let client: EngineClient | null = null;
let database: YardstickDb | null = null;

/** The one engine worker of the page, started on first use. */
export function engine(): EngineClient {
  client ??= new EngineClient(
    new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' }),
  );
  return client;
}

/** The page's own connection, for small metadata reads and writes; rows are the worker's. */
export function db(): YardstickDb {
  database ??= new YardstickDb();
  return database;
}
