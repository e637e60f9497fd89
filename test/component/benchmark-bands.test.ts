// metrics.md §12 "Benchmark bands (shown beside a KPI, with their source)", on the dashboard and board:
//   customer_churn_rate (monthly) | good < 3 | watch 3–7 | bad > 7 | ChartMogul (3–7% typical)
import { render } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateGoal } from '../../src/core/goals/evaluate.ts';
import type { WorkspaceMetrics } from '../../src/core/metrics/types.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import BoardCard from '../../src/ui/board/BoardCard.svelte';
import { boardCards } from '../../src/ui/board/board-model.ts';
import KpiCard from '../../src/ui/dashboard/KpiCard.svelte';
import { goal, keep } from '../unit/goals/goal-fixtures.ts';

beforeAll(() => locale.set('en'));

const table = (months: string[], churn: (number | null)[], extra: Record<string, (number | null)[]> = {}) =>
  ({
    months,
    values: { customer_churn_rate: churn, ...extra },
    sources: { customer_churn_rate: 'subscriptions' },
    inputs: { customer_churn_rate: churn.map(() => null) },
    cohorts: null,
    inProgress: false,
  }) as unknown as WorkspaceMetrics;

describe('the customer churn band is a band for the monthly rate', () => {
  // 100 customers on 31 March; 3 churn in each of April, May and June (3/100, 3/97, 3/94:
  // 3.0 %, 3.09 %, 3.19 % a month: every month in the watch band). §15: the quarter's rate is
  // Σchurned / customers(first − 1) = 9 / 100 = 9 %.
  const monthly = table(
    ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'],
    [1, 1, 1, 3, 300 / 97, 300 / 94],
  );
  const quarters = table(['2025-Q1', '2025-Q2'], [3, 9]);

  it('a quarter whose months are all in the watch band is not called bad', () => {
    const { container } = render(KpiCard, {
      id: 'customer_churn_rate',
      metrics: quarters,
      monthly,
      index: 1,
      compareIndex: 0,
      compareLabel: 'Q1 2025',
      currency: 'USD',
    });
    const card = container.querySelector<HTMLElement>('[data-kpi="customer_churn_rate"]')!;
    expect(card.dataset.value).toBe('9');
    // The monthly band (> 7 is bad) says nothing about a quarterly 9 % made of ~3 % months.
    expect(card.querySelector('.band-bad')).toBeNull();
  });
});

describe('a band beside a KPI on the board', () => {
  it('names its source', () => {
    // Keep monthly churn at most 5; churn 5 in June 2025 → watch band (3–7), source ChartMogul.
    const data = { months: ['2025-05', '2025-06'], values: { customer_churn_rate: [4, 5] } };
    const g = goal([keep({ id: 'k', kpi: 'customer_churn_rate', direction: 'at_most', threshold: 5 })], {
      name: 'Churn',
    });
    const [card] = boardCards([{ goal: g, evaluation: evaluateGoal(g, data, 0) }], {
      goal: '',
      owner: '',
      due: '',
    });
    expect(card.band).toBe('watch');
    const { container } = render(BoardCard, { card, currency: 'USD', onmove: () => {}, onreason: () => {} });
    const el = container.querySelector<HTMLElement>('[data-card="k"]')!;
    expect(el).toHaveTextContent('Watch');
    // Shown with its source, in the card's text or as the band's description.
    const band = el.querySelector<HTMLElement>('[data-band]')!;
    const described = (band.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(`${el.textContent} ${described}`).toContain('ChartMogul');
  });
});
