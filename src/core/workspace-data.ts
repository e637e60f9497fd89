import { concatFrames, type Frame } from './datasets/frame.ts';
import type { DatasetKind } from './datasets/kinds.ts';

/** Everything the metrics engine reads: the stored frames of a workspace, by kind. */
export type WorkspaceData = Partial<Record<DatasetKind, Frame>>;

/** Workspace settings that change numbers (metrics.md §5, §8; interfaces.md §1). */
export interface MetricSettings {
  gross_margin: number;
  activation_event: string;
  /** Rates that convert a subscription currency code (upper case) to the workspace currency. */
  fx: Record<string, number>;
  currency: string | null;
}

export const DEFAULT_SETTINGS: MetricSettings = {
  gross_margin: 1,
  activation_event: '',
  fx: {},
  currency: null,
};

/** Datasets of the same kind form one frame of the workspace, as if they were one file. */
export function workspaceDataOf(
  datasets: Iterable<{ kind: DatasetKind; frames: readonly Frame[] }>,
): WorkspaceData {
  const byKind = new Map<DatasetKind, Frame[]>();
  for (const d of datasets) {
    const list = byKind.get(d.kind) ?? [];
    list.push(...d.frames);
    byKind.set(d.kind, list);
  }
  const data: WorkspaceData = {};
  for (const [kind, frames] of byKind) if (frames.length) data[kind] = concatFrames(frames);
  return data;
}
