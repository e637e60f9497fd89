import type { CurrencyAnswer } from '../core/currency.ts';
import type { FileProblem } from '../core/datasets/reasons.ts';
import type { SnapshotProblem } from '../core/snapshot/problems.ts';
import type {
  ComputedPart,
  CurrencyQuestion,
  EngineErrorCode,
  EngineRequest,
  EngineResponse,
  ImportDestination,
  ImportProgress,
  ReplyTo,
  RequestType,
  SnapshotProgress,
} from '../worker/protocol.ts';

interface Listeners {
  onProgress?: (p: ImportProgress) => void;
  /** An import stopped for conversion rates: answer with `answerRates`, or `cancel` it. */
  onCurrencies?: (q: CurrencyQuestion) => void;
  onSnapshotProgress?: (p: SnapshotProgress) => void;
  /** A compute's last saved answer for the same data and settings, before the final one. */
  onSaved?: (answer: ComputedPart) => void;
}

type Pending = Listeners & {
  resolve: (msg: EngineResponse) => void;
  reject: (e: EngineError) => void;
};

/** An error the worker reported, with its machine-readable code. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly code: EngineErrorCode,
    readonly detail?: FileProblem,
    /** Why a snapshot was refused (code `snapshot`). */
    readonly problem?: SnapshotProblem,
  ) {
    super(message);
  }
}

type Body<T extends EngineRequest['type']> = Omit<Extract<EngineRequest, { type: T }>, 'id' | 'type'>;

/** Request/answer over the engine worker: each request gets an id, answers resolve its promise. */
export class EngineClient {
  #next = 1;
  #pending = new Map<number, Pending>();

  /**
   * `inPage`: the engine runs on the page's own thread (engine.ts, no storage), where work that
   * can wait (reading a file ahead) would take the thread from the person.
   */
  constructor(
    private readonly worker: Worker,
    readonly inPage = false,
  ) {
    worker.onmessage = (e: MessageEvent<EngineResponse>) => this.#receive(e.data);
    worker.onerror = (e) => {
      for (const p of this.#pending.values())
        p.reject(new EngineError(e.message || 'engine crashed', 'crash'));
      this.#pending.clear();
    };
  }

  #receive(msg: EngineResponse): void {
    const p = this.#pending.get(msg.id);
    if (!p) return; // an answer nobody waits for any more
    if (msg.type === 'progress') return p.onProgress?.(msg.progress);
    if (msg.type === 'snapshot-progress') return p.onSnapshotProgress?.(msg.progress);
    if (msg.type === 'computed-saved') return p.onSaved?.(msg.answer);
    if (msg.type === 'currencies') {
      // A caller that cannot ask the person (none listening) must not leave the import waiting.
      if (p.onCurrencies) p.onCurrencies(msg.question);
      else this.cancel(msg.id);
      return;
    }
    this.#pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new EngineError(msg.message, msg.code, msg.detail, msg.problem));
    else p.resolve(msg);
  }

  /** Sends a request; `started` receives its id (to cancel an import). */
  request<T extends RequestType>(
    type: T,
    body: Body<T>,
    opts: Listeners & { started?: (id: number) => void } = {},
  ): Promise<ReplyTo<T>> {
    const id = this.#next++;
    opts.started?.(id);
    return new Promise((resolve, reject) => {
      this.#pending.set(id, {
        // The worker answers a request only with its reply type (protocol.ts Replies).
        resolve: resolve as (msg: EngineResponse) => void,
        reject,
        onProgress: opts.onProgress,
        onCurrencies: opts.onCurrencies,
        onSnapshotProgress: opts.onSnapshotProgress,
        onSaved: opts.onSaved,
      });
      this.worker.postMessage({ ...body, type, id } as unknown as EngineRequest);
    });
  }

  /** Stops the worker (the page moved to another engine); what still waits is refused. */
  close(): void {
    (this.worker as Partial<Worker>).terminate?.();
    for (const p of this.#pending.values()) p.reject(new EngineError('engine closed', 'crash'));
    this.#pending.clear();
  }

  /** Has the worker read a workspace's rows now, for the compute that will ask for them. */
  prefetch(workspaceId: string): void {
    this.worker.postMessage({ type: 'prefetch', id: this.#next++, workspaceId } satisfies EngineRequest);
  }

  cancel(importId: number): void {
    this.worker.postMessage({ type: 'cancel', id: this.#next++, importId } satisfies EngineRequest);
  }

  /** Lets a held import (read ahead while its preview was shown) commit into `to`. */
  release(importId: number, to: ImportDestination): void {
    this.worker.postMessage({ type: 'release', id: this.#next++, importId, to } satisfies EngineRequest);
  }

  /** Resumes an import stopped for conversion rates. */
  answerRates(importId: number, answer: CurrencyAnswer): void {
    this.worker.postMessage({ type: 'rates', id: this.#next++, importId, answer } satisfies EngineRequest);
  }
}
