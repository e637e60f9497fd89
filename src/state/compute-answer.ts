// The dashboard's answer from the worker's parts: months first, then quarters and years.
import type { ComputeAnswer, ComputedPart } from '../worker/protocol.ts';

/** The answer of a months part alone (quarters and years still coming), or with its periods. */
export function composeAnswer(months: ComputedPart, periods?: ComputedPart): ComputeAnswer {
  return {
    month: months.grains.month!,
    quarter: periods?.grains.quarter ?? null,
    year: periods?.grains.year ?? null,
    segmentFields: months.segmentFields,
    segmentMisses: months.segmentMisses,
    eventNames: months.eventNames,
    timings: months.timings,
    currencyGap: months.currencyGap,
  };
}
