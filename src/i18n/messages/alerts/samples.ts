// Sample arguments of every alerts message that is a function (for catalogue tests).
import type { alertsEn } from './en.ts';
import { alike, SAMPLE, type SampleParams } from '../samples.ts';

const fact = { kpi: 'Customer churn rate', value: '6.2%', month: 'March 2024' };
const above = { ...fact, level: '5%' };
const below = { ...fact, level: '95%' };
const ruleLevel = { kpi: 'CAC', level: '$500.00' };
const ruleChange = { kpi: 'MRR', by: '10%' };

export const ALERTS_SAMPLE_PARAMS: SampleParams<typeof alertsEn> = {
  ...alike(above, 'alertAbove', 'alertAtLeast'),
  ...alike(below, 'alertBelow', 'alertAtMost'),
  ...alike(fact, 'alertChanged', 'alertResolved'),
  ...alike(ruleLevel, 'ruleAbove', 'ruleAtLeast', 'ruleBelow', 'ruleAtMost'),
  ...alike(ruleChange, 'ruleRises', 'ruleFalls'),
  ...alike(SAMPLE.n, 'alertInARow', 'ruleFor'),
  ...alike(SAMPLE.count, 'rulesSuggested', 'ruleFired'),
  alertsFailed: SAMPLE.failure,
  alertRose: { ...fact, change: '12%', previous: '5.5%' },
  alertFell: { ...fact, change: '12%', previous: '7%' },
  alertRecovered: { ...fact, level: '3%' },
  ruleMin: { min: '$1,000.00' },
  ruleRecover: { level: '3%' },
  ruleSnoozedUntil: SAMPLE.date,
  ruleActionsLabel: { rule: 'MRR falling by 10% or more in a month' },
  formNumberInvalid: { example: '12.5' },
  previewFired: { count: 3, months: 'Mar 2024, Aug 2024, Nov 2025' },
  notificationTitle: SAMPLE.kpi,
};
