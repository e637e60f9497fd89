// jsdom has no modal <dialog>: this stands in for the browser's part of showModal() (focus moves
// to the first focusable element inside, Escape fires `cancel` and then closes, close() fires
// `close`), so the dialogs' own handling of focus and Escape can be tested with the keyboard.

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

/** Installs the stand-in; returns what removes it. */
export function installModalDialogs(): () => void {
  const proto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  const had = { showModal: proto.showModal, close: proto.close };

  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    const first =
      this.querySelector<HTMLElement>('[autofocus]') ??
      [...this.querySelectorAll<HTMLElement>(FOCUSABLE)].find((e) => !e.matches(':disabled'));
    first?.focus();
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };

  function escape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    const top = [...document.querySelectorAll('dialog[open]')].at(-1) as HTMLDialogElement | undefined;
    if (top?.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close();
  }
  document.addEventListener('keydown', escape);

  return () => {
    document.removeEventListener('keydown', escape);
    if (had.showModal) proto.showModal = had.showModal;
    else delete proto.showModal;
    if (had.close) proto.close = had.close;
    else delete proto.close;
  };
}
