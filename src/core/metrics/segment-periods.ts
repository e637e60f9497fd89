// The live periods of a segment (metrics.md §3b). A period's MRR and live months do not depend on
// the segment, which only decides which periods count: the whole frame's periods are worked out
// once per frame, settings and month range, and a segment lists the ones it keeps. Changing the
// segment then costs one pass over the periods' field codes and one array of indices: nothing is
// copied or sorted again (fresh memory is what costs most on a small machine), and the sums that
// follow run the same code as the whole workspace's. A field's codes are read in period order
// once (`codesOf`): the periods come by customer, not by row, and reading a row's code through
// each period is a jump in memory per period, on every change.
import type { Frame } from '../datasets/frame.ts';
import { storedForm } from '../datasets/plan.ts';
import type { MetricSettings } from '../workspace-data.ts';
import { dictFlags, text } from './columns.ts';
import { allLivePeriods, type LivePeriods } from './mrr.ts';
import type { MonthRange } from './time.ts';

/** The whole frame's live periods and the segment's among them. Read only: shared between calls. */
export interface SegmentPeriods {
  all: LivePeriods;
  /**
   * The indices in `all` of the periods the segment keeps, ascending (so still by customer). A
   * segment's list is valid until the next livePeriods() of the same frame, which writes over it.
   */
  kept: Int32Array;
  /** A text field's dictionary codes in period order (the code of `all.row[k]` at k); null without the field. */
  codesOf(field: string): Int32Array | null;
}

// Frames are never changed once built (the worker keeps the loaded ones and reads them again).
interface WholeFrame {
  key: string;
  periods: LivePeriods;
  everyone: Int32Array;
  /** Text fields' codes in period order, made when first asked for. */
  codes: Map<string, Int32Array>;
  /** Where a segment's kept indices are written, reused by every segment of the frame. */
  scratch: Int32Array;
}
const memo = new WeakMap<Frame, WholeFrame>();

/** What allLivePeriods reads besides the frame: the range and the conversion rates (fxRates). */
function memoKey(settings: MetricSettings, range: MonthRange): string {
  return `${range.first}:${range.count}|${settings.currency ?? ''}|${JSON.stringify(settings.fx)}`;
}

function wholeFrame(frame: Frame, settings: MetricSettings, range: MonthRange): WholeFrame {
  const key = memoKey(settings, range);
  const hit = memo.get(frame);
  if (hit?.key === key) return hit;
  const periods = allLivePeriods(frame, settings, range);
  const everyone = new Int32Array(periods.n);
  for (let k = 0; k < periods.n; k++) everyone[k] = k;
  // Written through once here, with the whole workspace's first compute: fresh memory costs a
  // page fault per 4 KB on first touch (20–35 µs each on a small virtual machine, ~25 ms for a
  // million periods), which the first segment change would otherwise pay while a person waits.
  const scratch = new Int32Array(periods.n).fill(-1);
  const whole = { key, periods, everyone, codes: new Map(), scratch };
  memo.set(frame, whole);
  return whole;
}

function periodCodes(frame: Frame, whole: WholeFrame, field: string): Int32Array | null {
  let codes = whole.codes.get(field);
  if (!codes) {
    const col = text(frame, field);
    if (!col) return null;
    codes = gather(col.codes, whole.periods.row, whole.periods.n);
    whole.codes.set(field, codes);
  }
  return codes;
}

/**
 * The periods live at some month end of the range, listed when the segment keeps their row
 * (every chosen field's value among its chosen values; a row without a value, or a field the
 * frame lacks, keeps nothing). Without a segment every period is kept.
 */
export function livePeriods(
  frame: Frame,
  settings: MetricSettings,
  range: MonthRange,
  segment?: Record<string, string[]>,
): SegmentPeriods {
  const whole = wholeFrame(frame, settings, range);
  const { periods: all, everyone } = whole;
  const codesOf = (field: string) => periodCodes(frame, whole, field);
  const fields = Object.entries(segment ?? {});
  if (fields.length === 0) return { all, kept: everyone, codesOf };
  // The periods' codes and one flag per dictionary entry for each chosen field.
  const codes: Int32Array[] = [];
  const flags: Uint8Array[] = [];
  for (const [field, chosen] of fields) {
    const col = text(frame, field);
    const inPeriods = codesOf(field);
    if (!col || !inPeriods) return { all, kept: new Int32Array(0), codesOf };
    const set = new Set(chosen.map((v) => storedForm(field, v)));
    codes.push(inPeriods);
    flags.push(dictFlags(col, (s) => set.has(s)));
  }
  const { scratch } = whole;
  const kept =
    codes.length === 1
      ? keptByOne(all.n, codes[0], shifted(flags[0]), scratch)
      : keptByAll(all.n, codes, flags, scratch);
  return { all, kept, codesOf };
}

// Each loop sits in a function of its own that reads typed arrays only (movements.ts says why).

/** `codes[row[k]]` for every period k. */
function gather(codes: Int32Array, row: Int32Array, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = codes[row[k]];
  return out;
}

/** The flags one place on, so that code −1 (no value) reads 0. */
function shifted(flags: Uint8Array): Uint8Array {
  const out = new Uint8Array(flags.length + 1);
  out.set(flags, 1);
  return out;
}

/**
 * The periods with a flagged code in the one chosen field (the common case). Without a branch:
 * the values come in no order, and a guess missed on every other period costs more than the
 * write that is taken back.
 */
function keptByOne(n: number, codes: Int32Array, ok: Uint8Array, kept: Int32Array): Int32Array {
  let count = 0;
  for (let k = 0; k < n; k++) {
    kept[count] = k;
    count += ok[codes[k] + 1];
  }
  return kept.subarray(0, count);
}

/** The periods with a flagged code in every chosen field. */
function keptByAll(n: number, codes: Int32Array[], flags: Uint8Array[], kept: Int32Array): Int32Array {
  let count = 0;
  for (let k = 0; k < n; k++) {
    let f = 0;
    while (f < codes.length) {
      const c = codes[f][k];
      if (c < 0 || flags[f][c] === 0) break;
      f++;
    }
    if (f === codes.length) kept[count++] = k;
  }
  return kept.subarray(0, count);
}
