// English source of the segment filter's problems (src/core/metrics/segments.ts): the dashboard
// and `npm run report` word them from here. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const segmentsEn = {
  segmentUnknownFields: ({ fields, known }: { fields: string; known: string }) =>
    `no segment field ${fields}: the subscriptions can be filtered by ${known}`,
  segmentNoFields: ({ fields }: { fields: string }) =>
    `no segment field ${fields}: the files hold no subscription field to filter by`,
  segmentMatchesNothing: ({ filter }: { filter: string }) =>
    `${filter} matches no subscription, so the subscription KPIs are zero`,
} as const;

export type SegmentMessages = CatalogueOf<typeof segmentsEn>;
