// metrics.md §10: with cash present, a missing securities or receivables value counts as 0, and
// the arithmetic on the card says which parts were missing.
import { render, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeWorkspace } from '../../src/core/metrics/compute.ts';
import { numberColumn, timeColumn, type Column, type Frame } from '../../src/core/datasets/frame.ts';
import { DEFAULT_SETTINGS } from '../../src/core/workspace-data.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import KpiCard from '../../src/ui/dashboard/KpiCard.svelte';

function sheet(): Frame {
  const columns = new Map<string, Column>([
    ['period_end', timeColumn(Float64Array.of(Date.UTC(2024, 0, 31)))],
    ['cash', numberColumn(Float64Array.of(50))],
    ['accounts_receivable', numberColumn(Float64Array.of(30))],
    ['current_liabilities', numberColumn(Float64Array.of(100))],
  ]);
  return { rows: 1, columns };
}

beforeEach(() => locale.set('en'));

describe('quick ratio card', () => {
  it('shows (50 + 0 + 30) ÷ 100 = 0.8 and says securities were missing', async () => {
    const m = computeWorkspace({ balance_sheet: sheet() }, DEFAULT_SETTINGS);
    const { container } = render(KpiCard, {
      id: 'quick_ratio',
      metrics: m,
      monthly: m,
      index: 0,
      compareIndex: -1,
      compareLabel: '',
      currency: 'USD',
      activationEvent: '',
    });
    const card = container.querySelector<HTMLElement>('[data-kpi="quick_ratio"]')!;
    expect(card.dataset.value).toBe('0.8');
    await userEvent.click(within(card).getByText('How is this computed?'));
    const rows = [...card.querySelectorAll('.inputs > div')].map((d) =>
      d.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows.some((r) => /securities/i.test(r ?? '') && r?.includes('missing — counted as 0'))).toBe(true);
    expect(rows.some((r) => /receivable/i.test(r ?? '') && r?.includes('30'))).toBe(true);
    expect(card.querySelector('.reason')).toBeNull();
  });
});
