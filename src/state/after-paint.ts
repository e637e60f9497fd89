/**
 * Runs `step` in a task of its own after the next frame: a preview drawn in steps then pays the
 * style and layout of each step in its own frame, where steps queued as plain timers could all
 * run before one frame that lays everything out at once. Where no frame comes (a hidden tab, a
 * test DOM without frames) a timer runs it anyway. Returns what cancels it.
 */
export function afterPaint(step: () => void, fallbackMs = 100): () => void {
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => run()) : undefined;
  const fallback = setTimeout(() => run(), fallbackMs);

  function run() {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    if (frame !== undefined) cancelAnimationFrame(frame);
    task = setTimeout(step, 0);
  }

  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(task);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}
