// The live periods of a segment (metrics.md §3b). A period's MRR and live months do not depend on
// the segment, which only decides which periods count: the whole frame's periods are worked out
// once per frame, settings and month range, and each segment keeps its own out of them. Changing
// the segment then costs one pass over the periods instead of the per-row work over every row.
import type { Frame } from '../datasets/frame.ts';
import { storedForm } from '../datasets/plan.ts';
import type { MetricSettings } from '../workspace-data.ts';
import { dictFlags, text } from './columns.ts';
import { allLivePeriods, type LivePeriods } from './mrr.ts';
import type { MonthRange } from './time.ts';

// Frames are never changed once built (the worker keeps the loaded ones and reads them again).
const memo = new WeakMap<Frame, { key: string; periods: LivePeriods }>();

/** What allLivePeriods reads besides the frame: the range and the conversion rates (fxRates). */
function memoKey(settings: MetricSettings, range: MonthRange): string {
  return `${range.first}:${range.count}|${settings.currency ?? ''}|${JSON.stringify(settings.fx)}`;
}

function wholeFrame(frame: Frame, settings: MetricSettings, range: MonthRange): LivePeriods {
  const key = memoKey(settings, range);
  const hit = memo.get(frame);
  if (hit?.key === key) return hit.periods;
  const periods = allLivePeriods(frame, settings, range);
  memo.set(frame, { key, periods });
  return periods;
}

/**
 * The periods live at some month end of the range, of the rows the segment keeps (every chosen
 * field's value among its chosen values; a row without a value, or a field the frame lacks, keeps
 * nothing). Read only: the whole frame's periods are shared between calls.
 */
export function livePeriods(
  frame: Frame,
  settings: MetricSettings,
  range: MonthRange,
  segment?: Record<string, string[]>,
): LivePeriods {
  const all = wholeFrame(frame, settings, range);
  const fields = Object.entries(segment ?? {});
  if (fields.length === 0) return all;
  // One code column and one flag per dictionary entry for each chosen field.
  const codes: Int32Array[] = [];
  const flags: Uint8Array[] = [];
  for (const [field, chosen] of fields) {
    const col = text(frame, field);
    if (!col) return gather(all, new Int32Array(0));
    const set = new Set(chosen.map((v) => storedForm(field, v)));
    codes.push(col.codes);
    flags.push(dictFlags(col, (s) => set.has(s)));
  }
  // The indices of the periods kept, ascending (the single field is the common case, kept apart).
  const kept = new Int32Array(all.n);
  let count = 0;
  if (codes.length === 1) {
    const [col, ok] = [codes[0], flags[0]];
    for (let k = 0; k < all.n; k++) {
      const c = col[all.row[k]];
      if (c >= 0 && ok[c] === 1) kept[count++] = k;
    }
  } else {
    for (let k = 0; k < all.n; k++) {
      const row = all.row[k];
      let f = 0;
      while (f < codes.length) {
        const c = codes[f][row];
        if (c < 0 || flags[f][c] === 0) break;
        f++;
      }
      if (f === codes.length) kept[count++] = k;
    }
  }
  return gather(all, kept.subarray(0, count));
}

/** The periods at `kept` (ascending), in that order: sums over them add up as they did before. */
function gather(all: LivePeriods, kept: Int32Array): LivePeriods {
  const count = kept.length;
  const out: LivePeriods = {
    n: count,
    customer: new Int32Array(count),
    lo: new Int32Array(count),
    hi: new Int32Array(count),
    mrr: new Float64Array(count),
    row: new Int32Array(count),
    customerCount: all.customerCount,
  };
  for (let j = 0; j < count; j++) {
    const k = kept[j];
    out.customer[j] = all.customer[k];
    out.lo[j] = all.lo[k];
    out.hi[j] = all.hi[k];
    out.mrr[j] = all.mrr[k];
    out.row[j] = all.row[k];
  }
  return out;
}
