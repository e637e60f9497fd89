// Off-track and at-risk targets in the dashboard's "Needs attention", each leading to Goals.
import type { AttentionItem } from '../dashboard/attention.ts';
import { goals } from '../../state/app.svelte.ts';
import { attention } from '../../state/attention.svelte.ts';
import { locale } from '../../state/locale.svelte.ts';
import { router } from '../../state/router.svelte.ts';

function items(): AttentionItem[] {
  const t = locale.messages;
  const out: AttentionItem[] = [];
  for (const { goal, evaluation } of goals.answer?.goals ?? []) {
    if (goal.archived) continue;
    evaluation.targets.forEach((e, i) => {
      if (e.status !== 'off_track' && e.status !== 'at_risk') return;
      const target = goal.targets[i];
      const name = e.kpi ? t.kpiName({ id: e.kpi }) : target.name || goal.name;
      out.push({
        key: `target:${e.id}`,
        level: e.status,
        label: name,
        // The level's badge already says off track or at risk: the detail names the goal.
        detail: goal.name,
        to: { href: router.href('goals') },
      });
    });
  }
  return out;
}

let registered = false;

/** Registers the goals' source once (the dashboard calls it when it first shows). */
export function watchGoalAttention(): void {
  if (registered) return;
  registered = true;
  attention.add(items);
}
