// The reading half of an import (read-frames.ts) served over a message port, and its client:
// frames cross with their typed arrays moved, not copied, and the reader stays at most
// FRAMES_AHEAD frames ahead of the storing half, so memory stays bounded by a few chunks.

import { BufferPool, frameBuffers } from '../core/datasets/buffer-pool.ts';
import { IngestError } from '../core/datasets/errors.ts';
import type { Frame } from '../core/datasets/frame.ts';
import { EncodingRestart } from './stream-rows.ts';
import { readFrames, type FrameSink, type ReadJob, type ReadResult } from './read-frames.ts';

/** Frames posted and not yet stored, past which the reader waits. */
const FRAMES_AHEAD = 2;

/** A Worker, a worker's global scope or a MessagePort. */
export interface Port {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

type ToReader =
  | { type: 'read'; file: Blob; job: ReadJob }
  /** `spare`: buffers of frames stored, moved back to be written again (buffer-pool.ts). */
  | { type: 'stored'; frames: number; spare: ArrayBuffer[] };

type WireError =
  | { name: 'IngestError'; code: IngestError['code']; fileName: string; detail: IngestError['detail'] }
  | { name: 'EncodingRestart'; encoding: EncodingRestart['encoding'] }
  | { name: 'Error'; message: string };

type FromReader =
  | { type: 'slice'; frames: Frame[]; bytes: number; rows: number }
  | { type: 'done'; result: ReadResult }
  | { type: 'failed'; error: WireError };

function toWire(e: unknown): WireError {
  if (e instanceof IngestError)
    return { name: 'IngestError', code: e.code, fileName: e.fileName, detail: e.detail };
  if (e instanceof EncodingRestart) return { name: 'EncodingRestart', encoding: e.encoding };
  return { name: 'Error', message: e instanceof Error ? e.message : String(e) };
}

function fromWire(e: WireError): Error {
  switch (e.name) {
    case 'IngestError':
      return new IngestError(e.code, e.fileName, e.detail);
    case 'EncodingRestart':
      return new EncodingRestart(e.encoding);
    default:
      return new Error(e.message);
  }
}

/** Answers one `read` request on `port` (the reader's worker runs this on its own scope). */
export function serveFrameReading(port: Port): void {
  let ahead = 0;
  let wake: (() => void) | null = null;
  const pool = new BufferPool();
  port.onmessage = (event: MessageEvent<ToReader>) => {
    const message = event.data;
    if (message.type === 'stored') {
      ahead -= message.frames;
      pool.give(message.spare);
      wake?.();
      return;
    }
    const post = (m: FromReader, transfer: Transferable[] = []) => port.postMessage(m, transfer);
    const sink: FrameSink = async (frames, bytes, rows) => {
      post({ type: 'slice', frames, bytes, rows }, frameBuffers(frames));
      ahead += frames.length;
      while (ahead > FRAMES_AHEAD) await new Promise<void>((resolve) => (wake = resolve));
    };
    readFrames(message.file, message.job, sink, pool.take).then(
      (result) => post({ type: 'done', result }),
      (e: unknown) => post({ type: 'failed', error: toWire(e) }),
    );
  };
}

/**
 * Asks the reader on `port` to read `file`; `sink` gets the frames in order, one call at a time,
 * as readFrames would call it. Settles after the last frames are stored; the first error (the
 * reader's or the sink's) rejects, and the caller stops the reader. `done`: buffers of stored
 * frames the caller no longer reads, moved back for the reader to fill again.
 */
export function readFramesOn(
  port: Port,
  file: Blob,
  job: ReadJob,
  sink: FrameSink,
  done: () => ArrayBuffer[] = () => [],
): Promise<ReadResult> {
  return new Promise<ReadResult>((resolve, reject) => {
    let failed = false;
    let queue = Promise.resolve();
    const fail = (e: unknown) => {
      failed = true;
      reject(e);
    };
    // Each message waits for the one before it: frames are stored in the order they were read.
    const next = (step: () => Promise<void> | void) => {
      queue = queue.then(() => (failed ? undefined : step())).catch(fail);
    };
    port.onmessage = (event: MessageEvent<FromReader>) => {
      const message = event.data;
      if (message.type === 'slice')
        next(async () => {
          await sink(message.frames, message.bytes, message.rows);
          const spare = done();
          port.postMessage(
            { type: 'stored', frames: message.frames.length, spare } satisfies ToReader,
            spare,
          );
        });
      else if (message.type === 'done') next(() => resolve(message.result));
      else next(() => fail(fromWire(message.error)));
    };
    port.postMessage({ type: 'read', file, job } satisfies ToReader, []);
  });
}
