// The page's client of the engine worker: closing it (the page moved to an in-memory engine)
// stops the worker and refuses what still waits, instead of leaving it pending for ever.
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/state/engine-client.ts';

function fakeWorker() {
  const sent: unknown[] = [];
  let terminated = false;
  const worker = {
    onmessage: null,
    onerror: null,
    postMessage: (msg: unknown) => sent.push(msg),
    terminate: () => {
      terminated = true;
    },
  };
  return { worker: worker as unknown as Worker, sent, terminated: () => terminated };
}

describe('EngineClient', () => {
  it('sends a prefetch of a workspace without waiting for an answer', () => {
    const f = fakeWorker();
    new EngineClient(f.worker).prefetch('w1');
    expect(f.sent).toEqual([{ type: 'prefetch', id: 1, workspaceId: 'w1' }]);
  });

  it('stops the worker when closed and refuses the requests still waiting', async () => {
    const f = fakeWorker();
    const client = new EngineClient(f.worker);
    const waiting = client.request('compute', { workspaceId: 'w1', grains: ['month'] });
    client.close();
    expect(f.terminated()).toBe(true);
    await expect(waiting).rejects.toThrow('engine closed');
  });
});
