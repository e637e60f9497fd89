// The dashboard's answer from the worker's: every granularity of one compute.
import type { ComputeAnswer, ComputedPart } from '../worker/protocol.ts';

/** The page's answer from a compute of months, quarters and years. */
export function composeAnswer(part: ComputedPart): ComputeAnswer {
  return {
    month: part.grains.month!,
    quarter: part.grains.quarter ?? null,
    year: part.grains.year ?? null,
    segmentFields: part.segmentFields,
    segmentMisses: part.segmentMisses,
    eventNames: part.eventNames,
    timings: part.timings,
    currencyGap: part.currencyGap,
  };
}
