import { toCsv } from './csv-row.ts';
import type { Customer } from './model.ts';
import { leadSource } from './people.ts';
import type { Rng } from './random.ts';
import { firstPaidAt } from './snapshot.ts';
import type { MonthRange } from './time.ts';
import { DAY, formatSecond } from './time.ts';

export const LEADS_HEADER = ['lead_id', 'created_at', 'pql_at', 'converted_at', 'source'] as const;

/** Leads that never become customers, per customer who signed up. */
const UNCONVERTED_PER_SIGNUP = 2.2;

export interface Lead {
  createdAt: number;
  pqlAt: number | null;
  convertedAt: number | null;
  source: string;
}

/**
 * Every simulated customer arrived as a lead; converted_at is the instant they
 * first paid, so converted leads per month track new customers. Around them sit
 * leads that never convert, the bulk of any real funnel.
 */
export function buildLeads(rng: Rng, customers: readonly Customer[], range: MonthRange): Lead[] {
  const leads: Lead[] = [];
  const secondsJitter = () => rng.int(0, 59) * 1000;
  for (const c of customers) {
    // Up to three weeks before sign-up, but never before the range (that would add months to the workspace).
    const lag = Math.min(21 * DAY, c.signupAt - range.from) * rng.next();
    const createdAt = Math.max(range.from, c.signupAt - Math.floor(lag / 1000) * 1000 - secondsJitter());
    const convertedAt = firstPaidAt(c, range.to);
    const trial = c.segments[0]?.trialEnd !== null;
    // Trial users who explore enough become product-qualified during the trial.
    let pqlAt: number | null = null;
    if (trial && rng.chance(0.75))
      pqlAt = c.signupAt + rng.int(6 * 60, 10 * 24 * 60) * 60_000 + secondsJitter();
    else if (!trial && rng.chance(0.3)) pqlAt = createdAt + Math.max(0, c.signupAt - createdAt) * rng.next();
    if (pqlAt !== null && (pqlAt >= range.to || (convertedAt !== null && pqlAt > convertedAt))) pqlAt = null;
    leads.push({ createdAt, pqlAt, convertedAt, source: c.source });
  }
  range.starts.forEach((start, i) => {
    const end = i + 1 < range.starts.length ? range.starts[i + 1] : range.to;
    const signups = customers.filter((c) => c.signupAt >= start && c.signupAt < end).length;
    const n = rng.poisson(Math.max(1, signups) * UNCONVERTED_PER_SIGNUP);
    for (let k = 0; k < n; k++) {
      const createdAt = Math.floor(rng.float(start, end) / 1000) * 1000;
      const pql = rng.chance(0.12) ? createdAt + rng.int(1, 20 * 24 * 60) * 60_000 : null;
      leads.push({
        createdAt,
        pqlAt: pql !== null && pql < range.to ? pql : null,
        convertedAt: null,
        source: leadSource(rng),
      });
    }
  });
  leads.sort((a, b) => a.createdAt - b.createdAt);
  return leads;
}

export function leadsCsv(leads: readonly Lead[]): string {
  const t = (v: number | null) => (v === null ? '' : formatSecond(Math.floor(v / 1000) * 1000));
  return toCsv(
    LEADS_HEADER,
    leads.map((l, i) => [
      `L-${String(i + 1).padStart(5, '0')}`,
      t(l.createdAt),
      t(l.pqlAt),
      t(l.convertedAt),
      l.source,
    ]),
  );
}
