// The workspace menu's popover, mounted once beside the page on the header button's first click.
// Later clicks open and close it natively (the button's popovertarget names it).
import { flushSync, mount } from 'svelte';
import { locale } from '../../state/locale.svelte.ts';
import SnapshotMenu from './SnapshotMenu.svelte';

let mounted = false;

export async function openMenu(id: string): Promise<void> {
  if (mounted) return;
  mounted = true;
  // The menu and its dialogs speak the snapshot area's words: drawn only once they are in.
  await locale.need('snapshot');
  mount(SnapshotMenu, { target: document.body, props: { id } });
  flushSync();
  document.getElementById(id)?.showPopover();
}
