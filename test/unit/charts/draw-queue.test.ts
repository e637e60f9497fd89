import { describe, expect, it } from 'vitest';
import { DrawQueue } from '../../../src/ui/charts/draw-queue.ts';

/**
 * A queue whose tasks run only when the test says so; `job(name)` draws by noting its name in
 * `ran`, and `a` and `b` are two owners.
 */
function manual() {
  const tasks: (() => void)[] = [];
  const queue = new DrawQueue((run) => tasks.push(run));
  const ran: string[] = [];
  const job = (name: string) => () => void ran.push(name);
  return { queue, tasks, ran, job, a: {}, b: {}, runTask: () => tasks.shift()!() };
}

describe('DrawQueue', () => {
  it('runs one job per task, in the order the owners first asked', () => {
    const { queue, tasks, ran, job, a, b, runTask } = manual();
    queue.request(a, job('a'));
    queue.request(b, job('b'));
    expect(tasks).toHaveLength(1);
    runTask();
    expect(ran).toEqual(['a']);
    expect(tasks).toHaveLength(1);
    runTask();
    expect(ran).toEqual(['a', 'b']);
    expect(tasks).toHaveLength(0);
  });

  it('keeps only the newest job of an owner that asked again before its turn', () => {
    const { queue, tasks, ran, job, a, runTask } = manual();
    queue.request(a, job('old'));
    queue.request(a, job('new'));
    while (tasks.length > 0) runTask();
    expect(ran).toEqual(['new']);
  });

  it('drops a cancelled owner and goes on with the others', () => {
    const { queue, tasks, ran, job, a, b, runTask } = manual();
    queue.request(a, job('a'));
    queue.request(b, job('b'));
    queue.cancel(a);
    while (tasks.length > 0) runTask();
    expect(ran).toEqual(['b']);
    expect(queue.size).toBe(0);
  });

  it('still runs the next job when one throws', () => {
    const { queue, ran, job, runTask } = manual();
    queue.request({}, () => {
      throw new Error('disposed chart');
    });
    queue.request({}, job('next'));
    expect(() => runTask()).toThrow('disposed chart');
    runTask();
    expect(ran).toEqual(['next']);
  });

  it('draws nothing while held, then the newest job of each owner in turn', () => {
    const { queue, tasks, ran, job, a, b, runTask } = manual();
    queue.request(a, job('a1'));
    // Held after the task was scheduled: the task finds the hold and draws nothing.
    const release = queue.hold();
    const other = queue.hold();
    while (tasks.length > 0) runTask();
    queue.request(a, job('a2'));
    queue.request(b, job('b'));
    expect(tasks).toHaveLength(0);
    release();
    release();
    expect(tasks).toHaveLength(0);
    other();
    while (tasks.length > 0) runTask();
    expect(ran).toEqual(['a2', 'b']);
  });
});
