// Sample arguments of every goals message that is a function (for catalogue tests).
import type { goalsEn } from './en.ts';
import { alike, SAMPLE, type SampleParams } from '../samples.ts';

const keepWords = { kpi: 'Customer churn rate', value: '3.4%', month: 'November 2025', threshold: '3%' };
const goal = { name: 'MRR 50k' };
const card = { card: 'MRR' };
const move = { ...card, status: 'At risk' };

export const GOALS_SAMPLE_PARAMS: SampleParams<typeof goalsEn> = {
  ...alike(goal, 'goalDeleteTitle', 'formEditTitle'),
  ...alike(SAMPLE.n, 'goalsArchived', 'goalsUnreadable', 'targetNumber', 'taskText', 'taskRemove'),
  ...alike(SAMPLE.n, 'formProblems', 'checkInsTitle', 'columnCount'),
  ...alike(SAMPLE.failure, 'goalsError', 'errSave'),
  ...alike(SAMPLE.date, 'judgedData', 'judgedToday', 'whyBeforeStart', 'cardDue'),
  ...alike(move, 'announceMoved', 'announceReset'),
  errNumber: { lang: '1,234.5' },
  ownerIs: { owner: 'Ana' },
  period: { start: 'Jan 1, 2025', due: 'Dec 31, 2025' },
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
  forecastChart: SAMPLE.kpi,
  historyChange: { target: 'MRR', from: 'On track', to: 'At risk' },
  historyFirst: { target: 'MRR', to: 'On track' },
  filterQuarter: { year: 2025, q: 4 },
  moveLabel: card,
  manualBoth: { manual: 'At risk', computed: 'On track' },
  cardGoal: { goal: 'MRR 50k' },
  bandBadge: { band: 'Good' },
};
