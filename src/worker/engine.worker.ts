/// <reference lib="webworker" />
// The engine worker: imports files into IndexedDB and computes every KPI, off the main thread.
import { YardstickDb } from '../db/schema.ts';
import { createEngine } from './engine.ts';
import type { EngineRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The worker's own address names its build (a content hash), and so the code behind every number;
// the dev server's does not, and keeps nothing.
const build = import.meta.env.DEV ? null : scope.location.href;
const engine = createEngine({ db: new YardstickDb(), post: (msg) => scope.postMessage(msg), build });

scope.onmessage = (event: MessageEvent<EngineRequest>) => void engine.handle(event.data);
