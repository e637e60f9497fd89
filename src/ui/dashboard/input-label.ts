// The name of one input of a KPI's arithmetic, in the reader's language. Per-plan MRR inputs are
// named `mrr_plan:<plan>` by the core (metrics/mrr-breakdown.ts).
import type { Messages } from '../../i18n/index.ts';

export function inputLabel(t: Messages, key: string): string {
  if (key.startsWith('mrr_plan:')) {
    const plan = key.slice('mrr_plan:'.length);
    return plan ? t.inputPlanMrr({ plan }) : t.inputNoPlan;
  }
  if (key === 'live_subscriptions') return t.inputLiveSubscriptions;
  if (key === 'passives') return t.inputPassives;
  return t.inputName({ name: key });
}
