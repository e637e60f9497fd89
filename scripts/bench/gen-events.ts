import { WINDOW_DAYS, isoInstant } from './calendar.ts';
import { LineSink } from './line-sink.ts';
import { mulberry32, weightedPicker } from './prng.ts';
import type { GeneratedFile } from './types.ts';

export const EVENTS_HEADER = 'user_id,timestamp,event';

const EVENTS = [
  'page_view',
  'login',
  'dashboard_viewed',
  'report_viewed',
  'search',
  'filter_applied',
  'export_csv',
  'invite_sent',
  'comment_added',
  'settings_changed',
  'integration_connected',
  'signup',
];
const EVENT_WEIGHTS = [40, 12, 10, 8, 8, 6, 4, 3, 3, 2, 2, 2];

/**
 * Events in time order over the same 24 months, denser as the product grows; ~rows/50 users with
 * a skewed activity (a few heavy users, a long tail of occasional ones).
 */
export async function generateEvents(path: string, rows: number, seed: number): Promise<GeneratedFile> {
  const random = mulberry32(seed);
  const pick = weightedPicker(random, EVENT_WEIGHTS);
  const sink = new LineSink(path);
  sink.line(EVENTS_HEADER);
  const users = Math.max(10, Math.round(rows / 50));
  const span = WINDOW_DAYS * 86_400;
  for (let i = 0; i < rows; i++) {
    // sqrt of a uniform ramp: monotonic timestamps, with more events per day later on.
    const second = Math.floor(span * Math.sqrt((i + random()) / rows));
    const user = Math.floor(users * random() * random());
    const event = EVENTS[pick()];
    const wait = sink.line(`u_${String(user).padStart(6, '0')},${isoInstant(second)},${event}`);
    if (wait) await wait;
  }
  await sink.close();
  return { kind: 'events', path, rows, bytes: sink.bytes, customers: users };
}
