import { toCsv } from './csv-row.ts';
import type { Customer } from './model.ts';
import { isLiveAt } from './model.ts';
import type { Rng } from './random.ts';
import type { MonthRange } from './time.ts';
import { DAY, formatSecond } from './time.ts';

export const NPS_HEADER = ['respondent_id', 'responded_at', 'score', 'comment'] as const;

/** Share of paying customers who answer the in-app survey in a given month. */
const RESPONSE_RATE = 0.09;

// Comments carry commas, quotes and non-ASCII text on purpose: the CSV writer must quote them.
const PRAISE = [
  'Love the cohort view, saves me hours every month',
  'Finally a KPI tool that "just works"',
  'Great for board decks, clear and fast',
  'Świetne narzędzie, polecam',
  'Sangat membantu untuk laporan bulanan',
];
const NEUTRAL = [
  'Good, but I miss a Xero integration',
  'Does the job; exports could be faster',
  'Nice charts. Would like "goals" per team',
];
const COMPLAINTS = [
  'Too expensive for us',
  'Dashboards are slow, please fix',
  'Import failed twice on our "Q3 final" sheet',
  'Support took 3 days, not great',
];

export interface NpsResponse {
  respondentId: string;
  at: number;
  score: number;
  comment: string;
}

function comment(rng: Rng, score: number): string {
  if (rng.chance(0.45)) return '';
  if (score >= 9) return rng.pick(PRAISE);
  if (score >= 7) return rng.pick(NEUTRAL);
  return rng.pick(COMPLAINTS);
}

/** A customer who will leave soon is usually unhappy already; satisfaction improves as the product matures. */
function score(rng: Rng, progress: number, leavingSoon: boolean): number {
  const promoter = leavingSoon ? 0.15 : 0.4 + 0.2 * progress;
  const detractor = leavingSoon ? 0.55 : 0.22 - 0.1 * progress;
  const r = rng.next();
  if (r < promoter) return rng.int(9, 10);
  if (r < promoter + detractor) return rng.int(0, 6);
  return rng.int(7, 8);
}

export function buildNps(rng: Rng, customers: readonly Customer[], range: MonthRange): NpsResponse[] {
  const out: NpsResponse[] = [];
  const n = range.starts.length;
  range.starts.forEach((start, i) => {
    const end = i + 1 < n ? range.starts[i + 1] : range.to;
    for (const c of customers) {
      if (!rng.chance(RESPONSE_RATE)) continue;
      const at = Math.floor(rng.float(start, end) / 1000) * 1000;
      const live = c.segments.find((s) => isLiveAt(s, at) && s.amount > 0);
      if (!live) continue;
      const leavingSoon = live.end !== null && live.reason !== '' && live.end - at < 90 * DAY;
      const s = score(rng, n > 1 ? i / (n - 1) : 1, leavingSoon);
      out.push({ respondentId: c.id, at, score: s, comment: comment(rng, s) });
    }
  });
  out.sort((a, b) => a.at - b.at);
  return out;
}

export function npsCsv(responses: readonly NpsResponse[]): string {
  return toCsv(
    NPS_HEADER,
    responses.map((r) => [r.respondentId, formatSecond(r.at), r.score, r.comment]),
  );
}
