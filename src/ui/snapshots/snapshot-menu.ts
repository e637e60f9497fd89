// The workspace menu's popover, mounted once beside the page on the header button's first click.
// Later clicks open and close it natively (the button's popovertarget names it).
import { flushSync, mount } from 'svelte';
import SnapshotMenu from './SnapshotMenu.svelte';

let mounted = false;

export function openMenu(id: string): void {
  if (mounted) return;
  mounted = true;
  mount(SnapshotMenu, { target: document.body, props: { id } });
  flushSync();
  document.getElementById(id)?.showPopover();
}
