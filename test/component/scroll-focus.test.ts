// Keyboard users scroll a wide or long table only if its box can take focus; a box that fits
// must not add an empty tab stop.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollFocus } from '../../src/ui/scroll-focus.ts';

function box(
  content: { width: number; height: number },
  size = { width: 300, height: 200 },
  onRead = () => {},
) {
  const node = document.createElement('div');
  node.appendChild(document.createElement('table'));
  for (const [key, value] of Object.entries({
    scrollWidth: () => content.width,
    scrollHeight: () => content.height,
    clientWidth: () => size.width,
    clientHeight: () => size.height,
  }))
    Object.defineProperty(node, key, { get: () => (onRead(), value()) });
  return node;
}

afterEach(() => vi.unstubAllGlobals());

/** A ResizeObserver the test drives: `notify()` is its report, `disconnect` a spy. */
function stubObserver() {
  const observer = { notify: () => {}, disconnect: vi.fn() };
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observer.notify = callback;
      }
      observe() {}
      disconnect = observer.disconnect;
    },
  );
  return observer;
}

describe('scrollFocus', () => {
  it('makes an overflowing box a focusable region named like its table', () => {
    const node = box({ width: 900, height: 200 });
    scrollFocus('Columns')(node);
    expect(node.tabIndex).toBe(0);
    expect(node).toHaveRole('region');
    expect(node).toHaveAccessibleName('Columns');
  });

  it('leaves a box that fits out of the tab order', () => {
    const node = box({ width: 300, height: 200 });
    scrollFocus('Columns')(node);
    expect(node).not.toHaveAttribute('tabindex');
    expect(node).not.toHaveAttribute('role');
  });

  it('measures the box only when the observer reports it, after the frame has been laid out', () => {
    const observer = stubObserver();
    let reads = 0;
    const node = box({ width: 900, height: 200 }, undefined, () => reads++);
    scrollFocus('Columns')(node);
    // Reading a size as the box is added would force a layout in the middle of drawing the page.
    expect(reads).toBe(0);
    observer.notify();
    expect(reads).toBeGreaterThan(0);
    expect(node).toHaveRole('region');
  });

  it('follows the box as it is resized, and stops when removed', () => {
    const observer = stubObserver();
    const content = { width: 300, height: 200 };
    const node = box(content);
    const stop = scrollFocus('Rows that could not be read')(node);
    expect(node).not.toHaveAttribute('tabindex');
    content.height = 2000;
    observer.notify();
    expect(node.tabIndex).toBe(0);
    expect(node).toHaveAccessibleName('Rows that could not be read');
    content.height = 100;
    observer.notify();
    expect(node).not.toHaveAttribute('tabindex');
    (stop as () => void)();
    expect(observer.disconnect).toHaveBeenCalledTimes(1);
  });
});
