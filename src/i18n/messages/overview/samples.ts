// Sample arguments of every overview message that is a function (for catalogue tests).
import type { overviewEn } from './en.ts';
import { SAMPLE, type SampleParams } from '../samples.ts';

export const OVERVIEW_SAMPLE_PARAMS: SampleParams<typeof overviewEn> = {
  attentionNone: SAMPLE.period,
  sectionToggle: { name: 'Revenue' },
  inputPlanMrr: { plan: 'Pro' },
};
