import { concatFrames, type Frame } from './datasets/frame.ts';
import type { DatasetKind } from './datasets/kinds.ts';
import type { EventAggregate } from './events/aggregate.ts';
import { aggregateFrames } from './events/build.ts';
import { mergeAggregates } from './events/merge.ts';

/** Kinds the engine reads as rows; events are read as their aggregate (core/events). */
export type FrameKind = Exclude<DatasetKind, 'events'>;

/** Everything the metrics engine reads: the stored frames of a workspace by kind, events aggregated. */
export type WorkspaceData = Partial<Record<FrameKind, Frame>> & { events?: EventAggregate };

/** A dataset as the engine reads it: its frames, or for events its aggregate when already built. */
export interface DatasetData {
  kind: DatasetKind;
  frames: readonly Frame[];
  events?: EventAggregate;
}

// The settings live in a module of their own, so the page can read the defaults without the events code.
export { DEFAULT_SETTINGS, type MetricSettings } from './metric-settings.ts';

/**
 * Datasets of the same kind form one frame of the workspace, as if they were one file; events
 * datasets merge their aggregates (built here from the frames when the caller has none).
 */
export function workspaceDataOf(datasets: Iterable<DatasetData>): WorkspaceData {
  const byKind = new Map<FrameKind, Frame[]>();
  const events: EventAggregate[] = [];
  for (const d of datasets) {
    if (d.kind === 'events') {
      const agg = d.events ?? aggregateFrames(d.frames);
      // A dataset without a single row adds nothing, as an empty frame would not.
      if (agg.users.length > 0 || agg.events.length > 0) events.push(agg);
      continue;
    }
    const list = byKind.get(d.kind) ?? [];
    list.push(...d.frames);
    byKind.set(d.kind, list);
  }
  const data: WorkspaceData = {};
  for (const [kind, frames] of byKind) if (frames.length) data[kind] = concatFrames(frames);
  if (events.length) data.events = mergeAggregates(events);
  return data;
}
