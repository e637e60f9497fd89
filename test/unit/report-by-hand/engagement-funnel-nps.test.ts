// By hand: events (metrics.md §8, §14.10), leads (§6) and NPS (§7) files in formats the public
// fixtures lack: zone offsets, Unix seconds, Polish day-first times, UTF-16BE tab text. By hand.
import { describe, expect, it } from 'vitest';
import { csv, run } from './run.ts';

describe('events with zone offsets, seven-day edges (activation_event "activated")', () => {
  const text = csv(
    'user_id,timestamp,event',
    'u1,2024-01-30T10:00:00Z,login',
    'u1,2024-02-06T10:00:00Z,activated', // exactly first + 7 d: activated, and not dropped off
    'u2,2024-01-31T23:30:00-01:00,login', // = 2024-02-01T00:30Z: a February user
    'u2,2024-02-08T00:30:01Z,activated', // first + 7 d + 1 s: too late to activate
    'u3,2024-02-03T12:00:00Z,login',
    'u3,2024-02-03T13:00:00Z,share',
    'u3,2024-02-10T12:00:00Z,login', // exactly first + 7 d: not dropped off
    'u4,2024-02-15T00:00:00Z,login', // = last event − 7 d: eligible (inclusive), dropped
    'u5,2024-02-22T00:00:00Z,login', // the dataset's last event: not eligible
  );
  const r = run([{ name: 'events.csv', text }], { settings: { activation_event: 'activated' } });
  const v = r.v;

  it('January: D starts on 30 Jan', () => {
    expect(v('2024-01', 'mau')).toBe(1);
    expect(v('2024-01', 'avg_dau')).toBe(0.5); // days 30, 31 → (1 + 0) / 2
    expect(v('2024-01', 'stickiness')).toBe(50);
    expect(v('2024-01', 'new_users')).toBe(1);
    expect(v('2024-01', 'activation_rate')).toBe(100);
    expect(v('2024-01', 'dropoff_7d')).toBe(0);
  });

  it('February: D ends on 22 Feb', () => {
    expect(v('2024-02', 'mau')).toBe(5);
    // user-days: 1 (u2), 3 (u3), 6 (u1), 8 (u2), 10 (u3), 15 (u4), 22 (u5) = 7 over 22 days
    expect(v('2024-02', 'avg_dau')).toBeCloseTo(7 / 22, 12);
    expect(v('2024-02', 'stickiness')).toBeCloseTo((7 / 22 / 5) * 100, 12);
    expect(v('2024-02', 'new_users')).toBe(4);
    expect(v('2024-02', 'activation_rate')).toBe(0);
    expect(v('2024-02', 'dropoff_7d')).toBeCloseTo((1 / 3) * 100, 12); // u4 of u2, u3, u4
    expect(v('2024-02', 'feature_adoption:login')).toBe(80); // u2 u3 u4 u5 of 5
    expect(v('2024-02', 'feature_adoption:activated')).toBe(40); // u1 u2
    expect(v('2024-02', 'feature_adoption:share')).toBe(20);
  });

  it('the quarter: days and new users of the whole period, monthly average for MAU (§15)', () => {
    const q = r.periods('quarter');
    expect(q.v('2024-Q1', 'avg_dau')).toBeCloseTo(8 / 24, 12); // (1 + 7) user-days / 24 days of D
    expect(q.v('2024-Q1', 'mau')).toBe(3); // mean(1, 5)
    expect(q.v('2024-Q1', 'stickiness')).toBeCloseTo((50 + (7 / 22 / 5) * 100) / 2, 12);
    expect(q.v('2024-Q1', 'new_users')).toBe(5);
    expect(q.v('2024-Q1', 'activation_rate')).toBe(20); // u1 of 5
    expect(q.v('2024-Q1', 'dropoff_7d')).toBe(25); // u4 of u1, u2, u3, u4
  });
});

describe('Mixpanel-style events: distinct_id, Unix seconds', () => {
  it('reads seconds as UTC instants', () => {
    const r = run(
      [
        {
          name: 'mixpanel.csv',
          text: csv(
            'distinct_id,time,event',
            'a,1706745600,Sign Up', // 2024-02-01T00:00Z
            'a,1707350400,Activated', // 2024-02-08T00:00Z = first + 7 d
            'b,1706832000,Sign Up', // 2024-02-02T00:00Z
            'b,1709251199,Login', // 2024-02-29T23:59:59Z
          ),
        },
      ],
      { settings: { activation_event: 'Activated' } },
    );
    expect(Object.keys(r.doc.months)).toEqual(['2024-02']);
    expect(r.v('2024-02', 'activation_rate')).toBe(50);
    expect(r.v('2024-02', 'avg_dau')).toBeCloseTo(4 / 29, 12); // 4 user-days over 29 days
    expect(r.v('2024-02', 'dropoff_7d')).toBe(0);
  });
});

