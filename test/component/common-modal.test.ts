// The one dialog frame: it is named by its title, Escape closes it (or asks the caller), and focus
// goes back to what opened it, or to its section's heading when that went with the action.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet, tick } from 'svelte';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Modal from '../../src/ui/common/Modal.svelte';
import { installModalDialogs } from './modal-dialog.ts';

let removeDialogs: () => void;
beforeAll(() => (removeDialogs = installModalDialogs()));
afterAll(() => removeDialogs());
afterEach(() => document.body.replaceChildren());

const body = createRawSnippet(() => ({ render: () => '<input aria-label="Name" />' }));

/** A section with a heading and the button that opens the dialog, focused. */
function opener(): HTMLButtonElement {
  const section = document.createElement('section');
  section.innerHTML = '<h2>Datasets</h2><button type="button">Delete</button>';
  document.body.append(section);
  const button = section.querySelector('button')!;
  button.focus();
  return button;
}

describe('Modal', () => {
  it('is named by its title, starts in its first field and gives focus back on Escape', async () => {
    const button = opener();
    const onclosed = vi.fn();
    render(Modal, { open: true, title: 'Rename', children: body, onclosed });
    const dialog = screen.getByRole('dialog', { name: 'Rename' });
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    await tick();
    expect(dialog).not.toHaveAttribute('open');
    expect(onclosed).toHaveBeenCalledOnce();
    expect(button).toHaveFocus();
  });

  it("focuses the section's heading when the opener is gone", async () => {
    const button = opener();
    render(Modal, { open: true, title: 'Delete?', children: body });
    button.remove();
    await userEvent.keyboard('{Escape}');
    await tick();
    expect(screen.getByRole('heading', { name: 'Datasets' })).toHaveFocus();
  });

  it('leaves Escape to the caller when it asks for it, and submits its form with Enter', async () => {
    opener();
    const oncancel = vi.fn();
    const onsubmit = vi.fn((e: SubmitEvent) => e.preventDefault());
    render(Modal, { open: true, title: 'Rates', children: body, oncancel, onsubmit });
    const dialog = screen.getByRole('dialog', { name: 'Rates' });
    await userEvent.keyboard('{Escape}');
    expect(oncancel).toHaveBeenCalledOnce();
    expect(dialog).toHaveAttribute('open');
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'x{Enter}');
    expect(onsubmit).toHaveBeenCalledOnce();
  });
});
