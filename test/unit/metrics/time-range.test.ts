// metrics.md §1 and §14.1: UTC months and the workspace range.
import { describe, expect, it } from 'vitest';
import { workspaceRange } from '../../../src/core/metrics/range.ts';
import {
  monthEnd,
  monthKey,
  monthSerialOf,
  monthSpans,
  monthStart,
  parseMonthKey,
  spanLocator,
} from '../../../src/core/metrics/time.ts';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { at, costsFrame, leadsFrame, settings, subs, type SubRow } from './frames.ts';

describe('UTC month arithmetic', () => {
  it('E(M) is the last millisecond of the month, leap years included', () => {
    expect(new Date(monthEnd(parseMonthKey('2024-03'))).toISOString()).toBe('2024-03-31T23:59:59.999Z');
    expect(new Date(monthEnd(parseMonthKey('2024-02'))).toISOString()).toBe('2024-02-29T23:59:59.999Z');
    expect(new Date(monthEnd(parseMonthKey('2023-12'))).toISOString()).toBe('2023-12-31T23:59:59.999Z');
    expect(monthStart(parseMonthKey('2025-01'))).toBe(at('2025-01-01'));
  });

  it('maps instants to months exactly at the boundaries, before 1970 too', () => {
    expect(monthKey(monthSerialOf(at('2024-03-31T23:59:59.999Z')))).toBe('2024-03');
    expect(monthKey(monthSerialOf(at('2024-04-01T00:00:00.000Z')))).toBe('2024-04');
    expect(monthKey(monthSerialOf(at('1969-12-31T23:59:59.999Z')))).toBe('1969-12');
    for (let t = at('1999-12-01'); t < at('2001-03-01'); t += 86_400_000 * 0.37) {
      const d = new Date(t);
      expect(monthSerialOf(t)).toBe(d.getUTCFullYear() * 12 + d.getUTCMonth());
    }
  });

  it('parses only well-formed month keys', () => {
    expect(parseMonthKey('2024-13')).toBeNaN();
    expect(parseMonthKey('2024-1')).toBeNaN();
  });

  it('locates instants in spans, NaN and outside instants at −1', () => {
    const locate = spanLocator(monthSpans({ first: parseMonthKey('2024-01'), count: 2 }));
    expect(locate(at('2024-01-01'))).toBe(0);
    expect(locate(at('2024-01-31T23:59:59.999Z'))).toBe(0);
    expect(locate(at('2024-02-01'))).toBe(1);
    expect(locate(at('2024-03-01'))).toBe(-1);
    expect(locate(at('2023-12-31T23:59:59.999Z'))).toBe(-1);
    expect(locate(NaN)).toBe(-1);
  });
});

