import { money, toCsv } from './csv-row.ts';
import type { Rng } from './random.ts';
import type { MonthRange } from './time.ts';

export const COSTS_HEADER = ['month', 'category', 'amount'] as const;

export interface MonthCosts {
  month: string;
  sales: number;
  marketing: number;
  other: number;
  /** Salaries outside sales; not in the costs file (CAC ignores it) but the balance sheet needs it. */
  payroll: number;
}

/** Spend grows with the business, with month-to-month noise so CAC moves believably. */
export function buildCosts(rng: Rng, range: MonthRange): MonthCosts[] {
  const n = range.months.length;
  return range.months
    .map((month, i) => {
      const x = n > 1 ? i / (n - 1) : 1;
      const noise = () => 1 + 0.08 * rng.gauss();
      return {
        month,
        sales: (2200 + 3600 * x) * noise(),
        marketing: (3800 + 5200 * x) * noise(),
        other: (1400 + 1500 * x) * noise(),
        payroll: 16000 + 9000 * x,
      };
    })
    .map((c) => ({
      ...c,
      sales: round2(c.sales),
      marketing: round2(c.marketing),
      other: round2(c.other),
    }));
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

export function costsCsv(costs: readonly MonthCosts[]): string {
  return toCsv(
    COSTS_HEADER,
    costs.flatMap((c) => [
      [c.month, 'sales', money(c.sales)],
      [c.month, 'marketing', money(c.marketing)],
      [c.month, 'other', money(c.other)],
    ]),
  );
}
