import type { TextStyle } from './later-text-styles.ts';

// The app's two stacks, by the names later-text-styles.ts uses (defined in app.css).
const STACKS: Record<string, string> = { sans: 'var(--font-sans)', mono: 'var(--font-mono)' };

// Letters, digits and the signs the app's three languages and two currencies write, so a glyph
// the first font lacks has its fallback found now too.
const SAMPLE = 'Aa Rp 15.800,50 zł ąęłńśż × … – →';

/** Laying out stops for the moment once this much of it is spent (a style under load: 2–15 ms). */
const SLICE_MS = 6;

/** While `busy`, asked again after this long. */
const BUSY_RETRY_MS = 250;

/**
 * Lays out a line of text in each style, hidden, in the page's idle moments, and removes it.
 *
 * The first time a page draws text in a family, size and weight, Chromium on Linux asks the
 * browser process how to render it, synchronously: about 1 ms when idle, 5–12 ms while an
 * import's workers hold both cores. A file's first preview frame met three new styles that way
 * and took 37–71 ms. Resolved while the page waits for a file, they cost nothing when it comes.
 * Other browsers and platforms do a little layout for nothing.
 *
 * Nothing is laid out while `busy()` holds: the first KPIs of a reopened workspace are computed
 * while the page is idle, and the lookups would compete with them for the cores.
 *
 * Returns what stops the rest (styles already laid out stay resolved).
 */
export function warmFonts(
  styles: readonly TextStyle[],
  { busy = () => false, doc = document }: { busy?: () => boolean; doc?: Document } = {},
): () => void {
  let next = 0;
  let stopped = false;
  let cancel = schedule(step);

  function step(deadline: IdleDeadline) {
    if (stopped) return;
    if (busy()) {
      cancel = later(step);
      return;
    }
    const start = performance.now();
    // A style at a time, for as long as the moment lasts: under load one new style waits on the
    // browser process several times (each family of its stack tried, then the size), and four
    // laid out together made a task of 30–60 ms.
    while (!stopped && next < styles.length) {
      warm(doc, styles[next++]!);
      const spent = performance.now() - start;
      if (spent > SLICE_MS || deadline.timeRemaining() < SLICE_MS) break;
    }
    if (!stopped && next < styles.length) cancel = schedule(step);
  }

  return () => {
    stopped = true;
    cancel();
  };
}

/** Lays out one line in `style` now, unseen, and removes it. */
function warm(doc: Document, style: TextStyle) {
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText =
    'position:fixed;top:0;left:0;width:1px;height:1px;overflow:hidden;visibility:hidden;pointer-events:none';
  box.append(line(doc, style));
  doc.body.append(box);
  // Reading a size lays the line out inside this idle moment, not in the next frame.
  void box.offsetWidth;
  box.remove();
}

function line(doc: Document, style: TextStyle): HTMLElement {
  const span = doc.createElement('span');
  span.style.fontFamily = STACKS[style.family] ?? style.family;
  span.style.fontSize = style.size;
  span.style.fontWeight = String(style.weight);
  span.style.whiteSpace = 'nowrap';
  span.textContent = SAMPLE;
  return span;
}

/** The first idle moment after BUSY_RETRY_MS. */
function later(run: (deadline: IdleDeadline) => void): () => void {
  let cancelIdle = () => {};
  const id = setTimeout(() => (cancelIdle = schedule(run)), BUSY_RETRY_MS);
  return () => {
    clearTimeout(id);
    cancelIdle();
  };
}

/** The next idle moment (a timer where the browser has no idle callbacks, e.g. Safari). */
function schedule(run: (deadline: IdleDeadline) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => run({ didTimeout: true, timeRemaining: () => 0 }), 50);
  return () => clearTimeout(id);
}
