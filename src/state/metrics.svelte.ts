import type { ComputeAnswer, Granularity } from '../worker/protocol.ts';
import { problemText } from '../i18n/problem-text.ts';
import { composeAnswer } from './compute-answer.ts';
import type { EngineClient } from './engine-client.ts';
import { locale } from './locale.svelte.ts';
import { problemOf, type Problem } from './problem.ts';

/**
 * The worker's KPI results for the current workspace and segment. Only the answers to the latest
 * request are kept: a slower answer to an older request never overwrites a newer one.
 */
export class Metrics {
  result = $state.raw<ComputeAnswer | null>(null);
  /** From a request until its answer, or the saved answer before it, is shown. */
  computing = $state(false);
  /** Why the last compute failed, as a code the page words (never the developer's message). */
  problem = $state.raw<Problem | null>(null);
  /** Reading from IndexedDB and computing every KPI, when the data was not yet in the worker. */
  coldMs = $state<number | null>(null);
  /** Computing every KPI of months, quarters and years from data already in the worker. */
  warmMs = $state<number | null>(null);
  #latest = 0;

  constructor(private readonly engine: () => EngineClient) {}

  /** `revision`: the workspaces' count of stored changes (the worker reads again when it moves). */
  async refresh(
    workspaceId: string | null,
    segment?: Record<string, string[]>,
    revision?: number,
  ): Promise<void> {
    const ticket = ++this.#latest;
    if (!workspaceId) {
      this.result = null;
      return;
    }
    this.computing = true;
    try {
      // One request: quarters and years are built from the months in well under a millisecond,
      // and a second answer would wait behind this page's drawing of the first (tens of ms on a
      // 2-core machine).
      const grains: Granularity[] = ['month', 'quarter', 'year'];
      let shown = false;
      const { answer: part } = await this.engine().request(
        'compute',
        { workspaceId, segment, grains, revision },
        {
          // The last compute of the same data, settings and code, shown while the worker reads the
          // data and computes again: opening the app shows the KPIs, and draws the charts, at once.
          onSaved: (saved) => {
            if (ticket !== this.#latest) return;
            this.result = composeAnswer(saved);
            this.computing = false;
            shown = true;
          },
        },
      );
      if (ticket !== this.#latest) return;
      // The same numbers again: the page keeps what it shows (no redraw).
      if (!(shown && part.sameAsSaved)) this.result = composeAnswer(part);
      const { computeMs, loadMs } = part.timings;
      this.warmMs = computeMs;
      if (loadMs > 0) this.coldMs = loadMs + computeMs;
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
}
