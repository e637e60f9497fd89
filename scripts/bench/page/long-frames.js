// Long Animation Frames over 50 ms, recorded for long-task-cause.ts, which names the scripts of
// each long task from them. Shared by probes.js and segment-change.js (prepended to each).
window.__ysLongFrames ??= (record) => {
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.duration <= 50) continue;
        record({
          start: e.startTime,
          end: e.startTime + e.duration,
          styleAndLayoutMs: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: e.scripts.map((x) => ({
            invoker: x.invoker,
            source: [(x.sourceURL || '').split('/').pop(), x.sourceFunctionName].filter(Boolean).join(' '),
            start: x.startTime,
            durationMs: x.duration,
            forcedMs: x.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  } catch {
    // No Long Animation Frame timing: long tasks are reported without their cause.
  }
};
