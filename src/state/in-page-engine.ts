// The engine run in the page, over the page's own (in-memory) database, when the browser gives no
// storage: a worker would have a memory of its own, and the page and it would not see each other's
// data. It answers like the worker does, each message in a task of its own.
import type { YardstickDb } from '../db/schema.ts';
import { createEngine } from '../worker/engine.ts';
import type { EngineRequest, EngineResponse } from '../worker/protocol.ts';

/** The part of a Worker that EngineClient uses. */
export interface EnginePort {
  onmessage: ((e: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(msg: EngineRequest): void;
}

export function inPageEngine(db: YardstickDb): EnginePort {
  const port: EnginePort = {
    onmessage: null,
    onerror: null,
    postMessage: (msg) => void setTimeout(() => void engine.handle(msg), 0),
  };
  const engine = createEngine({
    db,
    post: (msg) => setTimeout(() => port.onmessage?.({ data: msg } as MessageEvent<EngineResponse>), 0),
  });
  return port;
}
