// Chart drawing, one chart per task. ECharts lays out and paints a chart synchronously (tens of ms
// each); a dashboard of a dozen charts drawn in one go blocked clicks for the sum of them all.

import { afterPaint } from '../after-paint.ts';

type Job = () => void;

/**
 * Runs each owner's latest job in its own task, in the order owners first asked. A job asked for
 * again before it ran replaces the older one (only the newest option or size matters).
 */
export class DrawQueue {
  readonly #jobs = new Map<object, Job>();
  #scheduled = false;
  #holds = 0;

  constructor(private readonly later: (run: () => void) => void = (run) => setTimeout(run, 0)) {}

  request(owner: object, job: Job): void {
    this.#jobs.set(owner, job);
    this.#schedule();
  }

  cancel(owner: object): void {
    this.#jobs.delete(owner);
  }

  get size(): number {
    return this.#jobs.size;
  }

  /**
   * Draws nothing until the returned release is called (more than one hold may be out). Jobs
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
    if (this.#scheduled || this.#holds > 0 || this.#jobs.size === 0) return;
    this.#scheduled = true;
    this.later(() => this.#runOne());
  }

  #runOne(): void {
    this.#scheduled = false;
    // A hold taken after this task was scheduled.
    if (this.#holds > 0) return;
    const next = this.#jobs.entries().next();
    if (next.done) return;
    const [owner, job] = next.value;
    this.#jobs.delete(owner);
    try {
      job();
    } finally {
      this.#schedule();
    }
  }
}

/**
 * The page's one queue: every chart panel draws through it, each chart after a frame, so new
 * numbers are painted before any chart is drawn again with them (and each chart in a frame of its own).
 */
export const chartDraws = new DrawQueue((run) => void afterPaint(run));
