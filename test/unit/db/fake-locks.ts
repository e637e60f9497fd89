// A LockManager for Node (which has none): exclusive locks by name, granted in request order,
// released when the callback's promise settles, and visible to query() while held or waiting.
export class FakeLocks {
  #tails = new Map<string, Promise<void>>();
  #held = new Set<string>();
  #pending: string[] = [];

  async request<T>(name: string, callback: (lock: { name: string }) => Promise<T> | T): Promise<T> {
    const before = this.#tails.get(name) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.#tails.set(
      name,
      before.then(() => mine),
    );
    this.#pending.push(name);
    await before;
    this.#pending.splice(this.#pending.indexOf(name), 1);
    this.#held.add(name);
    try {
      return await callback({ name });
    } finally {
      this.#held.delete(name);
      done();
    }
  }

  async query(): Promise<{ held: { name: string }[]; pending: { name: string }[] }> {
    return {
      held: [...this.#held].map((name) => ({ name })),
      pending: this.#pending.map((name) => ({ name })),
    };
  }
}
