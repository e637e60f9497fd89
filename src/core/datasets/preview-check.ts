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

/**
 * `rejectedCodes`, when given, receives the currency codes of the well-formed rows that would be
 * rejected (the rows a file's statistics count too), one per row: the codes of a file longer than
 * the rows checked are told apart with them.
 */
export function checkRows(
  plan: Plan,
  rows: readonly { fields: string[]; line: number; problem: QuoteProblem | null }[],
  rejectedBefore: readonly RejectedRow[] = [],
  rejectedCodes?: Map<string, number>,
): PreviewCheck {
  // Frames are dropped as they come: only the totals matter here.
  const n = new Normaliser(plan, () => undefined, 4096);
  for (const r of rows) n.push(r.fields, r.line, r.problem);
  const totals = n.finish();
  const currency =
    plan.kind === 'subscriptions' ? plan.columns.find((c) => c.name === 'currency') : undefined;
  if (rejectedCodes && currency && totals.rejected.length > 0) {
    const lines = new Set(totals.rejected.map((r) => r.line));
    for (const r of rows) {
      const counted = !r.problem && r.fields.length === plan.headers.length && lines.has(r.line);
      const code = counted ? r.fields[currency.index].trim().toUpperCase() : undefined;
      if (code) rejectedCodes.set(code, (rejectedCodes.get(code) ?? 0) + 1);
    }
  }
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
