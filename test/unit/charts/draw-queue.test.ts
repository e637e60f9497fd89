import { describe, expect, it } from 'vitest';
import { DrawQueue } from '../../../src/ui/charts/draw-queue.ts';

/**
 * A queue whose tasks run only when the test says so; `job(name)` draws by noting its name in
 * `ran`, and `a`, `b` and `c` are owners. `runTask` runs the next task and lets its job settle.
 */
function manual() {
  const tasks: (() => void)[] = [];
  const errors: unknown[] = [];
  const queue = new DrawQueue(
    (run) => tasks.push(run),
    (e) => errors.push(e),
  );
  const ran: string[] = [];
  const job = (name: string) => () => void ran.push(name);
  const runTask = async () => {
    tasks.shift()!();
    await new Promise((r) => setTimeout(r, 0));
  };
  const drain = async () => {
    while (tasks.length > 0) await runTask();
  };
  return { queue, tasks, ran, errors, job, a: {}, b: {}, c: {}, runTask, drain };
}

describe('DrawQueue', () => {
  it('runs one job at a time, in the order the owners first asked', async () => {
    const { queue, tasks, ran, job, a, b, runTask } = manual();
    queue.request(a, job('a'));
    queue.request(b, job('b'));
    expect(tasks).toHaveLength(1);
    await runTask();
    expect(ran).toEqual(['a']);
    expect(tasks).toHaveLength(1);
    await runTask();
    expect(ran).toEqual(['a', 'b']);
    expect(tasks).toHaveLength(0);
  });

  it('starts the next job only when a drawing in the worker has come back', async () => {
    const { queue, tasks, ran, job, a, b } = manual();
    let answer!: () => void;
    queue.request(a, () => new Promise<void>((r) => (answer = r)).then(() => void ran.push('a')));
    queue.request(b, job('b'));
    tasks.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(tasks).toHaveLength(0);
    answer();
    await new Promise((r) => setTimeout(r, 0));
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(ran).toEqual(['a', 'b']);
  });

  it('draws the charts in view before the rest of the page, and pictures for print last', async () => {
    const { queue, ran, job, a, b, c, drain } = manual();
    queue.request(a, job('print'), 2);
    queue.request(b, job('below'), 1);
    queue.request(c, job('in view'), 0);
    await drain();
    expect(ran).toEqual(['in view', 'below', 'print']);
  });

  it('keeps only the newest job of an owner that asked again before its turn', async () => {
    const { queue, ran, job, a, drain } = manual();
    queue.request(a, job('old'));
    queue.request(a, job('new'));
    await drain();
    expect(ran).toEqual(['new']);
  });

  it('drops a cancelled owner and goes on with the others', async () => {
    const { queue, ran, job, a, b, drain } = manual();
    queue.request(a, job('a'));
    queue.request(b, job('b'));
    queue.cancel(a);
    await drain();
    expect(ran).toEqual(['b']);
    expect(queue.size).toBe(0);
  });

  it('reports a job that fails and still runs the next', async () => {
    const { queue, ran, errors, job, drain } = manual();
    queue.request({}, () => Promise.reject(new Error('worker gone')));
    queue.request({}, job('next'));
    await drain();
    expect(errors).toEqual([new Error('worker gone')]);
    expect(ran).toEqual(['next']);
  });

  it('draws nothing while held, then the newest job of each owner in turn', async () => {
    const { queue, tasks, ran, job, a, b, drain } = manual();
    queue.request(a, job('a1'));
    // Held after the task was scheduled: the task finds the hold and draws nothing.
    const release = queue.hold();
    const other = queue.hold();
    await drain();
    queue.request(a, job('a2'));
    queue.request(b, job('b'));
    expect(tasks).toHaveLength(0);
    release();
    release();
    expect(tasks).toHaveLength(0);
    other();
    await drain();
    expect(ran).toEqual(['a2', 'b']);
  });
});
