// English source of the strings of: Goals, targets and the KPI board. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';
import { countEn } from '../count.ts';
import { statusHistory } from './history.ts';

type N = { n: number };

export const goalsEn = {
  statusNotStarted: 'Not started',
  goalsLead:
    'Each goal has targets: reach a value, keep a KPI on one side of a line, get something done, or finish a checklist. Targets linked to a KPI follow your imported data.',
  goalNew: 'New goal',
  goalEdit: 'Edit',
  goalArchive: 'Archive',
  goalRestore: 'Restore',
  goalDelete: 'Delete',
  goalDeleteTitle: ({ name }: { name: string }) => `Delete “${name}”?`,
  goalDeleteBody: 'The goal, its targets, check-ins and history are removed from this browser.',
  goalsArchived: ({ n }: N) => `Archived (${countEn(n, '# goal', '# goals')})`,
  goalsLoading: 'Judging goals…',
  goalsError: ({ message }: { message: string }) => `The goals could not be judged: ${message}`,
  goalsUnreadable: ({ n }: N) =>
    countEn(
      n,
      'One stored goal is damaged and is not shown.',
      '# stored goals are damaged and are not shown.',
    ),
  goalsNoWorkspace: 'Import data first: goals belong to a workspace.',
  benchmarksStart: 'Start from benchmarks',
  benchmarksBody:
    'One goal that keeps each KPI with a benchmark band on its good side: customer churn at most 3 %, net revenue retention at least 100 %, LTV:CAC at least 3, and more.',
  benchmarksName: 'Healthy SaaS benchmarks',

  formNewTitle: 'New goal',
  formEditTitle: ({ name }: { name: string }) => `Edit “${name}”`,
  fieldName: 'Name',
  fieldOwner: 'Owner (optional)',
  fieldStart: 'Start date',
  fieldDue: 'Due date',
  fieldDescription: 'Description (optional)',
  targetsLegend: 'Targets',
  targetAdd: 'Add a target',
  targetRemove: 'Remove this target',
  targetNumber: ({ n }: N) => `Target ${n}`,
  targetKind: 'Kind',
  kindReach: 'Reach a value',
  kindKeep: 'Keep a KPI at a level',
  kindDone: 'Get something done',
  kindTasks: 'Finish a checklist',
  targetKpi: 'KPI',
  targetKpiNone: 'None: I enter the values',
  targetName: 'Target name',
  targetFrom: 'Start value',
  targetTo: 'Target value',
  targetThreshold: 'Threshold',
  targetDirection: 'Stay',
  dirAtLeast: 'at least',
  dirAtMost: 'at most',
  targetDoneBox: 'Done',
  tasksLegend: 'Checklist',
  taskAdd: 'Add a task',
  taskText: ({ n }: N) => `Task ${n}`,
  taskRemove: ({ n }: N) => `Remove task ${n}`,
  formSave: 'Save goal',
  formCancel: 'Cancel',
  formSaving: 'Saving…',
  formProblems: ({ n }: N) => countEn(n, 'One field needs a change:', '# fields need a change:'),
  errName: 'Give the goal a name.',
  errDate: 'Pick a date.',
  errDueBeforeStart: 'The due date comes before the start date.',
  errTargets: 'Add at least one target.',
  errNumber: ({ lang }: { lang: string }) => `Type a number, like ${lang}.`,
  errTargetName: 'Name this target, or link it to a KPI.',
  errTasks: 'Add at least one task with some text.',
  errSave: ({ message }: { message: string }) => `The goal could not be saved: ${message}`,

  progress: 'Progress',
  ownerIs: ({ owner }: { owner: string }) => `Owner: ${owner}`,
  period: ({ start, due }: { start: string; due: string }) => `${start} to ${due}`,
  judgedData: ({ date }: { date: string }) => `Judged at ${date}: the end of the data’s last month.`,
  judgedToday: ({ date }: { date: string }) => `Judged today, ${date}.`,
  whyBeforeStart: ({ date }: { date: string }) => `Starts on ${date}.`,
  whyNoValue: 'No value in the goal’s months yet.',
  whyComplete: 'Target reached.',
  whyBehind: ({ behind, done, gone }: { behind: string; done: string; gone: string }) =>
    `${behind} points behind the time elapsed: ${done} done, ${gone} of the time gone.`,
  whyAhead: ({ ahead, done, gone }: { ahead: string; done: string; gone: string }) =>
    `${ahead} points ahead of the time elapsed: ${done} done, ${gone} of the time gone.`,
  whyAfterDue: ({ done }: { done: string }) => `The due date has passed at ${done} done.`,
  whyKeepHolds: ({
    kpi,
    value,
    month,
    threshold,
    above,
  }: Record<'kpi' | 'value' | 'month' | 'threshold', string> & { above: boolean }) =>
    `${kpi} ${value} in ${month} is ${above ? 'at least' : 'at most'} ${threshold}.`,
  whyKeepFails: ({
    kpi,
    value,
    month,
    threshold,
    above,
    run,
  }: Record<'kpi' | 'value' | 'month' | 'threshold', string> & { above: boolean; run: number }) =>
    `${kpi} ${value} in ${month} is ${above ? 'above' : 'below'} ${threshold}` +
    (run === 1
      ? '.'
      : run === 2
        ? ', the second month in a row.'
        : run === 3
          ? ', the third month in a row.'
          : `, ${run} months in a row.`),
  keepHeld: ({ held, months }: { held: number; months: number }) =>
    `Held in ${held} of ${months} ${months === 1 ? 'month' : 'months'}.`,
  current: 'Current',
  targetLabel: 'Target',
  keepLabel: ({ dir, value }: { dir: string; value: string }) => `${dir} ${value}`,
  tasksDone: ({ done, all }: { done: number; all: number }) => `${done} of ${all} tasks done`,
  doneYes: 'Done',
  doneNo: 'Not done yet',

  forecastTitle: 'Forecast (a projection, not a promise)',
  forecastValue: ({ value, month }: { value: string; month: string }) =>
    `Projected ${value} in ${month}, the due month.`,
  forecastCross: ({ month }: { month: string }) => `On this trend the target is reached in ${month}.`,
  forecastNoCross: 'On this trend the target is not reached.',
  forecastReached: 'The target is already reached.',
  forecastNone: 'Too few months for a forecast: it needs 3 values in the last 6 months.',
  forecastChart: ({ kpi }: { kpi: string }) => `${kpi}: trend and projection`,
  seriesActual: 'Actual',
  seriesProjection: 'Projection',
  seriesTarget: 'Target',

  checkInLegend: 'Add a check-in',
  checkInDate: 'Date',
  checkInValue: 'Value',
  checkInNote: 'Note (optional)',
  checkInAdd: 'Add check-in',
  checkInsTitle: ({ n }: N) => countEn(n, '# check-in', '# check-ins'),

  historyTitle: 'Status history',
  historyNone: 'No changes yet.',
  ...statusHistory,
  causeImport: 'after the data changed',
  causeSettings: 'after a settings change',
  causeGoal: 'after the goal was saved',
  causeDate: 'as time passed',
  causeManual: 'set by hand',
  causeReset: 'back to automatic',

  boardLead:
    'One card per target, in the column of its status. Drag a card, or use its “Move to…” control, to set a status by hand.',
  boardEmptyTitle: 'No targets on the board',
  filterGoal: 'Goal',
  filterOwner: 'Owner',
  filterDue: 'Due',
  filterAll: 'All',
  filterQuarter: ({ year, q }: { year: number; q: number }) => `Q${q} ${year}`,
  filterClear: 'Clear filters',
  moveTo: 'Move to…',
  moveLabel: ({ card }: { card: string }) => `Move ${card} to`,
  resetAuto: 'Reset to automatic',
  manualBoth: ({ manual, computed }: { manual: string; computed: string }) =>
    `Set by hand: ${manual}. Computed: ${computed}.`,
  reasonLabel: 'Reason (optional)',
  reasonSave: 'Save reason',
  announceMoved: ({ card, status }: { card: string; status: string }) => `${card} moved to ${status}.`,
  announceReset: ({ card, status }: { card: string; status: string }) =>
    `${card} is automatic again: ${status}.`,
  cardDue: ({ date }: { date: string }) => `Due ${date}`,
  cardGoal: ({ goal }: { goal: string }) => `Goal: ${goal}`,
  columnCount: ({ n }: N) => countEn(n, '# card', '# cards'),
  bandBadge: ({ band }: { band: string }) => `Benchmark: ${band}`,
};

export type GoalsMessages = CatalogueOf<typeof goalsEn>;
