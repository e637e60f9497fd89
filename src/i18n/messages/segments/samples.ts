// Sample arguments of every segment message (for catalogue tests).
import type { segmentsEn } from './en.ts';
import type { SampleParams } from '../samples.ts';

export const SEGMENT_SAMPLE_PARAMS: SampleParams<typeof segmentsEn> = {
  segmentUnknownFields: { fields: 'country', known: 'plan, currency' },
  segmentNoFields: { fields: 'country' },
  segmentMatchesNothing: { filter: 'plan=Gold' },
};
