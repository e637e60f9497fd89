import { toCsv } from './csv-row.ts';
import type { Customer, Segment } from './model.ts';
import type { Rng } from './random.ts';
import type { MonthRange } from './time.ts';
import { DAY, HOUR, formatIsoZ } from './time.ts';

export const EVENTS_HEADER = ['user_id', 'timestamp', 'event'] as const;
export const ACTIVATION_EVENT = 'activated';
const FEATURE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['create_dashboard', 30],
  ['share_dashboard', 20],
  ['export_csv', 18],
  ['connect_data_source', 12],
  ['set_goal', 10],
  ['invite_teammate', 6],
];

export interface ProductEvent {
  userId: string;
  at: number;
  event: string;
}

interface UserState {
  id: string;
  /** Chance of showing up on a given day: light vs. daily users. */
  dailyChance: number;
  firstAt: number | null;
  activated: boolean;
  /** Early drop-off: the user stops coming back after this instant. */
  quitsAt: number | null;
}

/**
 * Each seat of a customer is a user; users act only while the customer has
 * access (trial, free or paid), so MAU follows customers × seats. Activity is
 * sampled per day to keep the total around 30–60k events for the default range.
 */
export function buildEvents(rng: Rng, customers: readonly Customer[], range: MonthRange): ProductEvent[] {
  const out: ProductEvent[] = [];
  let nextUser = 1;
  for (const c of customers) {
    const users: UserState[] = [];
    const user = (j: number): UserState => {
      while (users.length <= j) {
        users.push({
          id: `u${String(nextUser++).padStart(5, '0')}`,
          dailyChance: rng.float(0.04, 0.22),
          firstAt: null,
          activated: false,
          quitsAt: null,
        });
      }
      return users[j];
    };
    for (const s of c.segments) {
      if (s.failed) continue;
      for (let j = 0; j < s.seats; j++) emitForUser(rng, user(j), s, j, range, out);
    }
  }
  out.sort((a, b) => a.at - b.at || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  return out;
}

function emitForUser(
  rng: Rng,
  u: UserState,
  s: Segment,
  seatIndex: number,
  range: MonthRange,
  out: ProductEvent[],
): void {
  const until = Math.min(s.end ?? range.to, range.to);
  // Teammates are invited over the first couple of weeks.
  const joinAt = s.start + (u.firstAt === null && seatIndex > 0 ? rng.int(1, 14 * 24) * HOUR : 0);
  let from = Math.max(joinAt, u.firstAt === null ? joinAt : s.start) + rng.int(1, 3600) * 1000;
  if (from >= until) return;
  const push = (at: number, event: string) => {
    if (at < until && at < range.to) out.push({ userId: u.id, at: Math.floor(at / 1000) * 1000, event });
  };
  if (u.firstAt === null) {
    u.firstAt = from;
    push(from, 'login');
    if (rng.chance(0.22)) u.quitsAt = from + rng.int(1, 6 * 24) * HOUR;
    const r = rng.next();
    // Most activate within the first week; a few only later, which the 7-day activation rate must not count.
    const delay = r < 0.62 ? rng.int(10, 6 * 24 * 60) * 60_000 : r < 0.72 ? rng.int(8, 30) * DAY : null;
    if (delay !== null && (u.quitsAt === null || from + delay < u.quitsAt)) {
      u.activated = true;
      push(from + delay, ACTIVATION_EVENT);
    }
    from += HOUR;
  }
  const stop = Math.min(until, u.quitsAt ?? Infinity);
  for (let day = from; day < stop; day += DAY) {
    if (!rng.chance(u.dailyChance)) continue;
    const at = day + rng.int(0, 20 * 3600) * 1000;
    if (at >= stop) break;
    push(at, 'login');
    const features = rng.poisson(0.9);
    for (let f = 0; f < features; f++) {
      push(at + rng.int(30, 5400) * 1000, rng.weighted(FEATURE_WEIGHTS));
    }
  }
}

export function eventsCsv(events: readonly ProductEvent[]): string {
  return toCsv(
    EVENTS_HEADER,
    events.map((e) => [e.userId, formatIsoZ(e.at), e.event]),
  );
}
