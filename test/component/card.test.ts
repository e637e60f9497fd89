import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceMetrics } from '../../src/core/metrics/types.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import KpiCard from '../../src/ui/dashboard/KpiCard.svelte';
import type { ComputeAnswer } from '../../src/worker/protocol.ts';
import { EXPECTED, fixtureAnswer } from './dashboard-fixture.ts';

let answer: ComputeAnswer;
let m: WorkspaceMetrics;
const at = (month: string) => m.months.indexOf(month);

beforeAll(() => {
  locale.set('en');
  answer = fixtureAnswer();
  m = answer.month;
});

function card(id: string, month: string, extra: Record<string, unknown> = {}) {
  const index = at(month);
  const { container } = render(KpiCard, {
    id,
    metrics: m,
    monthly: m,
    index,
    compareIndex: index - 1,
    compareLabel: 'previous month',
    currency: 'USD',
    activationEvent: 'activated',
    ...extra,
  });
  return container.querySelector<HTMLElement>(`[data-kpi="${id}"]`)!;
}

describe('KPI card', () => {
  it('carries the raw value and shows it formatted', () => {
    const el = card('mrr', '2025-06');
    expect(el.dataset.value).toBe(String(m.values.mrr[at('2025-06')]));
    expect(Number(el.dataset.value)).toBeCloseTo(EXPECTED.months['2025-06'].mrr!, 9);
    expect(el).toHaveTextContent('$20,159.28');
  });

  it('colours a rise of a good-up KPI as better, with words and an arrow', () => {
    const el = card('mrr', '2025-06');
    const change = el.querySelector<HTMLElement>('.change')!;
    expect(change.dataset.trend).toBe('better');
    expect(change).toHaveClass('trend-better');
    expect(change).toHaveTextContent(/▲\s*\+[\d.]+% vs previous month \(better\)/);
  });

  it('judges churn by its good direction: falling churn is better, rising churn worse', () => {
    const v = m.values.customer_churn_rate;
    const months = m.months.filter((_, i) => i > 1 && v[i] !== null && v[i - 1] !== null);
    const falling = months.find((mo) => v[at(mo)]! < v[at(mo) - 1]!)!;
    const rising = months.find((mo) => v[at(mo)]! > v[at(mo) - 1]!)!;
    let el = card('customer_churn_rate', falling);
    expect(el.querySelector<HTMLElement>('.change')!.dataset.trend).toBe('better');
    expect(el.querySelector('.change')).toHaveTextContent('▼');
    expect(el.querySelector('.change')).toHaveTextContent(/pp vs previous month \(better\)/);
    el.remove();
    el = card('customer_churn_rate', rising);
    expect(el.querySelector<HTMLElement>('.change')!.dataset.trend).toBe('worse');
    expect(el.querySelector('.change')).toHaveTextContent('▲');
  });

  it('explains a null value from its inputs', () => {
    // The first month has no previous month: no customers at its start.
    const el = card('customer_churn_rate', m.months[0]);
    expect(el.dataset.value).toBe('');
    expect(el).toHaveTextContent('—');
    expect(el.querySelector('.reason')).toHaveTextContent(
      /Not (defined|available).*customers at the start of the period/,
    );
  });

  it('says interest coverage is undefined when interest expense is 0', () => {
    const el = card('interest_coverage', '2025-06');
    expect(el.dataset.value).toBe('');
    expect(el.querySelector('.reason')).toHaveTextContent('Not defined: interest expense is 0.');
  });

  it('asks for the activation event when none is set', () => {
    const el = card('activation_rate', '2025-06', { activationEvent: '' });
    expect(el.querySelector('.reason')).toBeNull(); // the value exists in this answer
    const noActivation = fixtureAnswer({ names: ['events.csv'], activation: '' }).month;
    const i = noActivation.months.indexOf('2025-06');
    const { container } = render(KpiCard, {
      id: 'activation_rate',
      metrics: noActivation,
      monthly: noActivation,
      index: i,
      compareIndex: i - 1,
      compareLabel: 'May',
      currency: 'USD',
      activationEvent: '',
    });
    expect(container.querySelector('[data-kpi="activation_rate"] .reason')).toHaveTextContent(
      'Choose the activation event in Settings',
    );
  });

  it('discloses the formula and this period’s numbers', async () => {
    const el = card('customer_churn_rate', '2025-06');
    const details = el.querySelector('details')!;
    expect(details.open).toBe(false);
    await userEvent.click(within(el).getByText('How is this computed?'));
    expect(details.open).toBe(true);
    expect(details).toHaveTextContent('Churned customers ÷ customers at the previous month end × 100.');
    const inputs = m.inputs.customer_churn_rate[at('2025-06')]!;
    const rows = [...details.querySelectorAll('dl div')].map((d) =>
      d.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toContain(`churned customers ${inputs.churned_customers}`);
    expect(rows).toContain(`customers at the start of the period ${inputs.customers_prev}`);
    expect(rows.at(-1)).toMatch(/^Result = 3\.29%$/);
  });

  it('shows the band with its source, and where the value came from', () => {
    const el = card('nrr', '2025-06');
    const band = within(el).getByRole('button', { name: /Watch|Good|Bad/ });
    expect(band).toHaveAccessibleDescription(/Source: ChartMogul/);
    expect(el).toHaveTextContent('From raw records (subscriptions)');
    const sheet = card('custom:support_tickets', '2025-06');
    expect(sheet).toHaveTextContent('From the monthly sheet');
  });

  it('flags negative equity and puts debt to equity in the bad band', () => {
    const i = m.inputs.debt_to_equity.findIndex((x) => x !== null && (x.total_equity ?? 0) < 0);
    expect(i).toBeGreaterThanOrEqual(0);
    const el = card('debt_to_equity', m.months[i]);
    expect(el).toHaveTextContent('Negative equity');
    expect(el.querySelector('.band')).toHaveClass('band-bad');
  });

  it('formats for the UI language', () => {
    locale.set('pl');
    try {
      const el = card('mrr', '2025-06');
      expect(el.querySelector('.amount')!.textContent).toMatch(/20\s159,28\s(USD|US\$|\$)/);
      expect(screen.getByText('Jak to jest liczone?')).toBeInTheDocument();
    } finally {
      locale.set('en');
    }
  });
});
