// Where an import's reading half runs: in a worker of its own when the runtime has workers, so
// reading, parsing and normalising take one core while packing and storing take the other (the
// import is CPU-bound); in this thread otherwise (Node, in tests).
import { BufferPool } from '../core/datasets/buffer-pool.ts';
import { readFramesOn } from './frame-reading.ts';
import { readFrames, type FrameSink, type ReadJob, type ReadResult } from './read-frames.ts';

export interface FrameReading {
  result: Promise<ReadResult>;
  /** The reading ran in a worker of its own. */
  beside: boolean;
}

/** `done`: buffers of stored frames no longer read, for the reader to fill again (buffer-pool.ts). */
export function readFramesBeside(
  file: Blob,
  job: ReadJob,
  sink: FrameSink,
  done: () => ArrayBuffer[] = () => [],
): FrameReading {
  if (typeof Worker !== 'function') {
    const pool = new BufferPool();
    const spare = (bytes: number) => {
      pool.give(done());
      return pool.take(bytes);
    };
    return { result: readFrames(file, job, sink, spare), beside: false };
  }
  const worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module', name: 'reader' });
  const crashed = new Promise<never>((_, reject) => {
    worker.onerror = (e) =>
      reject(new Error(`reading ${job.fileName} failed: ${e.message || 'worker error'}`));
  });
  const result = Promise.race([readFramesOn(worker, file, job, sink, done), crashed]).finally(() =>
    worker.terminate(),
  );
  return { result, beside: true };
}
