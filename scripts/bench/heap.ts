import type { CDPSession, Page } from '@playwright/test';

const SAMPLE_EVERY_MS = 100;

interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

interface ChildMessage {
  id?: number;
  result?: HeapUsage;
  error?: { message: string };
}

export interface HeapReport {
  /** Highest sum of page + worker JS heap (used) seen in one sample. */
  peakBytes: number;
  samples: number;
  /** Most workers attached at once. */
  workers: number;
}

/**
 * Samples `Runtime.getHeapUsage` of the page and each of its workers every ~100 ms.
 *
 * Workers are reached with `Target.setAutoAttach`. Playwright's public CDPSession cannot address
 * the child sessions of flat mode (`flatten: true`): their messages carry a sessionId Playwright
 * does not know and are dropped. So this uses the nested mode (`flatten: false`): commands go to a
 * worker through `Target.sendMessageToTarget` and answers come back as `Target.receivedMessageFromTarget`.
 */
export class HeapSampler {
  readonly #cdp: CDPSession;
  readonly #workers = new Set<string>();
  readonly #pending = new Map<number, (message: ChildMessage) => void>();
  #nextId = 1;
  #timer: NodeJS.Timeout | null = null;
  #sampling: Promise<void> = Promise.resolve();
  #peak = 0;
  #samples = 0;
  #maxWorkers = 0;

  private constructor(cdp: CDPSession) {
    this.#cdp = cdp;
  }

  static async start(page: Page): Promise<HeapSampler> {
    const cdp = await page.context().newCDPSession(page);
    const sampler = new HeapSampler(cdp);
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') sampler.#workers.add(e.sessionId);
    });
    cdp.on('Target.detachedFromTarget', (e) => sampler.#workers.delete(e.sessionId));
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const message = JSON.parse(e.message) as ChildMessage;
      if (message.id === undefined) return;
      sampler.#pending.get(message.id)?.(message);
      sampler.#pending.delete(message.id);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    sampler.#timer = setInterval(() => {
      // One sample at a time: a busy renderer answers late, and samples must not pile up.
      sampler.#sampling = sampler.#sampling.then(() => sampler.#sample());
    }, SAMPLE_EVERY_MS);
    return sampler;
  }

  async stop(): Promise<HeapReport> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#sampling;
    await this.#cdp.detach().catch(() => undefined);
    return { peakBytes: this.#peak, samples: this.#samples, workers: this.#maxWorkers };
  }

  async #sample(): Promise<void> {
    if (this.#timer === null) return;
    const workers = [...this.#workers];
    const usages = await Promise.all([
      this.#cdp.send('Runtime.getHeapUsage').catch(() => null),
      ...workers.map((sessionId) => this.#workerHeap(sessionId)),
    ]);
    const sum = usages.reduce((total, usage) => total + (usage?.usedSize ?? 0), 0);
    this.#peak = Math.max(this.#peak, sum);
    this.#maxWorkers = Math.max(this.#maxWorkers, workers.length);
    this.#samples++;
  }

  async #workerHeap(sessionId: string): Promise<HeapUsage | null> {
    const id = this.#nextId++;
    const answer = new Promise<ChildMessage>((resolve) => {
      this.#pending.set(id, resolve);
      setTimeout(() => resolve({ error: { message: 'timeout' } }), 5000);
    });
    try {
      await this.#cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
      });
    } catch {
      this.#pending.delete(id);
      return null;
    }
    const message = await answer;
    this.#pending.delete(id);
    return message.result ?? null;
  }
}
