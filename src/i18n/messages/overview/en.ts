// English source of the strings of: The dashboard overview and first screen. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const overviewEn = {
  overviewHeading: 'Overview',
  headlineLabel: 'Headline figures',
  attentionHeading: 'Needs attention',
  attentionNone: ({ period }: { period: string }) => `Nothing is in a bad band in ${period}.`,
  attentionBad: 'Bad band',
  attentionOffTrack: 'Off track',
  attentionAtRisk: 'At risk',
  densityLabel: 'Cards',
  densityCompact: 'Compact',
  densityFull: 'Full',
  sectionToggle: ({ name }: { name: string }) => `${name}: show or hide`,
  summaryPrevious: 'vs previous',
  summaryYear: 'vs a year earlier',
  summaryAll: 'all customers',
  summaryOpen: 'Change the period, comparison or segment',
  sheetTitle: 'Period, comparison and segment',
  sheetDone: 'Done',
  chartRevenuePerAccount: 'Revenue per account and per user',
  chartNpsDistribution: 'Promoters, passives and detractors',
  npsPromoters: 'Promoters (9–10)',
  npsPassives: 'Passives (7–8)',
  npsDetractors: 'Detractors (0–6)',
  inputPassives: 'passives',
  inputLiveSubscriptions: 'live subscriptions at month end',
  inputPlanMrr: ({ plan }: { plan: string }) => `MRR of plan ${plan}`,
  inputNoPlan: 'MRR without a plan',
};

export type OverviewMessages = CatalogueOf<typeof overviewEn>;
