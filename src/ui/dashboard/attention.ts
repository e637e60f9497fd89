// "Needs attention": what in the period on screen asks for a look. Items come from several
// sources: the KPIs in a bad benchmark band (here), and any other source that registers with
// `attention` (state/attention.svelte.ts), such as off-track and at-risk goal targets.
import { bandFor } from '../../core/metrics/catalogue.ts';
import type { WorkspaceMetrics } from '../../core/metrics/types.ts';
import { inputsAt } from './model.ts';

import type { AttentionItem, AttentionLevel } from '../../state/attention.svelte.ts';
export type { AttentionItem, AttentionLevel };

/** Off-track before at-risk before a bad band; otherwise the order the sources gave. */
const RANK: Record<AttentionLevel, number> = { off_track: 0, at_risk: 1, bad: 2 };

export function sortAttention(items: readonly AttentionItem[]): AttentionItem[] {
  return items
    .map((item, at) => ({ item, at }))
    .sort((a, b) => RANK[a.item.level] - RANK[b.item.level] || a.at - b.at)
    .map(({ item }) => item);
}

/** The ids among `ids` whose value at `index` is in the bad band of its benchmark. */
export function badBandIds(
  metrics: WorkspaceMetrics,
  monthly: WorkspaceMetrics | null,
  ids: readonly string[],
  index: number,
): string[] {
  if (index < 0) return [];
  return ids.filter((id) => {
    const value = metrics.values[id]?.[index] ?? null;
    const equity =
      id === 'debt_to_equity' ? (inputsAt(metrics, monthly, id, index)?.total_equity ?? null) : null;
    return bandFor(id, value, { total_equity: equity, period: metrics.months[index] }) === 'bad';
  });
}
