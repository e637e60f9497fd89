// The KPI catalogue and §12 benchmark bands (with §14.13).
import { describe, expect, it } from 'vitest';
import { bandFor, BANDS, KPI_IDS, kpiInfo } from '../../../src/core/metrics/catalogue.ts';
import { computeWorkspace } from '../../../src/core/metrics/compute.ts';
import { costsFrame, eventsData, frame, leadsFrame, npsFrame, settings, subs } from './frames.ts';

describe('benchmark bands (§12)', () => {
  it.each([
    ['customer_churn_rate', 2.99, 'good'],
    ['customer_churn_rate', 3, 'watch'],
    ['customer_churn_rate', 7, 'watch'],
    ['customer_churn_rate', 7.01, 'bad'],
    ['net_mrr_churn_rate', -0.1, 'good'],
    ['net_mrr_churn_rate', 0, 'watch'],
    ['net_mrr_churn_rate', 2.5, 'bad'],
    ['nrr', 100, 'good'],
    ['nrr', 95, 'watch'],
    ['nrr', 94.9, 'bad'],
    ['ltv_cac', 3, 'good'],
    ['ltv_cac', 1, 'watch'],
    ['ltv_cac', 0.9, 'bad'],
    ['cac_payback_months', 12, 'good'],
    ['cac_payback_months', 18, 'watch'],
    ['cac_payback_months', 18.1, 'bad'],
    ['saas_quick_ratio', 4, 'good'],
    ['saas_quick_ratio', 0.99, 'bad'],
    ['nps', 50, 'good'],
    ['nps', 0, 'watch'],
    ['nps', -1, 'bad'],
    ['current_ratio', 2, 'good'],
    ['current_ratio', 0.99, 'bad'],
    ['quick_ratio', 0.5, 'watch'],
    ['quick_ratio', 0.49, 'bad'],
    ['debt_to_equity', 1.5, 'good'],
    ['debt_to_equity', 3, 'watch'],
    ['debt_to_equity', 3.1, 'bad'],
    ['interest_coverage', 3, 'good'],
    ['interest_coverage', 1.5, 'watch'],
    ['interest_coverage', 1.4, 'bad'],
  ])('%s %d → %s', (id, value, band) => {
    expect(bandFor(id, value)).toBe(band);
  });

  it('negative equity puts debt_to_equity in the bad band whatever its value (§14.13)', () => {
    expect(bandFor('debt_to_equity', -0.5)).toBe('bad');
    expect(bandFor('debt_to_equity', 0.5, { total_equity: -10 })).toBe('bad');
    expect(bandFor('debt_to_equity', 0.5, { total_equity: 10 })).toBe('good');
  });

  it('has no band for unbanded ids or null values; every band names its source', () => {
    expect(bandFor('mrr', 10)).toBeNull();
    // §12 "customer_churn_rate (monthly)": a quarter's or a year's churn is no monthly rate.
    expect(bandFor('customer_churn_rate', 7.5, { period: '2024-03' })).toBe('bad');
    expect(bandFor('customer_churn_rate', 7.5, { period: '2024-Q1' })).toBeNull();
    expect(bandFor('customer_churn_rate', 7.5, { period: '2024' })).toBeNull();
    // §4 defines NRR and net MRR churn over one month: their thresholds are monthly too.
    expect(bandFor('nrr', 92.5, { period: '2024-03' })).toBe('bad');
    expect(bandFor('nrr', 92.5, { period: '2024-Q1' })).toBeNull();
    expect(bandFor('net_mrr_churn_rate', 4, { period: '2024' })).toBeNull();
    // Ratios keep their bands on every grain.
    expect(bandFor('ltv_cac', 0.5, { period: '2024-Q1' })).toBe('bad');
    expect(bandFor('nrr', null)).toBeNull();
    for (const b of Object.values(BANDS)) expect(b.source.length).toBeGreaterThan(0);
  });
});

describe('catalogue', () => {
  it('describes every id the engine produces, in three languages', () => {
    const r = computeWorkspace(
      {
        subscriptions: subs([{ customer_id: 'a', start: '2024-01-02', mrr: 5 }]),
        costs: costsFrame([{ month: '2024-01-01', category: 'sales', amount: 1 }]),
        leads: leadsFrame([{ lead_id: 'l', created_at: '2024-01-03' }]),
        nps: npsFrame([{ responded_at: '2024-01-03', score: 9 }]),
        events: eventsData([{ user_id: 'u', timestamp: '2024-01-03', event: 'Export PDF' }]),
        balance_sheet: frame({ period_end: 'time', cash: 'number' }, [{ period_end: '2024-01-31', cash: 1 }]),
        monthly_sheet: frame(
          {
            month: 'time',
            revenue: 'number',
            users: 'number',
            visitors: 'number',
            conversions: 'number',
            'NPS (team)': 'number',
          },
          [{ month: '2024-01-01', revenue: 1, users: 1, visitors: 1, conversions: 1, 'NPS (team)': 1 }],
        ),
      },
      settings({ activation_event: 'x' }),
    );
    const ids = Object.keys(r.values);
    expect(ids).toContain('feature_adoption:Export PDF');
    expect(ids).toContain('custom:NPS (team)');
    for (const id of [...ids, ...KPI_IDS]) {
      const info = kpiInfo(id);
      expect(info, id).not.toBeNull();
      for (const lang of ['en', 'id', 'pl'] as const)
        expect(info!.formula[lang].length, `${id} ${lang}`).toBeGreaterThan(5);
    }
    expect(kpiInfo('no_such_kpi')).toBeNull();
  });

  it('states the month-end snapshot in every language of the MRR formula', () => {
    const f = kpiInfo('mrr')!.formula;
    expect(f.en).toMatch(/month-end snapshot/);
    expect(f.en).toMatch(/joins and leaves within one month never appears/);
    expect(f.id).toMatch(/akhir bulan/);
    expect(f.pl).toMatch(/koniec miesiąca/);
  });

  it('gives units, directions and §15 period kinds', () => {
    expect(kpiInfo('mrr')).toMatchObject({ unit: 'money', direction: 'up', period: 'stock' });
    expect(kpiInfo('customer_churn_rate')).toMatchObject({
      unit: 'percent',
      direction: 'down',
      period: 'rate',
    });
    expect(kpiInfo('sales_cycle_days')).toMatchObject({ unit: 'days', period: 'cohort_rate' });
    expect(kpiInfo('avg_dau')!.period).toBe('mean_of_days');
    expect(kpiInfo('feature_adoption:x')!.period).toBe('monthly_average');
    expect(kpiInfo('arpu')!.period).toBe('ratio');
    expect(kpiInfo('nps')!.band!.source).toBe('Bain');
  });
});
