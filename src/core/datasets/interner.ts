// Strings to codes in first-seen order, as a Map would give, without a Map: an open-addressing
// table over the codes (one probe sequence per value, nothing allocated per value). Each slot
// holds the code and the value's hash side by side, so a probe reads one cache line and touches
// the string only when the hashes agree. Id columns intern a new string on almost every row, and
// a Map took ~1 µs per lookup for them.

/** FNV-1a over the UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // As an int32, the way the table stores it (the empty string never enters the loop).
  return h | 0;
}

/**
 * A copy of the string that holds only its own characters. A field cut from a slice of the file
 * (13 characters or more: a Stripe id, a UUID) is a view into the whole decoded slice, which it
 * keeps alive; a dictionary kept for a whole import would keep the whole file.
 */
function detached(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

export class Interner {
  /** The values, a value's code being its index. */
  values: string[] = [];
  /** Pairs (code + 1, hash) per slot; code 0 is empty. Kept at most half full. */
  private slots = new Int32Array(256);

  /** `lasting`: kept beyond the slice the values were read from (a dataset's, not a chunk's). */
  constructor(private readonly lasting = false) {}

  /** The value's code, or −1 when it has none yet. */
  find(value: string): number {
    const h = hashOf(value);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const s = slots[at << 1];
      if (s === 0) return -1;
      if (slots[(at << 1) + 1] === h && this.values[s - 1] === value) return s - 1;
    }
  }

  /** The value's code, given it the next one when it is new. */
  code(value: string): number {
    const h = hashOf(value);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let at = h & mask;
    for (;;) {
      const s = slots[at << 1];
      if (s === 0) break;
      if (slots[(at << 1) + 1] === h && this.values[s - 1] === value) return s - 1;
      at = (at + 1) & mask;
    }
    const code = this.values.length;
    this.values.push(this.lasting ? detached(value) : value);
    slots[at << 1] = code + 1;
    slots[(at << 1) + 1] = h;
    if ((code + 1) * 4 > slots.length) this.grow();
    return code;
  }

  /**
   * Forgets every value and starts again from code 0, keeping the slots as they have grown: a
   * chunk's id column fills a megabyte of them, and fresh memory costs a page fault per 4 KB on
   * first touch (20–35 µs each on a small virtual machine), more than clearing used memory. The
   * old values array stays with whoever holds it (a finished column's dictionary).
   */
  clear(): void {
    this.values = [];
    this.slots.fill(0);
  }

  /** Doubles the number of slots. */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = old.length - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      const h = old[i + 1];
      let at = h & mask;
      while (slots[at << 1] !== 0) at = (at + 1) & mask;
      slots[at << 1] = old[i];
      slots[(at << 1) + 1] = h;
    }
    this.slots = slots;
  }
}
