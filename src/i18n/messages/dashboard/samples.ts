// Sample arguments of every dashboard message that is a function (for catalogue tests).
import type { dashboardEn } from './en.ts';
import { alike, SAMPLE, type SampleParams } from '../samples.ts';

const input = { input: 'sales and marketing costs' };
const source = { source: 'ChartMogul' };

export const DASHBOARD_SAMPLE_PARAMS: SampleParams<typeof dashboardEn> = {
  ...alike(SAMPLE.period, 'dashboardLead', 'noCompare', 'chartFunnel', 'chartAdoption'),
  ...alike(SAMPLE.failure, 'computeFailed', 'balanceSaveFailed'),
  ...alike(SAMPLE.name, 'sparklineLabel', 'chartRatio'),
  ...alike(input, 'reasonZero', 'reasonMissing'),
  quarterLabel: { q: 2, year: '2025' },
  computedIn: { ms: '120' },
  currencyGapNotice: { codes: 'USD, EUR', missing: 'EUR' },
  kpiName: { id: 'customer_churn_rate' },
  inputName: { name: 'customers_prev' },
  sectionEmpty: { files: 'subscriptions' },
  listOr: { a: 'leads', b: 'costs' },
  changeVs: { change: '+5%', period: 'May 2025', verdict: 'better' },
  bandTitle: { band: 'Good', ...source },
  bandSource: source,
  sourceRaw: { kind: 'Subscriptions' },
  segmentActive: { filter: 'plan: Pro' },
  segmentRemoveOne: { value: 'plan: Pro' },
  cohortMonth: { k: 3 },
  balanceSaved: SAMPLE.date,
  balanceFieldHelp: { field: 'cash' },
  fxHelp: { currency: 'USD' },
  fxRate: { from: 'EUR', to: 'USD' },
  typedReadAs: { value: '15,800' },
};
