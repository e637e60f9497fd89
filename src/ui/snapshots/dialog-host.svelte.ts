// The snapshot dialogs load on demand (they are not part of the first screen) and are drawn by
// one host at a time: Settings and the header's workspace menu each place a host, and two
// copies of a dialog bound to the same state would open together.
import type { Component } from 'svelte';

class SnapshotDialogHosts {
  component = $state.raw<Component | null>(null);
  owner = $state<symbol | null>(null);
  readonly #hosts: symbol[] = [];
  #loading: Promise<void> | null = null;

  /** Loads the dialogs (once); resolves when a host can draw them. */
  load(): Promise<void> {
    return (this.#loading ??= import('./SnapshotDialogs.svelte').then((m) => {
      this.component = m.default;
    }));
  }

  claim(id: symbol): void {
    this.#hosts.push(id);
    this.owner ??= id;
  }

  release(id: symbol): void {
    const at = this.#hosts.indexOf(id);
    if (at >= 0) this.#hosts.splice(at, 1);
    if (this.owner === id) this.owner = this.#hosts[0] ?? null;
  }
}

export const snapshotDialogs = new SnapshotDialogHosts();
