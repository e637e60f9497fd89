import type { ComputeAnswer, ComputedPart, Granularity } from '../worker/protocol.ts';
import { problemText } from '../i18n/problem-text.ts';
import { composeAnswer } from './compute-answer.ts';
import type { EngineClient } from './engine-client.ts';
import { locale } from './locale.svelte.ts';
import { problemOf, type Problem } from './problem.ts';

/**
 * The worker's KPI results for the current workspace and segment. Only the answers to the latest
 * request are kept: a slower answer to an older request never overwrites a newer one. Months come
 * first so the dashboard shows values while quarters and years are still being computed.
 */
export class Metrics {
  result = $state.raw<ComputeAnswer | null>(null);
  computing = $state(false);
  /** Why the last compute failed, as a code the page words (never the developer's message). */
  problem = $state.raw<Problem | null>(null);
  /** Reading from IndexedDB and computing every KPI, when the data was not yet in the worker. */
  coldMs = $state<number | null>(null);
  /** Computing every KPI of months, quarters and years from data already in the worker. */
  warmMs = $state<number | null>(null);
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
      // Both asked at once: the worker answers the months first and builds quarters and years from
      // them, without waiting for this page to show the months and ask again (a page busy drawing
      // them made that round trip tens of ms on a 2-core machine).
      let months = -1;
      const asked = this.#compute(workspaceId, segment, ['month'], { started: (id) => (months = id) });
      const later = this.#compute(workspaceId, segment, ['quarter', 'year'], { following: months });
      // Its failure is the same failure as the months': reported once, below.
      later.catch(() => undefined);
      const monthly = await asked;
      if (ticket !== this.#latest) return;
      this.result = composeAnswer(monthly);
      const periods = await later;
      if (ticket !== this.#latest) return;
      this.result = composeAnswer(monthly, periods);
      const computeMs = monthly.timings.computeMs + periods.timings.computeMs;
      this.warmMs = computeMs;
      if (monthly.timings.loadMs > 0) this.coldMs = monthly.timings.loadMs + computeMs;
      this.problem = null;
    } catch (e) {
      if (ticket === this.#latest) this.problem = problemOf(e);
    } finally {
      if (ticket === this.#latest) this.computing = false;
    }
  }

  /** The failure in the page's language, worded as import failures are. */
  get error(): string | null {
    return this.problem && problemText(locale.messages, this.problem);
  }

  async #compute(
    workspaceId: string,
    segment: Record<string, string[]> | undefined,
    grains: Granularity[],
    opts: { following?: number; started?: (id: number) => void } = {},
  ): Promise<ComputedPart> {
    const { following, started } = opts;
    const msg = await this.engine().request(
      'compute',
      { workspaceId, segment, grains, following },
      { started },
    );
    return msg.answer;
  }
}
