// Where keyboard focus goes when the element it was on leaves the page (a deleted row's button, a
// removed preview, an Import button replaced by the progress bar). Left alone, focus falls to the
// start of the document and keyboard users must tab their way back.
import type { Attachment } from 'svelte/attachments';

/** Focus was lost: nothing, or the document itself, holds it. */
function lost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

/** Focuses `el`, making a heading or region focusable from script (not by Tab) first. */
export function focusOn(el: HTMLElement | null | undefined): boolean {
  if (!el?.isConnected) return false;
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus();
  return document.activeElement === el;
}

/** `{@attach claimLostFocus}`: the element takes focus when it appears and focus was lost. */
export const claimLostFocus: Attachment<HTMLElement> = (node) => {
  if (lost()) focusOn(node);
};

/**
 * What to focus if `from` goes away: the heading of the section it is in, else the page's h1.
 * Read before the change that removes `from`, since afterwards its section cannot be found.
 */
export function focusAfterRemoval(from: Element | null): () => void {
  const heading = from?.closest('section')?.querySelector<HTMLElement>('h2, h3') ?? null;
  return () => {
    // A disabled element (an Import button while its import runs) cannot hold focus either.
    if (from instanceof HTMLElement && from.isConnected && !from.matches(':disabled')) {
      from.focus();
      return;
    }
    if (!focusOn(heading)) focusOn(document.querySelector<HTMLElement>('#main h1'));
  };
}
