// Where an import's reading half runs: in a worker of its own when the runtime has workers, so
// reading, parsing and normalising take one core while packing and storing take the other (the
// import is CPU-bound); in this thread otherwise (Node, in tests).
import { readFramesOn } from './frame-reading.ts';
import { readFrames, type FrameSink, type ReadJob, type ReadResult } from './read-frames.ts';

export interface FrameReading {
  result: Promise<ReadResult>;
  /** The reading ran in a worker of its own. */
  beside: boolean;
}

export function readFramesBeside(file: Blob, job: ReadJob, sink: FrameSink): FrameReading {
  if (typeof Worker !== 'function') return { result: readFrames(file, job, sink), beside: false };
  const worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module', name: 'reader' });
  const crashed = new Promise<never>((_, reject) => {
    worker.onerror = (e) =>
      reject(new Error(`reading ${job.fileName} failed: ${e.message || 'worker error'}`));
  });
  const result = Promise.race([readFramesOn(worker, file, job, sink), crashed]).finally(() =>
    worker.terminate(),
  );
  return { result, beside: true };
}
