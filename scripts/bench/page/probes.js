// Page-side helpers of the bench, evaluated as a classic script in the app's page.
// Plain JavaScript on purpose: Playwright serialises functions with toString(), and code
// compiled by tsx would reference helpers (`__name`) that do not exist in the page.
(() => {
  if (window.__ysBench) return;

  const CLICK_SPOT = 'bench-click-spot';
  const monitor = {
    longTasks: [],
    /** Long Animation Frames over 50 ms, to tell whose work each long task was (long-task-cause.ts). */
    longFrames: [],
    clicks: [],
    frames: [],
    eventDurations: [],
    // When each of the above happened (page time), to tell the import's clicks from the dashboard's.
    clickAt: [],
    frameAt: [],
    eventAt: [],
    marks: {},
  };

  const mark = (name) => {
    if (monitor.marks[name] === undefined) monitor.marks[name] = performance.now();
  };

  function attachFileInput(id) {
    let input = document.getElementById(id);
    if (!input) {
      input = document.createElement('input');
      input.type = 'file';
      input.id = id;
      input.hidden = true;
      document.body.append(input);
    }
    return id;
  }

  function fileOf(id) {
    const file = document.getElementById(id)?.files?.[0];
    if (!file) throw new Error(`no file on #${id}`);
    return file;
  }

  // B0, the floor: read every byte, decode it, count the lines. `sliceBytes`: a file too large for
  // one string is read, decoded and counted slice by slice, as the import reads it.
  async function readDecodeCount(id, sliceBytes) {
    const file = fileOf(id);
    const started = performance.now();
    const count = (text) => {
      let n = 0;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
      return n;
    };
    if (!sliceBytes) {
      const text = new TextDecoder().decode(await file.arrayBuffer());
      return { ms: performance.now() - started, lines: count(text), chars: text.length };
    }
    const decoder = new TextDecoder();
    let lines = 0;
    let chars = 0;
    let next = file.slice(0, sliceBytes).arrayBuffer();
    for (let at = 0; at < file.size;) {
      const bytes = new Uint8Array(await next);
      at += bytes.length;
      if (at < file.size) next = file.slice(at, at + sliceBytes).arrayBuffer();
      const text = decoder.decode(bytes, { stream: at < file.size });
      lines += count(text);
      chars += text.length;
    }
    return { ms: performance.now() - started, lines, chars, sliced: true };
  }

  // B2: papaparse alone in a dedicated worker; the worker times itself.
  function papaInWorker(id, workerSource, sliceBytes) {
    const file = fileOf(id);
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    const worker = new Worker(url);
    return new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        worker.terminate();
        URL.revokeObjectURL(url);
        if (event.data.error) reject(new Error(event.data.error));
        else resolve(event.data);
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(`B2 worker failed: ${event.message}`));
      };
      worker.postMessage({ file, sliceBytes });
    });
  }

  // Long tasks, input responsiveness and the import's milestones, recorded while the import runs.
  function installMonitors() {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) monitor.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
    window.__ysLongFrames((frame) => monitor.longFrames.push(frame));
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          // Only the bench's own clicks: the real click on the confirm button is the app's work.
          if (e.name === 'click' && e.target?.id === CLICK_SPOT) {
            monitor.eventDurations.push(e.duration);
            monitor.eventAt.push(e.startTime);
          }
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    } catch {
      // Event Timing not available: the click handler delays below still tell the story.
    }

    // A small spot of our own, away from the app's controls, for the injected clicks.
    const spot = document.createElement('div');
    spot.id = CLICK_SPOT;
    spot.setAttribute('aria-hidden', 'true');
    spot.style.cssText =
      'position:fixed;right:0;bottom:0;width:12px;height:12px;z-index:2147483647;background:transparent';
    document.body.append(spot);
    const ours = (event) =>
      event.isTrusted && event.clientX >= innerWidth - 12 && event.clientY >= innerHeight - 12;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      addEventListener(
        type,
        (event) => {
          if (!ours(event)) return;
          // The bench's clicks must not reach the app (no focus change, no "click outside").
          event.stopImmediatePropagation();
          event.preventDefault();
          if (type !== 'click') return;
          // Input → handler (main-thread delay), and input → next animation frame.
          monitor.clicks.push(performance.now() - event.timeStamp);
          monitor.clickAt.push(event.timeStamp);
          requestAnimationFrame(() => {
            monitor.frames.push(performance.now() - event.timeStamp);
            monitor.frameAt.push(event.timeStamp);
          });
        },
        { capture: true },
      );
    }

    // Milestones: file chosen, preview ready (confirm shown and enabled), confirm clicked, done shown.
    addEventListener(
      'change',
      (event) => event.target?.matches?.('[data-testid="import-input"]') && mark('fileChosen'),
      {
        capture: true,
      },
    );
    addEventListener(
      'click',
      (event) => event.target?.closest?.('[data-testid="import-confirm"]') && mark('confirmClicked'),
      {
        capture: true,
      },
    );
    const check = () => {
      if (document.querySelector('[data-testid="import-confirm"]:not([disabled])')) mark('confirmShown');
      if (document.querySelector('[data-testid="import-done"]')) mark('doneShown');
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    return CLICK_SPOT;
  }

  function collect() {
    return {
      longTasks: monitor.longTasks,
      longFrames: monitor.longFrames,
      clicks: monitor.clicks,
      frames: monitor.frames,
      eventDurations: monitor.eventDurations,
      clickAt: monitor.clickAt,
      frameAt: monitor.frameAt,
      eventAt: monitor.eventAt,
      marks: monitor.marks,
      viewport: { width: innerWidth, height: innerHeight },
    };
  }

  window.__ysBench = { attachFileInput, readDecodeCount, papaInWorker, installMonitors, mark, collect };
})();
