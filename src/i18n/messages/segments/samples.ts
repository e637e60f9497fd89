// Sample arguments of every segment message (for catalogue tests).
import type { segmentsEn } from './en.ts';

export const SEGMENT_SAMPLE_PARAMS: {
  [K in keyof typeof segmentsEn]: Parameters<(typeof segmentsEn)[K]>[0];
} = {
  segmentUnknownFields: { fields: 'country', known: 'plan, currency' },
  segmentNoFields: { fields: 'country' },
  segmentMatchesNothing: { filter: 'plan=Gold' },
};
