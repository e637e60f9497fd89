import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateDemoFiles } from '../../../src/core/demo/index.ts';

type Row = Record<string, string>;

function subscriptions(seed: number): Row[] {
  const text = generateDemoFiles({ seed }).find((f) => f.kind === 'subscriptions')!.text;
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

const ms = (v: string): number => {
  const [d, t] = v.split(' ');
  const [y, mo, day] = d.split('-').map(Number);
  const [h, mi] = t.split(':').map(Number);
  return Date.UTC(y, mo - 1, day, h, mi);
};
const EXPORT_AT = Date.UTC(2026, 0, 1);
const monthlyValue = (r: Row): number =>
  (Number(r.Amount) * Number(r.Quantity)) / ((r.Interval === 'year' ? 12 : 1) * Number(r['Interval Count']));
const isTrialOnly = (r: Row): boolean =>
  r['Trial End (UTC)'] !== '' && r['Ended At (UTC)'] === r['Trial End (UTC)'];
const paying = (r: Row): boolean =>
  r.Status !== 'incomplete_expired' && Number(r.Amount) > 0 && !isTrialOnly(r);

function byCustomer(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const r of rows) map.set(r['Customer ID'], [...(map.get(r['Customer ID']) ?? []), r]);
  for (const list of map.values()) list.sort((a, b) => ms(a['Start (UTC)']) - ms(b['Start (UTC)']));
  return map;
}

/** Pairs (ended row, next row) where one row hands over to the next at the same instant. */
function handovers(rows: Row[]): [Row, Row][] {
  const out: [Row, Row][] = [];
  for (const list of byCustomer(rows).values()) {
    for (const a of list) {
      if (!a['Ended At (UTC)'] || a.Status === 'incomplete_expired') continue;
      const b = list.find(
        (r) => r !== a && r['Start (UTC)'] === a['Ended At (UTC)'] && r.Status !== 'incomplete_expired',
      );
      if (b) out.push([a, b]);
    }
  }
  return out;
}

describe.each([1, 2, 3])('subscriptions story, seed %i', (seed) => {
  const rows = subscriptions(seed);

  it('uses unique ids, USD and consistent status/end columns', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.Currency === 'usd')).toBe(true);
    for (const r of rows) {
      if (r.Status === 'canceled') expect(r['Ended At (UTC)'], r.id).not.toBe('');
      if (['active', 'past_due', 'trialing'].includes(r.Status)) expect(r['Ended At (UTC)'], r.id).toBe('');
      if (r['Ended At (UTC)']) expect(ms(r['Ended At (UTC)'])).toBeGreaterThanOrEqual(ms(r['Start (UTC)']));
    }
  });

  it('has 14-day trials, some converting and some never converting', () => {
    const trials = rows.filter((r) => r['Trial End (UTC)'] !== '');
    expect(trials.length).toBeGreaterThan(20);
    for (const r of trials) {
      expect(r['Trial Start (UTC)']).toBe(r['Start (UTC)']);
      expect(ms(r['Trial End (UTC)']) - ms(r['Trial Start (UTC)'])).toBe(14 * 86_400_000);
    }
    const lost = trials.filter((r) => r.Status === 'canceled' && isTrialOnly(r));
    const converted = trials.filter((r) => !isTrialOnly(r) && ms(r['Trial End (UTC)']) < EXPORT_AT);
    expect(lost.length).toBeGreaterThan(5);
    expect(converted.length).toBeGreaterThan(lost.length);
    // Some who let a trial lapse come back later and pay.
    const customers = byCustomer(rows);
    const cameBack = lost.filter((t) =>
      customers
        .get(t['Customer ID'])!
        .some((r) => paying(r) && ms(r['Start (UTC)']) > ms(t['Ended At (UTC)'])),
    );
    expect(cameBack.length).toBeGreaterThan(0);
  });

  it('has upgrades and downgrades that hand over at the same instant, some at 00:00 on the 1st', () => {
    const changes = handovers(rows);
    const up = changes.filter(([a, b]) => monthlyValue(b) > monthlyValue(a));
    const down = changes.filter(([a, b]) => monthlyValue(b) < monthlyValue(a) && Number(b.Amount) > 0);
    expect(up.length).toBeGreaterThan(3);
    expect(down.length).toBeGreaterThan(0);
    expect(up.some(([a, b]) => a.Plan !== b.Plan)).toBe(true);
    expect(changes.some(([a, b]) => a.Plan === b.Plan && a.Quantity !== b.Quantity)).toBe(true);
    expect(
      changes.some(([, b]) => / 00:00$/.test(b['Start (UTC)']) && b['Start (UTC)'].slice(8, 10) === '01'),
    ).toBe(true);
  });

  it('has churn, including cancel-at-period-end and failed payments', () => {
    const churned = rows.filter(
      (r) => r.Status === 'canceled' && paying(r) && r['Cancellation Reason'] !== '',
    );
    expect(churned.length).toBeGreaterThan(30);
    expect(
      churned.some(
        (r) => r['Cancel At Period End'] === 'true' && ms(r['Canceled At (UTC)']) < ms(r['Ended At (UTC)']),
      ),
    ).toBe(true);
    expect(churned.some((r) => r['Cancellation Reason'] === 'payment_failed')).toBe(true);
  });

  it('has reactivations after a gap that spans a month end', () => {
    let reactivated = 0;
    for (const list of byCustomer(rows).values()) {
      const paid = list.filter(paying);
      for (const a of paid) {
        if (!a['Ended At (UTC)'] || a['Cancellation Reason'] === '') continue;
        const end = ms(a['Ended At (UTC)']);
        const next = paid.find((b) => ms(b['Start (UTC)']) > end);
        if (!next) continue;
        const start = new Date(ms(next['Start (UTC)']));
        const monthEndBetween = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1) > end;
        if (monthEndBetween) reactivated++;
      }
    }
    expect(reactivated).toBeGreaterThan(2);
  });

  it('has seats and monthly, annual, quarterly and free plans', () => {
    expect(rows.some((r) => Number(r.Quantity) > 1)).toBe(true);
    const cadences = new Set(rows.map((r) => `${r.Interval}/${r['Interval Count']}`));
    expect([...cadences].sort()).toEqual(['month/1', 'month/3', 'year/1']);
    expect(rows.some((r) => r.Amount === '0.00' && r.Status === 'active')).toBe(true);
    expect(rows.some((r) => r.Coupon !== '')).toBe(true);
  });

  it('has a pending cancel-at-period-end, past_due, trialing and incomplete_expired rows', () => {
    const pending = rows.filter(
      (r) =>
        r.Status === 'active' &&
        r['Canceled At (UTC)'] !== '' &&
        r['Ended At (UTC)'] === '' &&
        r['Cancel At Period End'] === 'true',
    );
    expect(pending.length).toBeGreaterThan(0);
    for (const r of pending) expect(ms(r['Current Period End (UTC)'])).toBeGreaterThanOrEqual(EXPORT_AT);
    expect(rows.some((r) => r.Status === 'past_due')).toBe(true);
    const trialing = rows.filter((r) => r.Status === 'trialing');
    expect(trialing.length).toBeGreaterThan(0);
    for (const r of trialing) expect(ms(r['Trial End (UTC)'])).toBeGreaterThanOrEqual(EXPORT_AT);
    const expired = rows.filter((r) => r.Status === 'incomplete_expired');
    expect(expired.length).toBeGreaterThan(0);
  });

  it('has rows migrated with a Created date after their Start', () => {
    expect(rows.some((r) => ms(r['Created (UTC)']) > ms(r['Start (UTC)']))).toBe(true);
  });
});
