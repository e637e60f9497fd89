// metrics.md §8, §14.10: engagement, with the seven-day boundaries hit exactly and missed by 1 s.
import { describe, expect, it } from 'vitest';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { eventsData, settings } from './frames.ts';

const events = eventsData([
  { user_id: 'u1', timestamp: '2024-01-10T00:00:00Z', event: 'login' },
  { user_id: 'u1', timestamp: '2024-01-17T00:00:00Z', event: 'activated' }, // exactly 7 days: activated
  { user_id: 'u2', timestamp: '2024-01-10T12:00:00Z', event: 'login' },
  { user_id: 'u2', timestamp: '2024-01-17T12:00:01Z', event: 'activated' }, // 7 days + 1 s: not activated
  { user_id: 'u3', timestamp: '2024-01-11T00:00:00Z', event: 'login' },
  { user_id: 'u3', timestamp: '2024-01-18T00:00:00Z', event: 'login' }, // exactly 7 days: not dropped
  { user_id: 'u4', timestamp: '2024-01-12T00:00:00Z', event: 'login' },
  { user_id: 'u4', timestamp: '2024-01-18T23:59:59Z', event: 'login' }, // 7 days − 1 s: dropped
  // Last event of the data is 2024-02-10: u6 is exactly 7 days before it (eligible), u7 one second later.
  { user_id: 'u6', timestamp: '2024-02-10T00:00:00Z', event: 'login' },
  { user_id: 'u6', timestamp: '2024-02-03T00:00:00Z', event: 'login' },
  { user_id: 'u7', timestamp: '2024-02-03T00:00:01Z', event: 'login' },
]);

describe('engagement (§8)', () => {
  const r = computeWorkspace({ events }, settings({ activation_event: 'activated' }));

  it('counts MAU and new users per month', () => {
    expect(r.months).toEqual(['2024-01', '2024-02']);
    expect(r.values.mau).toEqual([4, 2]);
    expect(r.values.new_users).toEqual([4, 2]);
  });

  it('activation counts an activation event at first event + 7 days, not 1 s later', () => {
    expect(r.values.activation_rate).toEqual([25, 0]);
  });

  it('dropoff_7d: a login at exactly +7 days is not a drop-off; eligibility is inclusive (§14.10)', () => {
    expect(r.values.dropoff_7d).toEqual([25, 0]);
  });

  it('avg_dau averages over the days of the month inside D, stickiness = avg_dau / mau', () => {
    // January: D starts on the 10th → 22 days; user-days 2+1+1+2+2. February: 1st–10th, user-days 2+1.
    expect(r.values.avg_dau).toEqual([8 / 22, 3 / 10]);
    expect(r.values.stickiness[0]).toBeCloseTo((8 / 22 / 4) * 100, 12);
  });

  it('feature_adoption:<event> for every event name', () => {
    expect(r.values['feature_adoption:login']).toEqual([100, 100]);
    expect(r.values['feature_adoption:activated']).toEqual([50, 0]);
    expect(r.sources['feature_adoption:login']).toBe('events');
  });

  it('activation_rate is null when the setting is empty', () => {
    const none = computeWorkspace({ events }, settings({ activation_event: '' }));
    expect(none.values.activation_rate).toEqual([null, null]);
  });

  it('is indifferent to row order', () => {
    const shuffled = eventsData(
      [
        { user_id: 'b', timestamp: '2024-03-05T10:00:00Z', event: 'x' },
        { user_id: 'a', timestamp: '2024-03-01T10:00:00Z', event: 'x' },
        { user_id: 'a', timestamp: '2024-03-05T11:00:00Z', event: 'y' },
      ].reverse(),
    );
    const s = computeWorkspace({ events: shuffled }, settings());
    expect(s.values.avg_dau).toEqual([(1 + 2) / 5]);
    expect(s.values['feature_adoption:y']).toEqual([50]);
  });
});