describe('workspace range (§1, §14.1)', () => {
  it('is the union over datasets, gaps included', () => {
    const r = computeWorkspace(
      {
        leads: leadsFrame([{ lead_id: 'a', created_at: '2024-01-05' }]),
        costs: costsFrame([{ month: '2024-04-01', category: 'sales', amount: 1 }]),
      },
      settings(),
    );
    expect(r.months).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(r.values.leads).toEqual([1, 0, 0, 0]);
    expect(r.values.lead_conversion_rate).toEqual([0, null, null, null]);
  });

  it('trial_end and the end of a still-running row never extend the range past the latest other date', () => {
    const data = {
      subscriptions: subs([
        { customer_id: 'a', start: '2024-01-20', trial_end: '2024-02-03', status: 'trialing', mrr: 9 },
        { customer_id: 'b', start: '2024-01-05', end: '2026-05-01', status: 'active', mrr: 9 },
        { customer_id: 'c', start: '2024-01-06', end: '2024-03-01', status: 'past_due', mrr: 9 },
        { customer_id: 'd', start: '2024-01-07', end: '2024-04-09', status: 'Paused', mrr: 9 },
        { customer_id: 'e', start: '2024-01-08', end: '2024-05-09', status: 'unpaid', mrr: 9 },
      ]),
    };
    expect(workspaceRange(data).range).toEqual({ first: parseMonthKey('2024-01'), count: 1 });
  });

  it('an end that has happened extends the range like any date (§14.1)', () => {
    // A cancellation on 3 August with nothing else in August: August is shown, in progress
    // (the latest data point, 3 August, is before 31 August).
    const canceled = workspaceRange({
      subscriptions: subs([
        { customer_id: 'a', start: '2024-06-10', end: '2024-08-03', status: 'canceled', mrr: 50 },
        { customer_id: 'b', start: '2024-07-01', mrr: 20 },
      ]),
    });
    expect(canceled.range).toEqual({ first: parseMonthKey('2024-06'), count: 3 });
    expect(canceled.latest).toBe(at('2024-08-03'));
    expect(canceled.inProgress).toBe(true);
    // No status column at all: every end has happened.
    const noStatus = workspaceRange({
      subscriptions: subs([{ customer_id: 'a', start: '2024-06-10', end: '2024-09-15', mrr: 50 }]),
    });
    expect(noStatus.range).toEqual({ first: parseMonthKey('2024-06'), count: 4 });
    // An empty status, or one other than the running ones, has happened too.
    const other = workspaceRange({
      subscriptions: subs([
        { customer_id: 'a', start: '2024-06-10', end: '2024-07-15', status: null, mrr: 50 },
        { customer_id: 'b', start: '2024-06-11', end: '2024-08-20', status: 'incomplete_expired', mrr: 5 },
        { customer_id: 'c', start: '2024-06-12', end: '2024-12-01', status: 'active', mrr: 5 },
      ]),
    });
    expect(other.range).toEqual({ first: parseMonthKey('2024-06'), count: 3 });
  });

  it('keeps the churn of the month of the last cancellation', () => {
    // a: 100 from January, canceled 3 March; b: 40 from February, still there.
    // MRR: Jan 100, Feb 140, Mar 40. Customer churn in March: 1 of 2 customers at the end of February = 50 %.
    const r = computeWorkspace(
      {
        subscriptions: subs([
          { customer_id: 'a', start: '2024-01-05', end: '2024-03-03', status: 'canceled', mrr: 100 },
          { customer_id: 'b', start: '2024-02-10', mrr: 40 },
        ]),
      },
      settings(),
    );
    expect(r.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(r.values.mrr).toEqual([100, 140, 40]);
    expect(r.values.customer_churn_rate?.[2]).toBe(50);
  });

  it('end and trial_end extend the range back to their month, like any date', () => {
    const trialBefore = subs([{ customer_id: 'a', start: '2024-02-01', trial_end: '2024-01-31', mrr: 100 }]);
    expect(workspaceRange({ subscriptions: trialBefore }).range).toEqual({
      first: parseMonthKey('2024-01'),
      count: 2,
    });
    const r = computeWorkspace(
      {
        subscriptions: subs([
          { customer_id: 'a', start: '2024-02-10', mrr: 100 },
          { customer_id: 'b', start: '2024-02-15', end: '2023-12-25', mrr: 50 },
        ]),
      },
      settings(),
    );
    expect(r.months).toEqual(['2023-12', '2024-01', '2024-02']);
    expect(r.values.mrr).toEqual([0, 0, 100]);
    expect(r.values.customer_churn_rate).toEqual([null, null, null]);
  });

  it('ignores empty instants and marks the latest month in progress before its last day', () => {
    const before = workspaceRange({
      leads: leadsFrame([{ created_at: '2024-01-30T23:59:59Z' }, { created_at: null }]),
    });
    expect(before.inProgress).toBe(true);
    const lastDay = workspaceRange({ leads: leadsFrame([{ created_at: '2024-01-31T00:00:00Z' }]) });
    expect(lastDay.inProgress).toBe(false);
    expect(workspaceRange({}).range).toBeNull();
  });

  it('a month-only sheet or cost row stands for its whole month', () => {
    expect(
      workspaceRange({ costs: costsFrame([{ month: '2024-01-01', category: 'sales', amount: 1 }]) })
        .inProgress,
    ).toBe(false);
  });

  it('an end date inside the latest month is a data point of it', () => {
    const r = workspaceRange({
      subscriptions: subs([{ customer_id: 'a', start: '2024-01-02', end: '2024-01-31T10:00:00Z', mrr: 1 }]),
    });
    expect(r.inProgress).toBe(false);
  });
});

const base: SubRow[] = [
  { customer_id: 'a', start: '2024-03-05', mrr: 10 },
  // A scheduled cancellation on the last day of March, the latest month of other data.
  { customer_id: 'b', start: '2024-03-01', end: '2024-03-31T12:00:00Z', status: 'active', mrr: 10 },
];

describe('in progress, with dates that may lie in the future past the range (§14.1)', () => {
  // Such a date adds no month; whether or not it counts as a data point, one past the range cannot
  // move the mark: it must not hide one inside the latest month (31 March, 12:00: not in progress).
  it('a trial ending next month (adds no month) leaves the in-progress mark as it was', () => {
    const without = workspaceRange({ subscriptions: subs(base) });
    const withTrial = workspaceRange({
      subscriptions: subs([
        ...base,
        { customer_id: 'c', start: '2024-03-02', trial_end: '2024-04-10', status: 'trialing', mrr: 10 },
      ]),
    });
    expect(withTrial.range).toEqual(without.range);
    expect(withTrial.inProgress).toBe(without.inProgress);
  });

  it('a scheduled cancellation on 2099-12-31 leaves the in-progress mark as it was', () => {
    const without = workspaceRange({ subscriptions: subs(base) });
    const withFarEnd = workspaceRange({
      subscriptions: subs([
        ...base,
        { customer_id: 'c', start: '2024-03-02', end: '2099-12-31', status: 'active', mrr: 10 },
      ]),
    });
    expect(withFarEnd.range).toEqual(without.range);
    expect(withFarEnd.inProgress).toBe(without.inProgress);
  });
});
