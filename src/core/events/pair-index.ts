// (user, event) → pair code, for the per-row hot loop of the aggregate builder. Event names are
// few in practice, so a dense user × event table (one array read per row) is the fast path; a
// Map takes over when the table would grow too large.

/** Above this many cells (64 MB) the dense table gives way to a Map. */
const DENSE_LIMIT = 1 << 24;

export class PairIndex {
  private stride = 16;
  private userCap = 1024;
  private table: Int32Array | null = new Int32Array(this.userCap * this.stride).fill(-1);
  private map: Map<number, number> | null = null;

  /** The code of (u, e) (e = −1 for no name), or −1 when the pair is new. */
  get(u: number, e: number): number {
    // An event past the table's width would read the next user's cells: that pair is new.
    if (e + 1 >= this.stride) return -1;
    if (this.table) {
      const cell = u * this.stride + e + 1;
      return cell < this.table.length ? this.table[cell] : -1;
    }
    return this.map!.get(u * this.stride + e + 1) ?? -1;
  }

  /** Records pair code p for (u, e); `users` and `events` are the lists of pairs made so far. */
  set(u: number, e: number, p: number, users: Int32Array, events: Int32Array): void {
    if (e + 1 >= this.stride || u >= this.userCap) this.resize(u, e, users, events);
    if (this.table) this.table[u * this.stride + e + 1] = p;
    else this.map!.set(u * this.stride + e + 1, p);
  }

  private resize(u: number, e: number, users: Int32Array, events: Int32Array): void {
    while (e + 1 >= this.stride) this.stride *= 2;
    while (u >= this.userCap) this.userCap *= 2;
    if (this.userCap * this.stride > DENSE_LIMIT) {
      this.table = null;
      this.map = new Map();
    } else this.table = new Int32Array(this.userCap * this.stride).fill(-1);
    for (let p = 0; p < users.length; p++) {
      const key = users[p] * this.stride + events[p] + 1;
      if (this.table) this.table[key] = p;
      else this.map!.set(key, p);
    }
  }
}
