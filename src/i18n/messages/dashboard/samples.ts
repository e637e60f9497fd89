// Sample arguments of every dashboard message that is a function (for catalogue tests).
import type { dashboardEn } from './en.ts';

type FunctionKeys = {
  [K in keyof typeof dashboardEn]: (typeof dashboardEn)[K] extends (p: never) => string ? K : never;
}[keyof typeof dashboardEn];

export const DASHBOARD_SAMPLE_PARAMS: { [K in FunctionKeys]: Parameters<(typeof dashboardEn)[K]>[0] } = {
  quarterLabel: { q: 2, year: '2025' },
  computedIn: { ms: '120' },
  dashboardLead: { period: 'June 2025' },
  computeFailed: { message: 'disk full' },
  currencyGapNotice: { codes: 'USD, EUR', missing: 'EUR' },
  kpiName: { id: 'customer_churn_rate' },
  inputName: { name: 'customers_prev' },
  sectionEmpty: { files: 'subscriptions' },
  listOr: { a: 'leads', b: 'costs' },
  changeVs: { change: '+5%', period: 'May 2025', verdict: 'better' },
  noCompare: { period: 'May 2025' },
  sparklineLabel: { name: 'MRR' },
  bandTitle: { band: 'Good', source: 'ChartMogul' },
  bandSource: { source: 'ChartMogul' },
  sourceRaw: { kind: 'Subscriptions' },
  reasonZero: { input: 'customers at the start of the period' },
  reasonMissing: { input: 'sales and marketing costs' },
  segmentActive: { filter: 'plan: Pro' },
  segmentRemoveOne: { value: 'plan: Pro' },
  chartFunnel: { period: 'June 2025' },
  chartAdoption: { period: 'June 2025' },
  chartRatio: { name: 'Current ratio' },
  cohortMonth: { k: 3 },
  balanceSaved: { date: 'Jun 30, 2025' },
  balanceSaveFailed: { message: 'disk full' },
  balanceFieldHelp: { field: 'cash' },
  fxHelp: { currency: 'USD' },
  fxRate: { from: 'EUR', to: 'USD' },
  typedReadAs: { value: '15,800' },
};
