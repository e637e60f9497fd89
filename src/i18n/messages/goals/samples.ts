// Sample arguments of every goals message that is a function (for catalogue tests).
import type { goalsEn } from './en.ts';

type FunctionKeys = {
  [K in keyof typeof goalsEn]: (typeof goalsEn)[K] extends (p: never) => string ? K : never;
}[keyof typeof goalsEn];

const keepWords = { kpi: 'Customer churn rate', value: '3.4%', month: 'November 2025', threshold: '3%' };

export const GOALS_SAMPLE_PARAMS: { [K in FunctionKeys]: Parameters<(typeof goalsEn)[K]>[0] } = {
  goalDeleteTitle: { name: 'MRR 50k' },
  goalsArchived: { n: 3 },
  goalsError: { message: 'disk full' },
  goalsUnreadable: { n: 2 },
  formEditTitle: { name: 'MRR 50k' },
  targetNumber: { n: 2 },
  taskText: { n: 1 },
  taskRemove: { n: 1 },
  formProblems: { n: 2 },
  errNumber: { lang: '1,234.5' },
  errSave: { message: 'disk full' },
  ownerIs: { owner: 'Ana' },
  period: { start: 'Jan 1, 2025', due: 'Dec 31, 2025' },
  judgedData: { date: 'Dec 31, 2025' },
  judgedToday: { date: 'Dec 6, 2026' },
  whyBeforeStart: { date: 'Jan 1, 2027' },
  whyBehind: { behind: '12', done: '40%', gone: '52%' },
  whyAhead: { ahead: '5', done: '60%', gone: '55%' },
  whyAfterDue: { done: '80%' },
  whyKeepHolds: { ...keepWords, above: false },
  whyKeepFails: { ...keepWords, above: true, run: 2 },
  keepHeld: { held: 7, months: 12 },
  keepLabel: { dir: 'at most', value: '3%' },
  tasksDone: { done: 2, all: 5 },
  forecastValue: { value: '$43,408', month: 'June 2026' },
  forecastCross: { month: 'October 2026' },
  forecastChart: { kpi: 'MRR' },
  checkInsTitle: { n: 4 },
  historyChange: { target: 'MRR', from: 'On track', to: 'At risk' },
  historyFirst: { target: 'MRR', to: 'On track' },
  filterQuarter: { year: 2025, q: 4 },
  moveLabel: { card: 'MRR' },
  manualBoth: { manual: 'At risk', computed: 'On track' },
  announceMoved: { card: 'MRR', status: 'At risk' },
  announceReset: { card: 'MRR', status: 'On track' },
  cardDue: { date: 'Dec 31, 2025' },
  cardGoal: { goal: 'MRR 50k' },
  columnCount: { n: 5 },
  bandBadge: { band: 'Good' },
};
