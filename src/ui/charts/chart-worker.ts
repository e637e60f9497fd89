// The page's side of the chart worker: one request in, one picture out.
import { reportChunkFailure } from '../../state/lazy-chunk.ts';
import type { ChartAnswer, ChartJob } from '../../worker/charts.worker.ts';
import type { ChartPicture, ChartRequest } from './types.ts';

type Draw = (request: ChartRequest) => Promise<ChartPicture>;

let draw: Draw | null = null;

/** The chart drawn by the page's one chart worker, started on first use. */
export function drawChart(request: ChartRequest): Promise<ChartPicture> {
  draw ??= inWorker();
  return draw(request);
}

function inWorker(): Draw {
  const worker = new Worker(new URL('../../worker/charts.worker.ts', import.meta.url), {
    type: 'module',
    name: 'charts',
  });
  const waiting = new Map<number, { resolve: (p: ChartPicture) => void; reject: (e: Error) => void }>();
  let next = 0;
  let stopped = false;
  worker.addEventListener('message', (e: MessageEvent<ChartAnswer>) => {
    const answer = e.data;
    const waiter = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ('error' in answer) waiter?.reject(new Error(answer.error));
    else waiter?.resolve(answer.picture);
  });
  // A worker script that cannot be fetched (gone after a deploy) fails with a bare Event.
  worker.addEventListener('error', (e) => {
    if (!(e instanceof ErrorEvent) || !e.message) reportChunkFailure('charts');
    stopped = true;
    for (const waiter of waiting.values()) waiter.reject(new Error('The chart worker stopped.'));
    waiting.clear();
  });
  return (request) =>
    new Promise((resolve, reject) => {
      if (stopped) return reject(new Error('The chart worker stopped.'));
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request } satisfies ChartJob);
    });
}
