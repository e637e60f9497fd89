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

interface ChildEvent {
  method?: string;
  params?: {
    sessionId?: string;
    message?: string;
    targetInfo?: { type: string };
  };
}

/**
 * Samples `Runtime.getHeapUsage` of the page and each of its workers every ~100 ms, with the
 * workers those start (the engine worker starts the import's reader and hash workers).
 *
 * Workers are reached with `Target.setAutoAttach`. Playwright's public CDPSession cannot address
 * the child sessions of flat mode (`flatten: true`): their messages carry a sessionId Playwright
 * does not know and are dropped. So this uses the nested mode (`flatten: false`): commands go to a
 * worker through `Target.sendMessageToTarget` and answers come back as
 * `Target.receivedMessageFromTarget`; a worker's own workers are one more such wrapping down.
 */
export class HeapSampler {
  readonly #cdp: CDPSession;
  /** Each worker by the path of session ids that reaches it, joined with spaces. */
  readonly #workers = new Map<string, string[]>();
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
      if (e.targetInfo.type === 'worker') sampler.#attached([e.sessionId]);
    });
    cdp.on('Target.detachedFromTarget', (e) => sampler.#workers.delete(e.sessionId));
    cdp.on('Target.receivedMessageFromTarget', (e) => sampler.#received([e.sessionId], e.message));
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

  /** A worker attached: its own workers are attached too. */
  #attached(path: string[]): void {
    this.#workers.set(path.join(' '), path);
    const message = { id: this.#nextId++, method: 'Target.setAutoAttach', params: NESTED_ATTACH };
    void this.#sendTo(path, JSON.stringify(message)).catch(() => undefined);
  }

  /** A message from the worker at `path`: an answer, or an event about its own workers. */
  #received(path: string[], text: string): void {
    const message = JSON.parse(text) as ChildMessage & ChildEvent;
    const params = message.params;
    if (message.method === 'Target.receivedMessageFromTarget' && params?.sessionId && params.message)
      this.#received([...path, params.sessionId], params.message);
    else if (message.method === 'Target.attachedToTarget' && params?.sessionId) {
      if (params.targetInfo?.type === 'worker') this.#attached([...path, params.sessionId]);
    } else if (message.method === 'Target.detachedFromTarget' && params?.sessionId)
      this.#workers.delete([...path, params.sessionId].join(' '));
    else if (message.id !== undefined) {
      this.#pending.get(message.id)?.(message);
      this.#pending.delete(message.id);
    }
  }

  /** Sends a protocol message to the worker at `path`, wrapped once per level below the page. */
  async #sendTo(path: string[], message: string): Promise<void> {
    if (path.length === 1) {
      await this.#cdp.send('Target.sendMessageToTarget', { sessionId: path[0], message });
      return;
    }
    const wrapped = {
      id: this.#nextId++,
      method: 'Target.sendMessageToTarget',
      params: { sessionId: path.at(-1), message },
    };
    await this.#sendTo(path.slice(0, -1), JSON.stringify(wrapped));
  }

  async #sample(): Promise<void> {
    if (this.#timer === null) return;
    const workers = [...this.#workers.values()];
    const usages = await Promise.all([
      this.#cdp.send('Runtime.getHeapUsage').catch(() => null),
      ...workers.map((path) => this.#workerHeap(path)),
    ]);
    const sum = usages.reduce((total, usage) => total + (usage?.usedSize ?? 0), 0);
    this.#peak = Math.max(this.#peak, sum);
    this.#maxWorkers = Math.max(this.#maxWorkers, workers.length);
    this.#samples++;
  }

  async #workerHeap(path: string[]): Promise<HeapUsage | null> {
    const id = this.#nextId++;
    const answer = new Promise<ChildMessage>((resolve) => {
      this.#pending.set(id, resolve);
      setTimeout(() => resolve({ error: { message: 'timeout' } }), 5000);
    });
    try {
      await this.#sendTo(path, JSON.stringify({ id, method: 'Runtime.getHeapUsage' }));
    } catch {
      this.#pending.delete(id);
      return null;
    }
    const message = await answer;
    this.#pending.delete(id);
    return message.result ?? null;
  }
}

const NESTED_ATTACH = { autoAttach: true, waitForDebuggerOnStart: false, flatten: false };
