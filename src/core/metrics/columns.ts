// Typed access to optional frame columns: a missing or mistyped column reads as "empty everywhere".
import type { Frame, TextColumn } from '../datasets/frame.ts';

/** Numbers or instants of a column; null when the frame lacks it. */
export function numbers(frame: Frame, name: string): Float64Array | null {
  const col = frame.columns.get(name);
  return col && col.type !== 'text' ? col.values : null;
}

export function text(frame: Frame, name: string): TextColumn | null {
  const col = frame.columns.get(name);
  return col && col.type === 'text' ? col : null;
}

/** One flag per dictionary entry, so row tests cost an array read instead of a string compare. */
export function dictFlags(col: TextColumn, test: (value: string) => boolean): Uint8Array {
  const flags = new Uint8Array(col.dict.length);
  col.dict.forEach((s, i) => {
    if (test(s)) flags[i] = 1;
  });
  return flags;
}
