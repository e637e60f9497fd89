import { money, toCsv } from './csv-row.ts';
import type { MonthCosts } from './costs.ts';
import type { Rng } from './random.ts';
import type { MonthFacts } from './snapshot.ts';
import type { MonthRange } from './time.ts';
import { formatDate, monthEnd } from './time.ts';
import { KIND_FIELDS } from '../datasets/synonyms.ts';

/**
 * Every balance-sheet field the importer knows, in its order, but total_debt: the demo's only debt
 * is its loan, already in total_liabilities.
 */
export const BALANCE_SHEET_HEADER: readonly string[] = KIND_FIELDS.balance_sheet
  .map((f) => f.field)
  .filter((f) => f !== 'total_debt');

/** The model's assumptions, in dollars (the loan's rate per year). */
const MODEL = {
  openingEquity: 400_000,
  openingLoan: 300_000,
  loanRate: 0.08,
  marketableSecurities: 100_000,
  fundingRound: 1_500_000,
  /** Raise when cash would drop below this: the company never runs dry in the demo. */
  cashFloor: 300_000,
};

export interface BalanceRow {
  periodEnd: string;
  currentAssets: number;
  currentLiabilities: number;
  cash: number;
  marketableSecurities: number;
  accountsReceivable: number;
  inventory: number;
  totalAssets: number;
  totalLiabilities: number;
  totalEquity: number;
  ebit: number;
  interestExpense: number;
}

const r2 = (v: number): number => Math.round(v * 100) / 100;

/** Month indexes that close a calendar quarter; the last month stands in when none does. */
function quarterEnds(range: MonthRange): number[] {
  const ends = range.months.flatMap((m, i) => (['03', '06', '09', '12'].includes(m.slice(5)) ? [i] : []));
  return ends.length > 0 ? ends : [range.months.length - 1];
}

/**
 * A deliberately simple double-entry model: losses eat equity, cash is what
 * balances the sheet, and one funding round repays the loan (so interest
 * expense drops to 0 and interest coverage becomes undefined).
 */
export function buildBalanceSheet(
  rng: Rng,
  range: MonthRange,
  facts: readonly MonthFacts[],
  costs: readonly MonthCosts[],
): BalanceRow[] {
  let equity = MODEL.openingEquity;
  let loan = MODEL.openingLoan;
  let prev = -1;
  const rows: BalanceRow[] = [];
  for (const q of quarterEnds(range)) {
    let revenue = 0;
    let opex = 0;
    for (let i = prev + 1; i <= q; i++) {
      revenue += facts[i].revenue;
      opex += costs[i].sales + costs[i].marketing + costs[i].other + costs[i].payroll;
    }
    prev = q;
    // Rounded up front so the written totals add up to the cent.
    const ebit = r2(revenue - opex);
    const interestExpense = r2((loan * MODEL.loanRate) / 4);
    equity = r2(equity + ebit - interestExpense);
    const last = costs[q];
    const monthlyOpex = last.sales + last.marketing + last.other + last.payroll;
    const accountsReceivable = r2(facts[q].revenue * rng.float(0.8, 1.1));
    const inventory = r2(rng.float(1500, 6000));
    const fixedAssets = 40_000 + 2_000 * rows.length;
    // Payables plus deferred revenue from annual plans billed up front.
    const currentLiabilities = r2(monthlyOpex * rng.float(0.5, 0.7) + facts[q].revenue * 0.4);
    const otherAssets = MODEL.marketableSecurities + accountsReceivable + inventory + fixedAssets;
    let cash = r2(equity + loan + currentLiabilities - otherAssets);
    if (cash < MODEL.cashFloor) {
      equity += MODEL.fundingRound;
      cash += MODEL.fundingRound - loan;
      loan = 0;
    }
    const currentAssets = cash + MODEL.marketableSecurities + accountsReceivable + inventory;
    const totalLiabilities = currentLiabilities + loan;
    rows.push({
      periodEnd: formatDate(monthEnd(range, q)),
      currentAssets,
      currentLiabilities,
      cash,
      marketableSecurities: MODEL.marketableSecurities,
      accountsReceivable,
      inventory,
      totalAssets: currentAssets + fixedAssets,
      totalLiabilities,
      totalEquity: equity,
      ebit,
      interestExpense,
    });
  }
  return rows;
}

export function balanceSheetCsv(rows: readonly BalanceRow[]): string {
  const m = (v: number) => money(v, true);
  const cells = (r: BalanceRow): Record<string, string> => ({
    period_end: r.periodEnd,
    current_assets: m(r.currentAssets),
    current_liabilities: m(r.currentLiabilities),
    cash: m(r.cash),
    marketable_securities: m(r.marketableSecurities),
    accounts_receivable: m(r.accountsReceivable),
    inventory: m(r.inventory),
    total_assets: m(r.totalAssets),
    total_liabilities: m(r.totalLiabilities),
    total_equity: m(r.totalEquity),
    ebit: m(r.ebit),
    interest_expense: m(r.interestExpense),
  });
  return toCsv(
    BALANCE_SHEET_HEADER,
    rows.map((r) => {
      const c = cells(r);
      return BALANCE_SHEET_HEADER.map((field) => {
        if (!(field in c)) throw new RangeError(`the demo balance sheet writes no ${field}`);
        return c[field];
      });
    }),
  );
}
