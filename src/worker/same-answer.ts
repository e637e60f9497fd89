// Whether a fresh compute says what the saved answer said: every number, label and list, typed
// arrays included, the timings aside (they describe the run, not the data).
import type { ComputedPart } from './protocol.ts';

export function sameAnswer(a: ComputedPart, b: ComputedPart): boolean {
  const { timings: _a, sameAsSaved: _sa, ...restA } = a;
  const { timings: _b, sameAsSaved: _sb, ...restB } = b;
  return same(restA, restB);
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return false;
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((k) => Object.hasOwn(y, k) && same(x[k], y[k]));
}
