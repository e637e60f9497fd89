// The goal form as plain data: drafts hold what is typed (numbers as text, read with the UI
// language's decimal), and `readDraft` turns a draft into a valid goal or says what is wrong.
import * as v from 'valibot';
import { isoDay } from '../../core/goals/dates.ts';
import {
  GoalSchema,
  type CheckIn,
  type Goal,
  type HistoryEntry,
  type Override,
  type Target,
} from '../../core/goals/model.ts';
import { parseTypedNumber } from '../../core/locale/typed.ts';
import type { Lang, Messages } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';

export type Kind = Target['kind'];

export interface TaskDraft {
  id: string;
  text: string;
  done: boolean;
}

export interface TargetDraft {
  id: string;
  kind: Kind;
  /** '' = entered by hand. */
  kpi: string;
  name: string;
  from: string;
  to: string;
  direction: 'at_least' | 'at_most';
  done: boolean;
  tasks: TaskDraft[];
  /** Kept through an edit: the form does not change them. */
  override: Override | null;
  checkIns: CheckIn[];
}

export interface GoalDraft {
  id: string;
  workspaceId: string;
  name: string;
  owner: string;
  description: string;
  start: string;
  due: string;
  archived: boolean;
  createdAt: number;
  history: HistoryEntry[];
  targets: TargetDraft[];
}

export function newTargetDraft(newId: () => string): TargetDraft {
  return {
    id: newId(),
    kind: 'reach',
    kpi: '',
    name: '',
    from: '',
    to: '',
    direction: 'at_least',
    done: false,
    tasks: [],
    override: null,
    checkIns: [],
  };
}

/** A new goal: from today to the end of the year, with one target row. */
export function emptyDraft(workspaceId: string, today: number, newId: () => string): GoalDraft {
  const day = isoDay(today);
  return {
    id: newId(),
    workspaceId,
    name: '',
    owner: '',
    description: '',
    start: day,
    due: `${day.slice(0, 4)}-12-31`,
    archived: false,
    createdAt: today,
    history: [],
    targets: [newTargetDraft(newId)],
  };
}

/** Numbers shown for editing in the UI language, without grouping, so they read back the same. */
function typed(value: number, lang: Lang): string {
  const text = String(value);
  return lang === 'en' ? text : text.replace('.', ',');
}

export function draftOf(goal: Goal, lang: Lang): GoalDraft {
  return {
    ...goal,
    targets: goal.targets.map((t) => {
      const d = { ...newTargetDraft(() => t.id), kind: t.kind, name: t.name, override: t.override };
      switch (t.kind) {
        case 'reach':
          return {
            ...d,
            kpi: t.kpi ?? '',
            from: typed(t.from, lang),
            to: typed(t.to, lang),
            checkIns: t.checkIns,
          };
        case 'keep':
          return {
            ...d,
            kpi: t.kpi ?? '',
            to: typed(t.threshold, lang),
            direction: t.direction,
            checkIns: t.checkIns,
          };
        case 'done':
          return { ...d, done: t.done };
        case 'tasks':
          return { ...d, tasks: t.tasks.map((x) => ({ ...x })) };
      }
    }),
  };
}

/** Field keys of errors: `name`, `start`, `due`, `targets`, `t<i>-from|to|name|tasks`. */
export type FieldErrors = Record<string, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readDraft(
  draft: GoalDraft,
  t: Messages,
  lang: Lang,
  now: number,
): { goal: Goal; errors: null } | { goal: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const example = formatNumber(1234.5, { lang });
  const num = (key: string, text: string): number => {
    const n = parseTypedNumber(text, lang);
    if (!Number.isFinite(n)) errors[key] = t.errNumber({ lang: example });
    return n;
  };
  if (!draft.name.trim()) errors.name = t.errName;
  if (!DATE.test(draft.start)) errors.start = t.errDate;
  if (!DATE.test(draft.due)) errors.due = t.errDate;
  else if (DATE.test(draft.start) && draft.due < draft.start) errors.due = t.errDueBeforeStart;
  if (!draft.targets.length) errors.targets = t.errTargets;
  const targets: Target[] = draft.targets.map((d, i) => {
    const base = { id: d.id, name: d.name.trim(), override: d.override };
    const kpi = d.kpi || null;
    if ((d.kind === 'done' || d.kind === 'tasks' || !kpi) && !base.name)
      errors[`t${i}-name`] = t.errTargetName;
    switch (d.kind) {
      case 'reach':
        return {
          ...base,
          kind: 'reach',
          kpi,
          from: num(`t${i}-from`, d.from),
          to: num(`t${i}-to`, d.to),
          checkIns: d.checkIns,
        };
      case 'keep':
        return {
          ...base,
          kind: 'keep',
          kpi,
          direction: d.direction,
          threshold: num(`t${i}-to`, d.to),
          checkIns: d.checkIns,
        };
      case 'done':
        return { ...base, kind: 'done', done: d.done };
      case 'tasks': {
        const tasks = d.tasks.filter((x) => x.text.trim()).map((x) => ({ ...x, text: x.text.trim() }));
        if (!tasks.length) errors[`t${i}-tasks`] = t.errTasks;
        return { ...base, kind: 'tasks', tasks };
      }
    }
  });
  if (Object.keys(errors).length) return { goal: null, errors };
  const goal: Goal = {
    id: draft.id,
    workspaceId: draft.workspaceId,
    name: draft.name.trim(),
    owner: draft.owner.trim(),
    description: draft.description.trim(),
    start: draft.start,
    due: draft.due,
    archived: draft.archived,
    createdAt: draft.createdAt,
    updatedAt: now,
    targets,
    history: draft.history,
  };
  const checked = v.safeParse(GoalSchema, goal);
  if (!checked.success) return { goal: null, errors: { form: checked.issues[0].message } };
  return { goal: checked.output, errors: null };
}
