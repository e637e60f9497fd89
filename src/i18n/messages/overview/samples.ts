// Sample arguments of every overview message that is a function (for catalogue tests).
import type { overviewEn } from './en.ts';

type FunctionKeys = {
  [K in keyof typeof overviewEn]: (typeof overviewEn)[K] extends (p: never) => string ? K : never;
}[keyof typeof overviewEn];

export const OVERVIEW_SAMPLE_PARAMS: { [K in FunctionKeys]: Parameters<(typeof overviewEn)[K]>[0] } = {
  attentionNone: { period: 'December 2025' },
  sectionToggle: { name: 'Revenue' },
  inputPlanMrr: { plan: 'Pro' },
};
