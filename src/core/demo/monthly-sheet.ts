import { money, toCsv } from './csv-row.ts';
import type { Rng } from './random.ts';
import type { MonthFacts } from './snapshot.ts';

/**
 * Only figures a founder would keep by hand and that no raw file provides;
 * mrr/customers are left out so the sheet never contradicts the Stripe export.
 */
export const MONTHLY_SHEET_HEADER = [
  'month',
  'revenue',
  'users',
  'visitors',
  'conversions',
  'support_tickets',
] as const;

export interface SheetRow {
  month: string;
  revenue: number;
  users: number;
  visitors: number;
  conversions: number;
  supportTickets: number;
}

/** `conversions` are website sign-ups, i.e. leads created that month. */
export function buildMonthlySheet(
  rng: Rng,
  facts: readonly MonthFacts[],
  leadsPerMonth: readonly number[],
): SheetRow[] {
  return facts.map((f, i) => {
    const conversions = leadsPerMonth[i] ?? 0;
    const visitorRate = 0.028 + 0.0015 * rng.gauss();
    return {
      month: f.month,
      revenue: Math.round(f.revenue * 100) / 100,
      users: f.users,
      visitors: Math.round(Math.max(conversions, 1) / Math.max(0.015, visitorRate)),
      conversions,
      supportTickets: Math.max(0, Math.round(f.customers * 0.2 * (1 + 0.15 * rng.gauss()))),
    };
  });
}

export function monthlySheetCsv(rows: readonly SheetRow[]): string {
  return toCsv(
    MONTHLY_SHEET_HEADER,
    rows.map((r) => [r.month, money(r.revenue), r.users, r.visitors, r.conversions, r.supportTickets]),
  );
}
