// Sensible starting rules (issue #16): the bad side of each benchmark band of metrics.md §12, and
// MRR falling by 10 % or more in a month. Only KPIs the workspace has values for, and no rule
// that is already there.
import { BANDS } from '../metrics/catalogue.ts';
import type { Condition } from './model.ts';

export interface SuggestedRule {
  kpi: string;
  condition: Condition;
  forMonths: number;
}

// One bad month of customer churn is noise in a small base; two in a row is a trend.
const FOR_MONTHS: Record<string, number> = { customer_churn_rate: 2 };

export function suggestedRules(
  available: readonly string[],
  existing: readonly { kpi: string; condition: Condition }[],
): SuggestedRule[] {
  const have = new Set(available);
  const out: SuggestedRule[] = [];
  for (const [kpi, band] of Object.entries(BANDS)) {
    // Every bad edge of §12 is strict ("> 7", "< 95", "< 0.5").
    const condition: Condition = {
      type: 'threshold',
      op: band.better === 'lower' ? '>' : '<',
      value: band.bad,
      recoverAt: null,
    };
    out.push({ kpi, condition, forMonths: FOR_MONTHS[kpi] ?? 1 });
  }
  out.push({
    kpi: 'mrr',
    condition: { type: 'change', direction: 'falls_by', by: 10, percent: true, minValue: null },
    forMonths: 1,
  });
  const same = (a: Condition, b: Condition) => JSON.stringify(a) === JSON.stringify(b);
  return out.filter(
    (s) => have.has(s.kpi) && !existing.some((r) => r.kpi === s.kpi && same(r.condition, s.condition)),
  );
}
