// The segment filter's problems in words, from whichever catalogue speaks them (the page's
// language, or English for `npm run report`).
import type { SegmentMiss } from '../core/metrics/segments.ts';
import type { SegmentMessages } from './messages/segments/en.ts';

export function segmentMissText(m: SegmentMessages, miss: SegmentMiss): string {
  return m.segmentMatchesNothing({ filter: `${miss.field}=${miss.values.join(',')}` });
}

export function unknownSegmentText(
  m: SegmentMessages,
  unknownFields: readonly string[],
  fields: Record<string, string[]>,
): string {
  const asked = unknownFields.join(', ');
  const known = Object.keys(fields).sort();
  return known.length
    ? m.segmentUnknownFields({ fields: asked, known: known.join(', ') })
    : m.segmentNoFields({ fields: asked });
}
