// Sample arguments of every alerts message that is a function (for catalogue tests).
import type { alertsEn } from './en.ts';

type FunctionKeys = {
  [K in keyof typeof alertsEn]: (typeof alertsEn)[K] extends (p: never) => string ? K : never;
}[keyof typeof alertsEn];

const fact = { kpi: 'Customer churn rate', value: '6.2%', month: 'March 2024' };

export const ALERTS_SAMPLE_PARAMS: { [K in FunctionKeys]: Parameters<(typeof alertsEn)[K]>[0] } = {
  alertsUnreadLabel: { count: 3 },
  alertsFailed: { message: 'disk full' },
  alertAbove: { ...fact, level: '5%' },
  alertAtLeast: { ...fact, level: '5%' },
  alertBelow: { ...fact, level: '95%' },
  alertAtMost: { ...fact, level: '95%' },
  alertRose: { ...fact, change: '12%', previous: '5.5%' },
  alertFell: { ...fact, change: '12%', previous: '7%' },
  alertChanged: fact,
  alertInARow: { n: 2 },
  alertResolved: fact,
  alertRecovered: { ...fact, level: '3%' },
  rulesSuggested: { count: 4 },
  ruleAbove: { kpi: 'CAC', level: '$500.00' },
  ruleAtLeast: { kpi: 'CAC', level: '$500.00' },
  ruleBelow: { kpi: 'NRR', level: '95%' },
  ruleAtMost: { kpi: 'NRR', level: '95%' },
  ruleRises: { kpi: 'MRR', by: '10%' },
  ruleFalls: { kpi: 'MRR', by: '10%' },
  ruleMin: { min: '$1,000.00' },
  ruleRecover: { level: '3%' },
  ruleFor: { n: 2 },
  ruleFired: { count: 3 },
  ruleSnoozedUntil: { date: 'Jan 5, 2026' },
  ruleActionsLabel: { rule: 'MRR falling by 10% or more in a month' },
  formNumberInvalid: { example: '12.5' },
  previewFired: { count: 3, months: 'Mar 2024, Aug 2024, Nov 2025' },
  staleNotice: { date: 'Dec 31, 2025', days: 40 },
  staleRefresh: { files: 'Subscriptions or Leads' },
  notificationTitle: { kpi: 'MRR' },
};
