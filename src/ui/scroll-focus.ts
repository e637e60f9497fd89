// A scrolling box of a wide or long table must be reachable by keyboard, or keyboard users cannot
// scroll it (axe: scrollable-region-focusable). Only while its content overflows: a box that fits
// would add an empty tab stop and a landmark with nothing to scroll.
import type { Attachment } from 'svelte/attachments';

/** `{@attach scrollFocus(label)}` on the box: focusable, named region while it overflows. */
export function scrollFocus(label: string): Attachment<HTMLElement> {
  return (node) => {
    const update = () => {
      const overflows = node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
      if (overflows) {
        node.tabIndex = 0;
        node.setAttribute('role', 'region');
        node.setAttribute('aria-label', label);
      } else {
        node.removeAttribute('tabindex');
        node.removeAttribute('role');
        node.removeAttribute('aria-label');
      }
    };
    if (typeof ResizeObserver === 'undefined') return update();
    // The box resizes with the window; its table grows as rows arrive. The observer's first call
    // comes after the frame's layout: measuring here, as the box is added, forced a layout of the
    // whole page in the middle of drawing a preview (30–60 ms per table on a 2-core machine).
    const observer = new ResizeObserver(update);
    observer.observe(node);
    if (node.firstElementChild) observer.observe(node.firstElementChild);
    return () => observer.disconnect();
  };
}
