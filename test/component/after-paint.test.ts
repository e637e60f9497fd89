import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/state/after-paint.ts';

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the step in a task after the next frame, not in the frame itself', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const step = vi.fn();
    afterPaint(step);
    vi.advanceTimersByTime(0);
    expect(step).not.toHaveBeenCalled();
    frames.shift()!(16);
    expect(step).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(step).toHaveBeenCalledTimes(1);
    // The fallback timer was cleared: the step does not run twice.
    vi.advanceTimersByTime(500);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('runs the step after the fallback delay when no frame comes', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const step = vi.fn();
    afterPaint(step, 100);
    vi.advanceTimersByTime(99);
    expect(step).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(step).not.toHaveBeenCalled();
    // …and then in a task of its own.
    vi.advanceTimersByTime(1);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('never runs a cancelled step', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const step = vi.fn();
    const cancel = afterPaint(step);
    frames.shift()!(16);
    cancel();
    vi.advanceTimersByTime(500);
    expect(step).not.toHaveBeenCalled();

    // Cancelled before its frame: a frame that still calls back changes nothing.
    const before = afterPaint(step);
    before();
    frames.shift()!(32);
    vi.advanceTimersByTime(500);
    expect(step).not.toHaveBeenCalled();
  });
});
