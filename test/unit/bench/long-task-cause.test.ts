// The bench names whose work a long task was, from the long animation frames around it.
import { describe, expect, it } from 'vitest';
import { longTaskCause, type LongFrame } from '../../../scripts/bench/long-task-cause.ts';

const frame = (
  start: number,
  end: number,
  scripts: LongFrame['scripts'],
  styleAndLayoutMs = 0,
): LongFrame => ({
  start,
  end,
  styleAndLayoutMs,
  scripts,
});

const script = (invoker: string, start: number, durationMs: number, source = '', forcedMs = 0) => ({
  invoker,
  source,
  start,
  durationMs,
  forcedMs,
});

describe('longTaskCause', () => {
  it('names the scripts that ran inside the task, the longest first, with their file', () => {
    const frames = [
      frame(990, 1080, [
        script('TimerHandler:setTimeout', 1000, 12, 'ImportView.js'),
        script('DIV#app.onchange', 1013, 38.4, 'locale.js handle_event_propagation', 6.2),
      ]),
    ];
    expect(longTaskCause(1000, 56, frames)).toBe(
      'DIV#app.onchange (locale.js handle_event_propagation) 38 ms, forcing 6 ms of style and layout; ' +
        'TimerHandler:setTimeout (ImportView.js) 12 ms',
    );
  });

  it('leaves out scripts of the same frame that ran in another task', () => {
    const frames = [
      frame(0, 160, [
        script('FrameRequestCallback', 5, 20, 'after-paint.js'),
        script('TimerHandler:setTimeout', 60, 70, 'ChartPanel.js draw'),
        // The frame's callbacks, in the rendering task right after.
        script('FrameRequestCallback', 132, 9, 'after-paint.js'),
      ]),
    ];
    expect(longTaskCause(60, 72, frames)).toBe('TimerHandler:setTimeout (ChartPanel.js draw) 70 ms');
  });

  it('calls a task without a script the frame’s rendering', () => {
    expect(longTaskCause(500, 55, [frame(450, 560, [script('IDBRequest.onsuccess', 452, 9)], 41.6)])).toBe(
      'rendering: style and layout 42 ms',
    );
  });

  it('says nothing when no long frame was recorded around the task', () => {
    expect(longTaskCause(500, 55, [frame(0, 100, [script('X', 10, 60)])])).toBeNull();
    expect(longTaskCause(500, 55, [])).toBeNull();
  });
});
