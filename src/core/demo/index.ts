/**
 * Deterministic demo workspace: one believable B2B SaaS told consistently
 * across every dataset kind Yardstick imports. Pure functions of the options,
 * so the same seed always yields byte-identical files in any JS runtime.
 */
import { balanceSheetCsv, buildBalanceSheet } from './balance-sheet.ts';
import { buildCosts, costsCsv } from './costs.ts';
import { simulateCustomers } from './customers.ts';
import { buildEvents, eventsCsv } from './events.ts';
import { buildLeads, leadsCsv } from './leads.ts';
import { buildMonthlySheet, monthlySheetCsv } from './monthly-sheet.ts';
import { buildNps, npsCsv } from './nps.ts';
import { createRng } from './random.ts';
import { monthFacts } from './snapshot.ts';
import { subscriptionsCsv } from './subscriptions.ts';
import { monthIndex, monthRange } from './time.ts';

export interface DemoFile {
  name: string;
  kind: 'subscriptions' | 'leads' | 'nps' | 'events' | 'costs' | 'monthly_sheet' | 'balance_sheet';
  text: string;
}

export interface DemoOptions {
  seed?: number;
  months?: number;
  /** Last month of data, 'YYYY-MM'. A parameter so output never depends on today's date. */
  endMonth?: string;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_MONTHS = 24;
export const DEFAULT_END_MONTH = '2025-12';

export function generateDemoFiles(options: DemoOptions = {}): DemoFile[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const months = options.months ?? DEFAULT_MONTHS;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new RangeError(`months must be an integer from 1 to 120, got ${months}`);
  }
  const range = monthRange(options.endMonth ?? DEFAULT_END_MONTH, months);
  const root = createRng(seed);

  // Each dataset draws from its own fork so tuning one never reshuffles the others.
  const customers = simulateCustomers(root.fork('customers'), range);
  const facts = monthFacts(customers, range);
  const leads = buildLeads(root.fork('leads'), customers, range);
  const leadsPerMonth = range.months.map(() => 0);
  for (const l of leads) leadsPerMonth[monthIndex(range, l.createdAt)]++;
  const costs = buildCosts(root.fork('costs'), range);
  const sheet = buildMonthlySheet(root.fork('sheet'), facts, leadsPerMonth);
  const balance = buildBalanceSheet(root.fork('balance'), range, facts, costs);

  return [
    { name: 'subscriptions_stripe.csv', kind: 'subscriptions', text: subscriptionsCsv(customers, range) },
    { name: 'leads.csv', kind: 'leads', text: leadsCsv(leads) },
    { name: 'nps.csv', kind: 'nps', text: npsCsv(buildNps(root.fork('nps'), customers, range)) },
    {
      name: 'events.csv',
      kind: 'events',
      text: eventsCsv(buildEvents(root.fork('events'), customers, range)),
    },
    { name: 'costs.csv', kind: 'costs', text: costsCsv(costs) },
    { name: 'monthly_sheet.csv', kind: 'monthly_sheet', text: monthlySheetCsv(sheet) },
    { name: 'balance_sheet.csv', kind: 'balance_sheet', text: balanceSheetCsv(balance) },
  ];
}
