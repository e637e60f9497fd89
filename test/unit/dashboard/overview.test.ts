// The overview's choices: which headline cards, which cards stay in their sections, where each
// chart goes, what needs attention and in which order, and the NPS split drawn over time.
import { describe, expect, it } from 'vitest';
import type { WorkspaceMetrics } from '../../../src/core/metrics/types.ts';
import { badBandIds, sortAttention, type AttentionItem } from '../../../src/ui/dashboard/attention.ts';
import { chartsOf, headlineIds, sectionCards } from '../../../src/ui/dashboard/headline.ts';
import { npsParts } from '../../../src/ui/charts/specs.ts';
import { firstLoadChunks } from '../../../scripts/entry-budget.ts';

function metrics(values: Record<string, (number | null)[]>, inputs: WorkspaceMetrics['inputs'] = {}) {
  const months = ['2025-11', '2025-12'];
  return { months, values, inputs, sources: {} } as unknown as WorkspaceMetrics;
}

describe('headline', () => {
  it('keeps the headline order and leaves out KPIs the data never gives', () => {
    const values = { nps: [10, 20], mrr: [1, 2], mau: [null, null], nrr: [null, 99] };
    expect(headlineIds(values)).toEqual(['mrr', 'nrr', 'nps']);
  });

  it('moves headline cards out of their section, so each KPI has one card', () => {
    expect(sectionCards(['mrr', 'arr', 'net_new_mrr', 'arpa'], ['mrr', 'net_new_mrr'])).toEqual([
      'arr',
      'arpa',
    ]);
  });

  it('puts each chart in its section and the MRR chart in the overview', () => {
    const ids = ['mrr', 'customers', 'cohort-logo', 'nps', 'nps-distribution', 'funnel', 'adoption'];
    expect(chartsOf('overview', ids)).toEqual(['mrr']);
    expect(chartsOf('retention', ids)).toEqual(['customers', 'cohort-logo']);
    expect(chartsOf('satisfaction', ids)).toEqual(['nps', 'nps-distribution']);
    expect(chartsOf('acquisition', ids)).toEqual(['funnel']);
    expect(chartsOf('engagement', ids)).toEqual(['adoption']);
  });
});

describe('needs attention', () => {
  it('lists the KPIs in the bad band of the period on screen', () => {
    // Churn above 7 % and NRR below 95 % are bad (metrics.md §12); 5 % churn is only "watch".
    const m = metrics({ customer_churn_rate: [5, 8], nrr: [94, 96], mrr: [1, 2] });
    expect(badBandIds(m, null, ['customer_churn_rate', 'nrr', 'mrr'], 1)).toEqual(['customer_churn_rate']);
    expect(badBandIds(m, null, ['customer_churn_rate', 'nrr', 'mrr'], 0)).toEqual(['nrr']);
    expect(badBandIds(m, null, ['nrr'], -1)).toEqual([]);
  });

  it('orders off-track targets, then at-risk ones, then bad bands, keeping each group in order', () => {
    const item = (key: string, level: AttentionItem['level']): AttentionItem => ({
      key,
      level,
      label: key,
      detail: '',
      to: { kpi: key },
    });
    const sorted = sortAttention([
      item('a', 'bad'),
      item('b', 'at_risk'),
      item('c', 'off_track'),
      item('d', 'bad'),
      item('e', 'off_track'),
    ]);
    expect(sorted.map((i) => i.key)).toEqual(['c', 'e', 'b', 'a', 'd']);
  });
});

describe('NPS split over time', () => {
  it('reads promoters, passives and detractors from the nps inputs; no bar without responses', () => {
    const m = metrics(
      { nps: [null, 40] },
      {
        nps: [
          { promoters: 0, passives: 0, detractors: 0, responses: 0 },
          { promoters: 5, passives: 4, detractors: 1, responses: 10 },
        ],
      },
    );
    expect(npsParts(m)).toEqual({ promoters: [null, 5], passives: [null, 4], detractors: [null, 1] });
  });
});

describe('entry budget', () => {
  it('weighs the entry and what it imports statically, not what loads on demand', () => {
    const chunk = (fileName: string, imports: string[], isEntry = false) => ({
      type: 'chunk' as const,
      fileName,
      isEntry,
      code: '',
      imports,
    });
    const bundle = {
      'index.js': chunk('index.js', ['shared.js'], true),
      'shared.js': chunk('shared.js', ['runtime.js']),
      'runtime.js': chunk('runtime.js', []),
      'ImportView.js': chunk('ImportView.js', ['shared.js']),
      'style.css': { type: 'asset' as const },
    };
    expect(firstLoadChunks(bundle).map((c) => c.fileName)).toEqual(['index.js', 'shared.js', 'runtime.js']);
  });
});
