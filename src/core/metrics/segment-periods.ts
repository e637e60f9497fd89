// The live periods of a segment (metrics.md §3b). A period's MRR and live months do not depend on
// the segment, which only decides which periods count: the whole frame's periods are worked out
// once per frame, settings and month range, and a segment lists the ones it keeps. Changing the
// segment then costs one pass over the periods' field codes and one array of indices: nothing is
// copied or sorted again (fresh memory is what costs most on a small machine), and the sums that
// follow run the same code as the whole workspace's.
import type { Frame } from '../datasets/frame.ts';
import { storedForm } from '../datasets/plan.ts';
import type { MetricSettings } from '../workspace-data.ts';
import { dictFlags, text } from './columns.ts';
import { allLivePeriods, type LivePeriods } from './mrr.ts';
import type { MonthRange } from './time.ts';

/** The whole frame's live periods and the segment's among them. Read only: shared between calls. */
export interface SegmentPeriods {
  all: LivePeriods;
  /** The indices in `all` of the periods the segment keeps, ascending (so still by customer). */
  kept: Int32Array;
}

// Frames are never changed once built (the worker keeps the loaded ones and reads them again).
const memo = new WeakMap<Frame, { key: string; periods: LivePeriods; everyone: Int32Array }>();

/** What allLivePeriods reads besides the frame: the range and the conversion rates (fxRates). */
function memoKey(settings: MetricSettings, range: MonthRange): string {
  return `${range.first}:${range.count}|${settings.currency ?? ''}|${JSON.stringify(settings.fx)}`;
}

function wholeFrame(frame: Frame, settings: MetricSettings, range: MonthRange) {
  const key = memoKey(settings, range);
  const hit = memo.get(frame);
  if (hit?.key === key) return hit;
  const periods = allLivePeriods(frame, settings, range);
  const everyone = new Int32Array(periods.n);
  for (let k = 0; k < periods.n; k++) everyone[k] = k;
  const whole = { key, periods, everyone };
  memo.set(frame, whole);
  return whole;
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
  const { periods: all, everyone } = wholeFrame(frame, settings, range);
  const fields = Object.entries(segment ?? {});
  if (fields.length === 0) return { all, kept: everyone };
  // One code column and one flag per dictionary entry for each chosen field.
  const codes: Int32Array[] = [];
  const flags: Uint8Array[] = [];
  for (const [field, chosen] of fields) {
    const col = text(frame, field);
    if (!col) return { all, kept: new Int32Array(0) };
    const set = new Set(chosen.map((v) => storedForm(field, v)));
    codes.push(col.codes);
    flags.push(dictFlags(col, (s) => set.has(s)));
  }
  const kept =
    codes.length === 1
      ? keptByOne(all.row, all.n, codes[0], flags[0])
      : keptByAll(all.row, all.n, codes, flags);
  return { all, kept };
}

// Each loop sits in a function of its own that reads typed arrays only (movements.ts says why).

/** The periods whose row has a flagged code in the one chosen field (the common case). */
function keptByOne(rows: Int32Array, n: number, codes: Int32Array, ok: Uint8Array): Int32Array {
  // Sized for every period, but only the pages written are ever touched.
  const kept = new Int32Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const c = codes[rows[k]];
    if (c >= 0 && ok[c] === 1) kept[count++] = k;
  }
  return kept.subarray(0, count);
}

/** The periods whose row has a flagged code in every chosen field. */
function keptByAll(rows: Int32Array, n: number, codes: Int32Array[], flags: Uint8Array[]): Int32Array {
  const kept = new Int32Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const row = rows[k];
    let f = 0;
    while (f < codes.length) {
      const c = codes[f][row];
      if (c < 0 || flags[f][c] === 0) break;
      f++;
    }
    if (f === codes.length) kept[count++] = k;
  }
  return kept.subarray(0, count);
}
