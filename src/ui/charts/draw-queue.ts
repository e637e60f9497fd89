// Chart drawing, one chart at a time. A chart is drawn in the chart worker: one at a time keeps
// the worker on the newest request of each chart (a segment changed twice draws once) and lets
// the charts in view go before those further down the page.

import { afterPaint } from '../after-paint.ts';

type Job = () => Promise<unknown> | void;

/** Near the viewport first, then the rest of the page, then pictures kept for printing. */
export type DrawPriority = 0 | 1 | 2;

/**
 * Runs each owner's latest job, one job at a time (an async job until it settles), the lowest
 * priority number first and, within one priority, in the order owners first asked. A job asked
 * for again before it ran replaces the older one.
 */
export class DrawQueue {
  readonly #jobs = new Map<object, { job: Job; priority: DrawPriority }>();
  #busy = false;
  #holds = 0;

  constructor(
    private readonly later: (run: () => void) => void = (run) => setTimeout(run, 0),
    /** A job that fails stops only itself: the others still draw. */
    private readonly failed: (error: unknown) => void = (error) => console.error(error),
  ) {}

  request(owner: object, job: Job, priority: DrawPriority = 0): void {
    this.#jobs.set(owner, { job, priority });
    this.#schedule();
  }

  cancel(owner: object): void {
    this.#jobs.delete(owner);
  }

  get size(): number {
    return this.#jobs.size;
  }

  /**
   * Starts nothing until the returned release is called (more than one hold may be out). Jobs
   * asked meanwhile wait, the newest per owner, and run in turn after the last release.
   */
  hold(): () => void {
    this.#holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holds--;
      this.#schedule();
    };
  }

  #schedule(): void {
    if (this.#busy || this.#holds > 0 || this.#jobs.size === 0) return;
    this.#busy = true;
    this.later(() => void this.#runOne());
  }

  async #runOne(): Promise<void> {
    // A hold taken after this task was scheduled.
    const next = this.#holds > 0 ? undefined : this.#next();
    if (!next) {
      this.#busy = false;
      return;
    }
    const [owner, { job }] = next;
    this.#jobs.delete(owner);
    try {
      await job();
    } catch (error) {
      this.failed(error);
    } finally {
      this.#busy = false;
      this.#schedule();
    }
  }

  #next(): [object, { job: Job; priority: DrawPriority }] | undefined {
    let best: [object, { job: Job; priority: DrawPriority }] | undefined;
    for (const entry of this.#jobs) if (!best || entry[1].priority < best[1].priority) best = entry;
    return best;
  }
}

/**
 * The page's one queue: every chart panel draws through it, after a frame, so new numbers are
 * painted before any chart is asked for again with them.
 */
export const chartDraws = new DrawQueue((run) => void afterPaint(run));
