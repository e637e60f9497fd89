// The inputs each card discloses (inputsAt) give back the card's value by the formula of
// metrics.md §4–§9 (months) and §15 (quarters and years), on the fixture workspace.
import { describe, expect, it } from 'vitest';
import { fixtureAnswer } from '../../component/dashboard-fixture.ts';
import { inputsAt } from '../../../src/ui/dashboard/model.ts';

type I = Record<string, number | null>;
const n = (x: number | null | undefined) => x ?? 0;
const SPEC: Record<string, (i: I) => number> = {
  customer_churn_rate: (i) => (n(i.churned_customers) / n(i.customers_prev)) * 100,
  gross_mrr_churn_rate: (i) => ((n(i.churned_mrr) + n(i.contraction_mrr)) / n(i.mrr_prev)) * 100,
  net_mrr_churn_rate: (i) =>
    ((n(i.churned_mrr) + n(i.contraction_mrr) - n(i.expansion_mrr) - n(i.reactivation_mrr)) / n(i.mrr_prev)) *
    100,
  nrr: (i) =>
    ((n(i.mrr_prev) + n(i.expansion_mrr) - n(i.contraction_mrr) - n(i.churned_mrr)) / n(i.mrr_prev)) * 100,
  grr: (i) => ((n(i.mrr_prev) - n(i.contraction_mrr) - n(i.churned_mrr)) / n(i.mrr_prev)) * 100,
  crr: (i) =>
    ((n(i.customers) - n(i.new_customers) - n(i.reactivated_customers)) / n(i.customers_prev)) * 100,
  arpa: (i) => n(i.mrr) / n(i.customers),
  arr: (i) => 12 * n(i.mrr),
  saas_quick_ratio: (i) => (n(i.new_mrr) + n(i.expansion_mrr)) / (n(i.churned_mrr) + n(i.contraction_mrr)),
  ltv: (i) => (n(i.arpa) * n(i.gross_margin)) / n(i.mean_churn),
  cac: (i) => n(i.acquisition_cost) / n(i.new_customers),
  ltv_cac: (i) => n(i.ltv) / n(i.cac),
  cac_payback_months: (i) => n(i.cac) / ((n(i.new_mrr) / n(i.new_customers)) * n(i.gross_margin)),
  lead_conversion_rate: (i) => (n(i.converted_leads) / n(i.leads)) * 100,
  pql_conversion_rate: (i) => (n(i.converted_pqls) / n(i.pqls)) * 100,
  sales_cycle_days: (i) => n(i.total_cycle_days) / n(i.converted_leads),
  nps: (i) => ((n(i.promoters) - n(i.detractors)) / n(i.responses)) * 100,
  avg_dau: (i) => n(i.user_days) / n(i.days),
  stickiness: (i) => (n(i.avg_dau) / n(i.mau)) * 100,
  activation_rate: (i) => (n(i.activated_users) / n(i.new_users)) * 100,
  dropoff_7d: (i) => (n(i.dropped_users) / n(i.eligible_users)) * 100,
  visitor_conversion_rate: (i) => (n(i.conversions) / n(i.visitors)) * 100,
  arpu: (i) => n(i.revenue) / n(i.users ?? i.customers) / (i.months ?? 1),
  current_ratio: (i) => n(i.current_assets) / n(i.current_liabilities),
  equity_ratio: (i) => n(i.total_equity) / n(i.total_assets),
  interest_coverage: (i) => n(i.ebit) / n(i.interest_expense),
};

describe('the shown arithmetic reproduces the shown value', () => {
  const a = fixtureAnswer();
  for (const grain of ['month', 'quarter', 'year'] as const) {
    it(`every ${grain} with inputs`, () => {
      const m = a[grain]!;
      let checked = 0;
      for (const [id, f] of Object.entries(SPEC)) {
        for (let k = 0; k < m.months.length; k++) {
          const v = m.values[id]?.[k] ?? null;
          const inputs = inputsAt(m, a.month, id, k);
          if (v === null || !inputs) continue;
          expect(f(inputs), `${id} ${m.months[k]}`).toBeCloseTo(v, 6);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });
  }

  it('Q3 2025 by hand (§15): churn 21 ÷ 163, CRR (198 − 54 − 2) ÷ 163, ARPU 74,841.64 ÷ 313 ÷ 3', () => {
    const q = a.quarter!;
    const k = q.months.indexOf('2025-Q3');
    expect(q.values.customer_churn_rate[k]).toBeCloseTo((21 / 163) * 100, 9);
    expect(q.values.crr[k]).toBeCloseTo((142 / 163) * 100, 9);
    expect(q.values.arpu[k]).toBeCloseTo(74841.64 / 313 / 3, 9);
    // A quarter's stock shows its last month's inputs (September).
    expect(inputsAt(q, a.month, 'arpa', k)).toEqual(a.month.inputs.arpa[a.month.months.indexOf('2025-09')]);
  });
});
