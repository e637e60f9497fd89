import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateDemoFiles } from '../../../src/core/demo/index.ts';
import type { DemoFile } from '../../../src/core/demo/index.ts';

type Row = Record<string, string>;

const MONTHS = Array.from(
  { length: 24 },
  (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
const monthEnd = (i: number) => Date.UTC(2024, i + 1, 1) - 1;
const monthOf = (t: number) => {
  const d = new Date(t);
  return (d.getUTCFullYear() - 2024) * 12 + d.getUTCMonth();
};

/** 'YYYY-MM-DD HH:mm[:ss]' or ISO with Z, always UTC. */
function ms(v: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?Z?$/.exec(v);
  if (!m) throw new Error(`bad instant ${v}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
}
const num = (v: string): number => (/^\(.*\)$/.test(v) ? -Number(v.slice(1, -1)) : Number(v));

function load(seed: number): Record<DemoFile['kind'], Row[]> {
  const out = {} as Record<DemoFile['kind'], Row[]>;
  for (const f of generateDemoFiles({ seed })) {
    out[f.kind] = Papa.parse<Row>(f.text, { header: true, skipEmptyLines: true }).data;
  }
  return out;
}

/** Month-end snapshot straight from metrics.md §2, written independently of the generator. */
function liveMrrByCustomer(subs: Row[], t: number): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of subs) {
    if (r.Status === 'incomplete' || r.Status === 'incomplete_expired') continue;
    let end = r['Ended At (UTC)'] ? ms(r['Ended At (UTC)']) : null;
    if (end === null && r.Status === 'canceled' && r['Canceled At (UTC)']) end = ms(r['Canceled At (UTC)']);
    const trialEnd = r['Trial End (UTC)'] ? ms(r['Trial End (UTC)']) : null;
    if (!(ms(r['Start (UTC)']) <= t && (end === null || end > t) && (trialEnd === null || trialEnd <= t)))
      continue;
    const perMonth = (r.Interval === 'year' ? 12 : 1) * Number(r['Interval Count']);
    const mrr = (Number(r.Amount) * Number(r.Quantity)) / perMonth;
    m.set(r['Customer ID'], (m.get(r['Customer ID']) ?? 0) + mrr);
  }
  return m;
}

interface MonthStats {
  mrr: number;
  customers: number;
  newCustomers: number;
  liveTeamSeats: number;
}

function monthStats(subs: Row[]): MonthStats[] {
  const seen = new Set<string>();
  let prev = new Map<string, number>();
  return MONTHS.map((_, i) => {
    const cur = liveMrrByCustomer(subs, monthEnd(i));
    let mrr = 0;
    let customers = 0;
    let newCustomers = 0;
    for (const [c, v] of cur) {
      mrr += v;
      if (v <= 1e-9) continue;
      customers++;
      if ((prev.get(c) ?? 0) <= 1e-9 && !seen.has(c)) newCustomers++;
      seen.add(c);
    }
    const liveTeamSeats = subs
      .filter((r) => r.Plan === 'team' && r.Status !== 'incomplete_expired' && cur.has(r['Customer ID']))
      .filter(
        (r) =>
          ms(r['Start (UTC)']) <= monthEnd(i) &&
          (!r['Ended At (UTC)'] || ms(r['Ended At (UTC)']) > monthEnd(i)),
      )
      .reduce((sum, r) => sum + Number(r.Quantity), 0);
    prev = cur;
    return { mrr, customers, newCustomers, liveTeamSeats };
  });
}

describe.each([1, 4])('demo story consistency, seed %i', (seed) => {
  const data = load(seed);
  const stats = monthStats(data.subscriptions);
  const sheet = data.monthly_sheet;

  it('grows from about 10 to about 250 paying customers', () => {
    expect(stats[0].customers).toBeGreaterThanOrEqual(5);
    expect(stats[0].customers).toBeLessThanOrEqual(20);
    expect(stats[23].customers).toBeGreaterThanOrEqual(200);
    expect(stats[23].customers).toBeLessThanOrEqual(320);
    expect(stats[23].mrr).toBeGreaterThan(10 * stats[0].mrr);
    // Growth, not a flat line with a jump: each half-year ends higher than the last.
    for (const i of [11, 17, 23]) expect(stats[i].customers).toBeGreaterThan(stats[i - 6].customers);
  });

  it('converts leads at about the rate customers appear', () => {
    const converted = MONTHS.map(() => 0);
    for (const l of data.leads) if (l.converted_at) converted[monthOf(ms(l.converted_at))]++;
    const totalNew = stats.reduce((s, m) => s + m.newCustomers, 0);
    const totalConverted = converted.reduce((s, n) => s + n, 0);
    expect(Math.abs(totalConverted - totalNew) / totalNew).toBeLessThan(0.05);
    stats.forEach((m, i) =>
      expect(Math.abs(converted[i] - m.newCustomers), MONTHS[i]).toBeLessThanOrEqual(
        Math.max(3, m.newCustomers * 0.25),
      ),
    );
    const rate = totalConverted / data.leads.length;
    expect(rate).toBeGreaterThan(0.15);
    expect(rate).toBeLessThan(0.5);
    for (const l of data.leads) {
      const created = ms(l.created_at);
      if (l.converted_at) expect(ms(l.converted_at)).toBeGreaterThanOrEqual(created);
      if (l.pql_at) expect(ms(l.pql_at)).toBeGreaterThanOrEqual(created);
      if (l.pql_at && l.converted_at) expect(ms(l.pql_at)).toBeLessThanOrEqual(ms(l.converted_at));
    }
    expect(new Set(data.leads.map((l) => l.lead_id)).size).toBe(data.leads.length);
  });

  it('reports revenue close to MRR and visitors/conversions matching the leads', () => {
    const totalRevenue = sheet.reduce((s, r) => s + Number(r.revenue), 0);
    const totalMrr = stats.reduce((s, m) => s + m.mrr, 0);
    expect(totalRevenue / totalMrr).toBeGreaterThan(0.85);
    expect(totalRevenue / totalMrr).toBeLessThan(1.02);
    // Early months hold a handful of customers, where one annual plan moves the ratio a lot.
    for (let i = 6; i < 24; i++) {
      const ratio = Number(sheet[i].revenue) / stats[i].mrr;
      expect(ratio, MONTHS[i]).toBeGreaterThan(0.75);
      expect(ratio, MONTHS[i]).toBeLessThan(1.1);
    }
    const leadsPerMonth = MONTHS.map(() => 0);
    for (const l of data.leads) leadsPerMonth[monthOf(ms(l.created_at))]++;
    expect(sheet.map((r) => Number(r.conversions))).toEqual(leadsPerMonth);
    for (const r of sheet) expect(Number(r.visitors)).toBeGreaterThan(10 * Number(r.conversions));
  });

  it('counts users as customers times seats, and product usage follows them', () => {
    const mau = MONTHS.map(() => new Set<string>());
    for (const e of data.events) mau[monthOf(ms(e.timestamp))].add(e.user_id);
    stats.forEach((m, i) => {
      const users = Number(sheet[i].users);
      expect(users, MONTHS[i]).toBeGreaterThanOrEqual(m.customers);
      expect(users, MONTHS[i]).toBeGreaterThanOrEqual(m.liveTeamSeats);
      expect(users, MONTHS[i]).toBeLessThanOrEqual(5 * m.customers + 20);
      // Trial users are active but not yet counted as users; that weighs only while the base is small.
      if (i >= 6) {
        expect(mau[i].size / users, MONTHS[i]).toBeGreaterThan(0.5);
        expect(mau[i].size / users, MONTHS[i]).toBeLessThan(1.3);
      }
    });
  });

  it('keeps product events moderate, with activation inside and outside the first week', () => {
    const events = data.events;
    expect(events.length).toBeGreaterThan(30_000);
    expect(events.length).toBeLessThan(60_000);
    const names = new Set(events.map((e) => e.event));
    expect(names.has('activated')).toBe(true);
    expect(names.has('login')).toBe(true);
    expect(names.size).toBeGreaterThanOrEqual(6);
    const first = new Map<string, number>();
    for (const e of events) first.set(e.user_id, Math.min(first.get(e.user_id) ?? Infinity, ms(e.timestamp)));
    const delays = events
      .filter((e) => e.event === 'activated')
      .map((e) => ms(e.timestamp) - first.get(e.user_id)!);
    expect(delays.filter((d) => d <= 7 * 86_400_000).length).toBeGreaterThan(
      delays.filter((d) => d > 7 * 86_400_000).length,
    );
    expect(delays.some((d) => d > 7 * 86_400_000)).toBe(true);
    expect(delays.length).toBeLessThan(first.size);
    expect(new Set(events.filter((e) => e.event === 'activated').map((e) => e.user_id)).size).toBe(
      delays.length,
    );
  });

  it('collects NPS only from paying customers, with valid scores', () => {
    const customers = new Set(data.subscriptions.map((r) => r['Customer ID']));
    expect(data.nps.length).toBeGreaterThan(100);
    for (const r of data.nps) {
      expect(customers.has(r.respondent_id)).toBe(true);
      expect(Number.isInteger(Number(r.score)) && Number(r.score) >= 0 && Number(r.score) <= 10).toBe(true);
      expect(
        liveMrrByCustomer(data.subscriptions, ms(r.responded_at)).get(r.respondent_id) ?? 0,
      ).toBeGreaterThan(0);
    }
    const scores = data.nps.map((r) => Number(r.score));
    expect(scores.some((s) => s >= 9) && scores.some((s) => s <= 6)).toBe(true);
  });

  it('has costs that give a believable CAC', () => {
    for (const [i, month] of MONTHS.entries()) {
      const rows = data.costs.filter((r) => r.month === month);
      expect(rows.map((r) => r.category).sort()).toEqual(['marketing', 'other', 'sales']);
      for (const r of rows) expect(Number(r.amount)).toBeGreaterThan(0);
      const spend = rows.filter((r) => r.category !== 'other').reduce((s, r) => s + Number(r.amount), 0);
      if (i >= 3 && stats[i].newCustomers > 0) {
        const cac = spend / stats[i].newCustomers;
        expect(cac, month).toBeGreaterThan(150);
        expect(cac, month).toBeLessThan(3000);
      }
    }
  });

  it('balances the balance sheet and shows the loan being repaid', () => {
    const bs = data.balance_sheet;
    for (const r of bs) {
      const v = (k: string) => num(r[k]);
      expect(Math.abs(v('total_assets') - v('total_liabilities') - v('total_equity'))).toBeLessThan(0.015);
      const parts = v('cash') + v('marketable_securities') + v('accounts_receivable') + v('inventory');
      expect(Math.abs(v('current_assets') - parts)).toBeLessThan(0.015);
      expect(v('current_assets')).toBeLessThanOrEqual(v('total_assets'));
      expect(v('current_liabilities')).toBeLessThanOrEqual(v('total_liabilities'));
      expect(v('cash')).toBeGreaterThan(0);
    }
    const interest = bs.map((r) => num(r.interest_expense));
    expect(interest[0]).toBeGreaterThan(0);
    expect(interest[interest.length - 1]).toBe(0);
    const repaid = interest.indexOf(0);
    expect(interest.slice(repaid).every((x) => x === 0)).toBe(true);
    expect(bs.some((r) => r.ebit.startsWith('('))).toBe(true);
  });
});
