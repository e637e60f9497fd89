// The rows a preview read, put through the import's own normaliser: problems show before anything
// is stored (datasets.md, the preview "shows what it decided").

import type { QuoteProblem } from '../csv/parse.ts';
import type { Plan } from './plan.ts';
import { Normaliser, type RejectedRow } from './normalise.ts';

/** What storing the checked rows would do; the first rejected rows only. */
export interface PreviewCheck {
  /** Data rows checked (the first rows of the file). */
  checked: number;
  rejectedCount: number;
  rejectedHead: RejectedRow[];
  emptiedOptional: number;
  /** Currency codes of the rows that would be stored. */
  currencies: string[];
}

const HEAD = 10;

export function checkRows(
  plan: Plan,
  rows: readonly { fields: string[]; line: number; problem: QuoteProblem | null }[],
  rejectedBefore: readonly RejectedRow[] = [],
): PreviewCheck {
  // Frames are dropped as they come: only the totals matter here.
  const n = new Normaliser(plan, () => undefined, 4096);
  for (const r of rows) n.push(r.fields, r.line, r.problem);
  const totals = n.finish();
  const rejected = rejectedBefore.length
    ? [...rejectedBefore, ...totals.rejected].sort((a, b) => a.line - b.line)
    : totals.rejected;
  return {
    checked: rows.length + rejectedBefore.length,
    rejectedCount: rejected.length,
    rejectedHead: rejected.slice(0, HEAD),
    emptiedOptional: totals.emptiedOptional,
    currencies: totals.currencies,
  };
}
