// A goal's status history (§11): every change of a target's shown status, computed or set by hand,
// appended with its date, the old and new status and the cause.
import type { GoalEvaluation } from './evaluate.ts';
import type { Goal, HistoryEntry, Status } from './model.ts';

/** The last recorded shown status of each target. */
export function lastShown(goal: Goal): Map<string, Status> {
  const last = new Map<string, Status>();
  for (const entry of goal.history) last.set(entry.targetId, entry.to);
  return last;
}

/** Entries for the targets whose shown status differs from the last one recorded. */
export function computedChanges(
  goal: Goal,
  evaluation: GoalEvaluation,
  at: number,
  note: string,
): HistoryEntry[] {
  const last = lastShown(goal);
  return evaluation.targets
    .filter((t) => last.get(t.id) !== t.status)
    .map((t) => ({
      at,
      targetId: t.id,
      from: last.get(t.id) ?? null,
      to: t.status,
      cause: 'computed',
      note,
    }));
}

export function appendHistory(goal: Goal, entries: readonly HistoryEntry[]): Goal {
  if (!entries.length) return goal;
  return { ...goal, history: [...goal.history, ...entries] };
}

/**
 * A status set by hand on the board. Setting the computed status clears the override (a card
 * dropped in its own column is automatic again); null clears it too.
 */
export function setManualStatus(
  goal: Goal,
  targetId: string,
  status: Status | null,
  computed: Status,
  at: number,
): Goal {
  const target = goal.targets.find((t) => t.id === targetId);
  if (!target) return goal;
  const shown = target.override?.status ?? computed;
  const clear = status === null || status === computed;
  const next = clear ? computed : status;
  const targets = goal.targets.map((t) =>
    t.id !== targetId ? t : { ...t, override: clear ? null : { status: next, reason: '', at } },
  );
  const entry: HistoryEntry = {
    at,
    targetId,
    from: shown,
    to: next,
    cause: clear ? 'reset' : 'manual',
    note: '',
  };
  return {
    ...goal,
    targets,
    history: shown === next ? goal.history : [...goal.history, entry],
  };
}

/** The reason given for a manual status, added afterwards; it also notes the move that set it. */
export function setOverrideReason(goal: Goal, targetId: string, reason: string): Goal {
  const targets = goal.targets.map((t) =>
    t.id === targetId && t.override ? { ...t, override: { ...t.override, reason } } : t,
  );
  const history = [...goal.history];
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i].targetId !== targetId) continue;
    if (history[i].cause === 'manual') history[i] = { ...history[i], note: reason };
    break;
  }
  return { ...goal, targets, history };
}
