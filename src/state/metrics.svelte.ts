import type { ComputeAnswer } from '../worker/protocol.ts';
import type { EngineClient } from './engine-client.ts';

/**
 * The worker's KPI results for the current workspace and segment. Only the answer to the latest
 * request is kept: a slower answer to an older request never overwrites a newer one.
 */
export class Metrics {
  result = $state.raw<ComputeAnswer | null>(null);
  computing = $state(false);
  error = $state<string | null>(null);
  #latest = 0;

  constructor(private readonly engine: () => EngineClient) {}

  async refresh(workspaceId: string | null, segment?: Record<string, string[]>): Promise<void> {
    const ticket = ++this.#latest;
    if (!workspaceId) {
      this.result = null;
      return;
    }
    this.computing = true;
    try {
      const msg = await this.engine().request('compute', { workspaceId, segment });
      if (ticket !== this.#latest) return;
      if (msg.type === 'computed') this.result = msg.answer;
      this.error = null;
    } catch (e) {
      if (ticket === this.#latest) this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (ticket === this.#latest) this.computing = false;
    }
  }
}
