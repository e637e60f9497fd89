/// <reference lib="webworker" />
// The engine worker: imports files into IndexedDB and computes every KPI, off the main thread.
import { YardstickDb } from '../db/schema.ts';
import { createEngine } from './engine.ts';
import type { EngineRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = createEngine({ db: new YardstickDb(), post: (msg) => scope.postMessage(msg) });

scope.onmessage = (event: MessageEvent<EngineRequest>) => void engine.handle(event.data);
