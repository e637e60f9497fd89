// The file a confirm would import first is read while its preview is still on screen: by the time
// the person has checked the preview and confirmed, most of the import is done. The worker stages
// it, unseen and under no workspace, and commits only when released into the workspace chosen at
// the confirm; a held import dropped (the file or a choice changed) deletes what it staged.

import type { IngestOptions } from '../core/datasets/ingest.ts';
import type { EngineClient } from './engine-client.ts';
import type { CurrencyQuestion, ImportDestination, ImportProgress, ReplyTo } from '../worker/protocol.ts';

/** What the running import listens to, once a held import is taken over. */
export interface HeldListeners {
  onProgress: (p: ImportProgress) => void;
  onCurrencies: (q: CurrencyQuestion) => void;
}

/**
 * A read ahead keeps three threads busy (the reader, the engine and the hash worker): below four
 * cores it takes the page's own. On two, the page's longest tasks while the person read the
 * preview and clicked confirm grew from 51–59 ms to 61–100 ms, for an import 2–5 % sooner.
 */
export function readAheadFits(): boolean {
  return typeof navigator !== 'undefined' && (navigator.hardwareConcurrency ?? 0) >= 4;
}

export interface HeldImport {
  /** The engine's id of the import (to cancel it or answer its currency question). */
  readonly id: number;
  /** The latest progress it reported while held. */
  readonly progress: ImportProgress | null;
  /** Settles as an import request does. */
  readonly reply: Promise<ReplyTo<'import'>>;
}

interface Held {
  file: File;
  /** The options it reads with, as JSON: another choice is another import. */
  key: string;
  /** The engine it runs in: a cancel or release goes there, whichever engine the page has now. */
  engine: EngineClient;
  id: number;
  reply: Promise<ReplyTo<'import'>>;
  /** The latest progress, whether it failed, and who listens once it is taken. */
  heard: { progress: ImportProgress | null; failed: boolean; listeners: HeldListeners | null };
}

export class ReadAhead {
  #held: Held | null = null;

  constructor(private readonly engine: () => EngineClient) {}

  /** Reads `file` ahead with `options` unless that read is under way; any other is dropped. */
  keep(file: File, options: IngestOptions): void {
    const key = JSON.stringify(options);
    // A read that failed (a full disk, say) is read again: the confirm then imports afresh.
    if (this.#held?.file === file && this.#held.key === key && !this.#held.heard.failed) return;
    void this.drop();
    let id = 0;
    const heard: Held['heard'] = { progress: null, failed: false, listeners: null };
    const engine = this.engine();
    const reply = engine.request(
      'import',
      { workspaceId: '', file, options, held: true },
      {
        started: (started) => (id = started),
        onProgress: (p) => {
          heard.progress = p;
          heard.listeners?.onProgress(p);
        },
        // Asked only after the release, when the confirm's import listens.
        onCurrencies: (q) => heard.listeners?.onCurrencies(q),
      },
    );
    // A failure is the confirm's to report only if it was taken before the read failed.
    reply.catch(() => (heard.failed = true));
    this.#held = { file, key, engine, id, reply, heard };
  }

  /**
   * Stops the read under way, if any: the worker deletes what it staged. Settles once it has
   * (or the read ended otherwise).
   */
  drop(): Promise<void> {
    const held = this.#held;
    this.#held = null;
    if (!held) return Promise.resolve();
    if (!held.heard.failed) held.engine.cancel(held.id);
    return held.reply.then(
      () => undefined,
      () => undefined,
    );
  }

  /**
   * The read of `file` with exactly `options`, released into `to` and handed to the caller, who
   * now listens to it; null (and any other read dropped) when there is none to take, or when it
   * failed: an import started afresh may well succeed.
   */
  take(
    file: File,
    options: IngestOptions,
    to: ImportDestination,
    listeners: HeldListeners,
  ): HeldImport | null {
    const held = this.#held;
    if (!held || held.heard.failed || held.file !== file || held.key !== JSON.stringify(options)) {
      void this.drop();
      return null;
    }
    this.#held = null;
    held.heard.listeners = listeners;
    held.engine.release(held.id, to);
    return { id: held.id, reply: held.reply, progress: held.heard.progress };
  }
}
