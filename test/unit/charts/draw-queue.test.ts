import { describe, expect, it } from 'vitest';
import { DrawQueue } from '../../../src/ui/charts/draw-queue.ts';

/** A queue whose tasks run only when the test says so. */
function manual(): { queue: DrawQueue; tasks: (() => void)[]; runTask: () => void } {
  const tasks: (() => void)[] = [];
  const queue = new DrawQueue((run) => tasks.push(run));
  return { queue, tasks, runTask: () => tasks.shift()!() };
}

describe('DrawQueue', () => {
  it('runs one job per task, in the order the owners first asked', () => {
    const { queue, tasks, runTask } = manual();
    const ran: string[] = [];
    const a = {};
    const b = {};
    queue.request(a, () => ran.push('a'));
    queue.request(b, () => ran.push('b'));
    expect(tasks).toHaveLength(1);
    runTask();
    expect(ran).toEqual(['a']);
    expect(tasks).toHaveLength(1);
    runTask();
    expect(ran).toEqual(['a', 'b']);
    expect(tasks).toHaveLength(0);
  });

  it('keeps only the newest job of an owner that asked again before its turn', () => {
    const { queue, tasks, runTask } = manual();
    const ran: string[] = [];
    const a = {};
    queue.request(a, () => ran.push('old'));
    queue.request(a, () => ran.push('new'));
    while (tasks.length > 0) runTask();
    expect(ran).toEqual(['new']);
  });

  it('drops a cancelled owner and goes on with the others', () => {
    const { queue, tasks, runTask } = manual();
    const ran: string[] = [];
    const a = {};
    const b = {};
    queue.request(a, () => ran.push('a'));
    queue.request(b, () => ran.push('b'));
    queue.cancel(a);
    while (tasks.length > 0) runTask();
    expect(ran).toEqual(['b']);
    expect(queue.size).toBe(0);
  });

  it('still runs the next job when one throws', () => {
    const { queue, runTask } = manual();
    const ran: string[] = [];
    queue.request({}, () => {
      throw new Error('disposed chart');
    });
    queue.request({}, () => ran.push('next'));
    expect(() => runTask()).toThrow('disposed chart');
    runTask();
    expect(ran).toEqual(['next']);
  });

  it('draws nothing while held, then the newest job of each owner in turn', () => {
    const { queue, tasks, runTask } = manual();
    const ran: string[] = [];
    const a = {};
    const b = {};
    queue.request(a, () => ran.push('a1'));
    // Held after the task was scheduled: the task finds the hold and draws nothing.
    const release = queue.hold();
    const other = queue.hold();
    while (tasks.length > 0) runTask();
    queue.request(a, () => ran.push('a2'));
    queue.request(b, () => ran.push('b'));
    expect(tasks).toHaveLength(0);
    release();
    release();
    expect(tasks).toHaveLength(0);
    other();
    while (tasks.length > 0) runTask();
    expect(ran).toEqual(['a2', 'b']);
  });
});
