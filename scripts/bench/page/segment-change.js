// Page-side watcher of a segment change (metrics.md §3b): when the change started (the click on
// the segment bar's add button, or `start()` just before the hash is set), when the KPI cards
// first showed other values, when the compute timing hook was rewritten (months, quarters and
// years all answered), each with the next animation frame, and every long task meanwhile.
(() => {
  if (window.__ysSegment) return;

  const KPI = '[data-kpi]';
  const HOOK = '[data-testid="compute-ms"], [data-compute-ms]';
  const state = {
    startedAt: null,
    valuesAt: null,
    valuesFrameAt: null,
    hookAt: null,
    hookFrameAt: null,
    longTasks: [],
    /** Long Animation Frames over 50 ms: whose work each long task was (long-task-cause.ts). */
    longFrames: [],
    before: '',
    hookBefore: null,
  };

  const kpiValues = () =>
    [...document.querySelectorAll(KPI)]
      .map((el) => `${el.getAttribute('data-kpi')}=${el.getAttribute('data-value') ?? ''}`)
      .join('|');
  const anyValue = () => [...document.querySelectorAll(KPI)].some((el) => el.getAttribute('data-value'));
  // A hook without any figure (a view that empties it while it recomputes) counts as absent.
  const hookHtml = () => {
    const el = document.querySelector(HOOK);
    const figure =
      el?.getAttribute('data-warm-ms') || el?.getAttribute('data-compute-ms') || el?.textContent?.trim();
    return figure ? el.outerHTML : null;
  };

  // Reading every card costs a few ms: done only for mutations that can show a value or a timing.
  const WATCHED = new Set(['data-value', 'data-warm-ms', 'data-cold-ms', 'data-compute-ms']);
  const inHook = (node) => Boolean(node?.closest?.(HOOK) || node?.parentElement?.closest?.(HOOK));
  const relevant = (records) =>
    records.some((r) =>
      r.type === 'attributes'
        ? WATCHED.has(r.attributeName)
        : r.type === 'childList'
          ? [...r.addedNodes].some((n) => n.nodeType === 1) || inHook(r.target)
          : inHook(r.target),
    );

  function check(records) {
    if (state.startedAt === null || !relevant(records)) return;
    const now = performance.now();
    // Other values than before, and some value at all: a view that blanks its cards while it
    // recomputes has not shown the segment's values yet.
    if (state.valuesAt === null && anyValue() && kpiValues() !== state.before) {
      state.valuesAt = now;
      requestAnimationFrame(() => (state.valuesFrameAt = performance.now()));
    }
    const hook = hookHtml();
    if (state.hookAt === null && hook !== null && hook !== state.hookBefore) {
      state.hookAt = now;
      requestAnimationFrame(() => (state.hookFrameAt = performance.now()));
    }
  }

  let trigger = null;
  let installed = false;

  function install() {
    installed = true;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
    window.__ysLongFrames((frame) => state.longFrames.push(frame));
    addEventListener(
      'click',
      (event) => {
        if (trigger && state.startedAt === null && event.target?.closest?.(trigger))
          state.startedAt = event.timeStamp;
      },
      { capture: true },
    );
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }

  /** Records what the dashboard shows now; `selector`: the control whose click starts the change. */
  function arm(selector) {
    if (!installed) install();
    Object.assign(state, {
      startedAt: null,
      valuesAt: null,
      valuesFrameAt: null,
      hookAt: null,
      hookFrameAt: null,
      longTasks: [],
      longFrames: [],
      before: kpiValues(),
      hookBefore: hookHtml(),
    });
    trigger = selector;
  }

  function start() {
    if (state.startedAt === null) state.startedAt = performance.now();
  }

  // Times relative to the start; long tasks that ended after it (one under way counts too).
  function result() {
    const t0 = state.startedAt;
    const since = (at) => (t0 === null || at === null ? null : at - t0);
    return {
      started: t0 !== null,
      valuesMs: since(state.valuesAt),
      valuesFrameMs: since(state.valuesFrameAt),
      hookMs: since(state.hookAt),
      hookFrameMs: since(state.hookFrameAt),
      longTasks:
        t0 === null
          ? []
          : state.longTasks
              .filter((t) => t.start + t.duration > t0)
              .map((t) => ({ atMs: t.start - t0, durationMs: t.duration })),
      // On the same clock as the long tasks: ms after the change.
      longFrames:
        t0 === null
          ? []
          : state.longFrames
              .filter((f) => f.end > t0)
              .map((f) => ({
                ...f,
                start: f.start - t0,
                end: f.end - t0,
                scripts: f.scripts.map((x) => ({ ...x, start: x.start - t0 })),
              })),
    };
  }

  const progress = () => ({
    started: state.startedAt !== null,
    values: state.valuesFrameAt !== null,
    hook: state.hookFrameAt !== null,
  });

  window.__ysSegment = { arm, start, result, progress };
})();