describe('leads in Polish conventions (`;`, DD.MM.YYYY HH:mm)', () => {
  const text = csv(
    'lead_id;created_at;pql_at;converted_at;source',
    'L1;10.01.2024 08:00;12.01.2024 08:00;09.02.2024 20:00;ads', // cycle 30.5 d
    'L2;20.01.2024 00:00;;;organic',
    'L3;25.01.2024 00:00;01.02.2024 00:00;03.02.2024 06:00;ads', // cycle 9.25 d
    'L4;02.02.2024 00:00;05.02.2024 00:00;;partner',
    'L5;10.02.2024 00:00;;11.02.2024 00:00;organic', // cycle 1 d
  );
  const r = run([{ name: 'leady.csv', text }], { locale: 'pl' });

  it('monthly funnel (§6)', () => {
    expect(r.v('2024-01', 'leads')).toBe(3);
    expect(r.v('2024-01', 'lead_conversion_rate')).toBeCloseTo((2 / 3) * 100, 12); // L1, L3 by creation
    expect(r.v('2024-01', 'pqls')).toBe(1);
    expect(r.v('2024-01', 'pql_conversion_rate')).toBe(100);
    expect(r.v('2024-01', 'sales_cycle_days')).toBeNull(); // no conversion in January
    expect(r.v('2024-02', 'leads')).toBe(2);
    expect(r.v('2024-02', 'lead_conversion_rate')).toBe(50);
    expect(r.v('2024-02', 'pqls')).toBe(2); // L3, L4
    expect(r.v('2024-02', 'pql_conversion_rate')).toBe(50);
    expect(r.v('2024-02', 'sales_cycle_days')).toBeCloseTo((30.5 + 9.25 + 1) / 3, 12);
  });

  it('the quarter recomputes over its records (§15 cohort rate)', () => {
    const q = r.periods('quarter');
    expect(q.v('2024-Q1', 'leads')).toBe(5);
    expect(q.v('2024-Q1', 'lead_conversion_rate')).toBe(60);
    expect(q.v('2024-Q1', 'pqls')).toBe(3);
    expect(q.v('2024-Q1', 'pql_conversion_rate')).toBeCloseTo((2 / 3) * 100, 12);
    expect(q.v('2024-Q1', 'sales_cycle_days')).toBeCloseTo(40.75 / 3, 12);
  });
});

describe('NPS as UTF-16BE tab text, en-GB, all dates ambiguous', () => {
  const body =
    'respondent_id\tdate\tscore\tcomment\r\n' +
    'r1\t05/02/2024 10:00\t10\tgreat\r\n' +
    'r2\t06/02/2024\t6\tmeh\r\n' +
    'r3\t01/03/2024\t9\t\r\n' +
    'r4\t02/03/2024\t7,5\tbad\r\n' + // not an integer score: rejected
    'r5\t03/03/2024\t8\tok\r\n';
  const bytes = new Uint8Array(2 + body.length * 2);
  bytes[0] = 0xfe;
  bytes[1] = 0xff;
  for (let i = 0; i < body.length; i++) {
    bytes[2 + 2 * i] = body.charCodeAt(i) >> 8;
    bytes[3 + 2 * i] = body.charCodeAt(i) & 0xff;
  }
  const r = run([{ name: 'nps.txt', bytes }], { locale: 'en-GB' });

  it('day-first from the locale; scores by month (§7)', () => {
    expect(r.doc.files[0]).toMatchObject({
      kind: 'nps',
      encoding: 'utf-16be',
      rows_stored: 4,
      rows_rejected: 1,
    });
    expect(Object.keys(r.doc.months)).toEqual(['2024-02', '2024-03']);
    expect(r.v('2024-02', 'nps')).toBe(0); // 1 promoter, 1 detractor of 2
    expect(r.v('2024-03', 'nps')).toBe(50); // 9 and 8: (1 − 0) / 2
    expect(r.periods('quarter').v('2024-Q1', 'nps')).toBe(25); // (2 − 1) / 4
  });
});
