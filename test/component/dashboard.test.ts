// The dashboard over real results: the period on screen, quarters and years straight from the
// worker's answer, the comparison, the sections and the segment bar.
import { render as renderView, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { metrics } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import { router } from '../../src/state/router.svelte.ts';
import SegmentBar from '../../src/ui/dashboard/SegmentBar.svelte';
import { kpiTableCsv } from '../../src/ui/dashboard/csv.ts';
import DashboardView from '../../src/ui/views/DashboardView.svelte';
import type { ComputeAnswer } from '../../src/worker/protocol.ts';
import { EXPECTED, fixtureAnswer } from './dashboard-fixture.ts';
import { goToHash } from './hash.ts';

let answer: ComputeAnswer;

beforeAll(() => {
  answer = fixtureAnswer();
});

/** Charts never come near the viewport here: jsdom has no canvas to draw them on. */
class FarAway {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

beforeEach(async () => {
  vi.stubGlobal('IntersectionObserver', FarAway);
  locale.set('en');
  await goToHash('#/');
  metrics.result = answer;
});

afterEach(() => {
  vi.unstubAllGlobals();
  metrics.result = null;
});

function cards(container: HTMLElement): Map<string, string> {
  return new Map(
    [...container.querySelectorAll<HTMLElement>('[data-kpi]')].map((el) => [
      el.dataset.kpi!,
      el.dataset.value!,
    ]),
  );
}

/** Renders the view and waits until every section is drawn (they come one frame after another). */
async function render(view: typeof DashboardView) {
  const rendered = renderView(view);
  const sections = rendered.container.querySelector('[aria-busy]');
  if (sections)
    await waitFor(() => expect(sections).toHaveAttribute('aria-busy', 'false'), { timeout: 10_000 });
  return rendered;
}

const raw = (v: number | null) => (v === null ? '' : String(v));

// The whole dashboard (overview, sections drawn frame by frame) takes seconds in jsdom on a busy machine.
describe('dashboard periods', { timeout: 30_000 }, () => {
  it('opens on the latest month and shows a card for every id of the result', async () => {
    const { container } = await render(DashboardView);
    const period = screen.getByTestId('period') as HTMLSelectElement;
    const last = answer.month.months.at(-1)!;
    expect(period.value).toBe(last);
    const shown = cards(container);
    expect([...shown.keys()].sort()).toEqual(Object.keys(answer.month.values).sort());
    for (const [id, value] of shown) expect(value).toBe(raw(answer.month.values[id].at(-1)!));
    expect(screen.getByText('Months are calendar months in UTC.')).toBeInTheDocument();
  });

  it('follows the period in the URL and matches the fixture numbers', async () => {
    await goToHash('#/?period=2025-06');
    const { container } = await render(DashboardView);
    expect((screen.getByTestId('period') as HTMLSelectElement).value).toBe('2025-06');
    for (const [id, value] of cards(container)) {
      const want = EXPECTED.months['2025-06'][id];
      if (want === undefined) continue;
      if (want === null) expect(value, id).toBe('');
      else
        expect(Math.abs(Number(value) - want), id).toBeLessThanOrEqual(Math.max(1e-9, Math.abs(want) * 1e-9));
    }
  });

  it('choosing a period writes it to the URL', async () => {
    const { container } = await render(DashboardView);
    await userEvent.selectOptions(screen.getByTestId('period'), '2024-07');
    expect(router.query.period).toBe('2024-07');
    await tick();
    expect(Number(cards(container).get('mrr'))).toBeCloseTo(EXPECTED.months['2024-07'].mrr!, 6);
  });

  it('quarters and years take their values from the quarter and year results', async () => {
    await goToHash('#/?grain=quarter&period=2025-Q2');
    const { container, unmount } = await render(DashboardView);
    const q = answer.quarter!.months.indexOf('2025-Q2');
    expect(q).toBeGreaterThan(0);
    let shown = cards(container);
    for (const id of ['mrr', 'new_mrr', 'customer_churn_rate', 'nrr', 'leads', 'mau', 'arpu', 'cac'])
      expect(shown.get(id), id).toBe(raw(answer.quarter!.values[id][q]));
    // Stock = last month, flow = sum of the months.
    expect(shown.get('mrr')).toBe(raw(answer.month.values.mrr[answer.month.months.indexOf('2025-06')]));
    const newMrr = ['2025-04', '2025-05', '2025-06'].reduce((s, m) => s + EXPECTED.months[m].new_mrr!, 0);
    expect(Number(shown.get('new_mrr'))).toBeCloseTo(newMrr, 6);
    expect((screen.getByTestId('period') as HTMLSelectElement).value).toBe('2025-Q2');
    expect(screen.getByText('Your KPIs for Q2 2025.')).toBeInTheDocument();
    unmount();

    await goToHash('#/?grain=year&period=2024');
    const year = await render(DashboardView);
    shown = cards(year.container);
    const y = answer.year!.months.indexOf('2024');
    for (const id of ['mrr', 'churned_mrr', 'nps', 'gross_mrr_churn_rate'])
      expect(shown.get(id), id).toBe(raw(answer.year!.values[id][y]));
  });

  it('compares with the previous period or the same period a year earlier', async () => {
    await goToHash('#/?grain=quarter&period=2025-Q2');
    const { container } = await render(DashboardView);
    const mrr = () => container.querySelector('[data-kpi="mrr"] .change')!;
    expect(mrr()).toHaveTextContent('vs Q1 2025');
    await userEvent.selectOptions(screen.getByTestId('compare'), 'year');
    expect(router.query.compare).toBe('year');
    await tick();
    expect(mrr()).toHaveTextContent('vs Q2 2024');
    const q = answer.quarter!.months;
    const now = answer.quarter!.values.mrr[q.indexOf('2025-Q2')]!;
    const before = answer.quarter!.values.mrr[q.indexOf('2024-Q2')]!;
    const pct = ((now - before) / before) * 100;
    expect(mrr()).toHaveTextContent(`+${pct.toFixed(1)}%`);
  });

  it('switching granularity resets the period to the latest of the new grain', async () => {
    await goToHash('#/?period=2025-06');
    await render(DashboardView);
    await userEvent.selectOptions(screen.getByTestId('granularity'), 'year');
    expect(router.query.grain).toBe('year');
    expect(router.query.period).toBeUndefined();
    await tick();
    expect((screen.getByTestId('period') as HTMLSelectElement).value).toBe(answer.year!.months.at(-1));
  });

  it('groups the cards in sections and points empty sections to the file that fills them', async () => {
    metrics.result = fixtureAnswer({ names: ['subscriptions_stripe.csv'] });
    const { container } = await render(DashboardView);
    const revenue = container.querySelector('[data-section="revenue"]')!;
    expect(within(revenue as HTMLElement).getByRole('heading', { name: 'Revenue' })).toBeInTheDocument();
    // Headline KPIs have their one card in the overview; the rest stay in their sections.
    expect(container.querySelector('[data-section="overview"] [data-kpi="mrr"]')).not.toBeNull();
    expect(revenue.querySelector('[data-kpi="mrr"]')).toBeNull();
    expect(revenue.querySelector('[data-kpi="arr"]')).not.toBeNull();
    expect(container.querySelector('[data-section="overview"] [data-kpi="nrr"]')).not.toBeNull();
    expect(container.querySelector('[data-section="retention"] [data-kpi="grr"]')).not.toBeNull();
    const financial = screen.getByTestId('section-empty-financial');
    expect(financial).toHaveTextContent('Import balance sheet');
    expect(within(financial).getByRole('link', { name: 'Go to Import' })).toHaveAttribute('href', '#/import');
    expect(container.querySelector('[data-section="inputs"] [data-kpi="churned_mrr"]')).not.toBeNull();
  });

  it('shows the overview at once and the sections frame by frame', async () => {
    const { container } = renderView(DashboardView);
    expect(container.querySelector('[data-section="overview"] [data-kpi="mrr"]')).not.toBeNull();
    expect(container.querySelector('[data-section="revenue"]')).toBeNull();
    expect(container.querySelector('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() =>
      expect(container.querySelector('[data-section="revenue"] [data-kpi="arr"]')).not.toBeNull(),
    );
    expect(container.querySelector('[data-section="financial"]')).toBeNull();
    await waitFor(() => expect(container.querySelector('[data-section="financial"]')).not.toBeNull(), {
      timeout: 10_000,
    });
  });

  it('keeps the welcome state without data', async () => {
    metrics.result = null;
    await render(DashboardView);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Your SaaS metrics, computed in your browser' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('dashboard-empty')).toBeInTheDocument();
  });

  it('says that the KPIs could not be computed when that fails before any result', async () => {
    metrics.result = null;
    metrics.problem = { code: 'crash', message: 'worker stopped' };
    try {
      await render(DashboardView);
      expect(screen.getByRole('alert')).toHaveTextContent(/^The KPIs could not be computed: /);
    } finally {
      metrics.problem = null;
    }
  });

  it('exports every id × period as raw numbers', () => {
    const csv = kpiTableCsv(answer.month);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(['kpi', ...answer.month.months].join(','));
    expect(lines).toHaveLength(Object.keys(answer.month.values).length + 1);
    const mrr = lines.find((l) => l.startsWith('mrr,'))!.split(',');
    expect(Number(mrr[answer.month.months.indexOf('2025-06') + 1])).toBe(
      answer.month.values.mrr[answer.month.months.indexOf('2025-06')],
    );
  });
});

describe('segment bar', () => {
  it('adds a plan to the URL filter and removes it again', async () => {
    renderView(SegmentBar);
    await userEvent.selectOptions(screen.getByTestId('segment-field'), 'plan');
    await userEvent.selectOptions(screen.getByTestId('segment-value'), 'team');
    await userEvent.click(screen.getByTestId('segment-add'));
    expect(router.query.plan).toBe('team');
    expect(await screen.findByText('team')).toBeInTheDocument();
    // No value chosen now: the button says so and does nothing, and keeps the keyboard's focus.
    const add = screen.getByTestId('segment-add');
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(router.query.plan).toBe('team');
    await userEvent.selectOptions(screen.getByTestId('segment-value'), 'pro-month');
    await userEvent.click(screen.getByTestId('segment-add'));
    expect(router.query.plan).toBe('team,pro-month');
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter' }));
    expect(router.query.plan).toBeUndefined();
    expect(screen.getByText('All customers')).toBeInTheDocument();
  });
});

describe('several subscription currencies', () => {
  it('warn that revenue adds up different currencies until rates are set, with a way to Settings', async () => {
    metrics.result = { ...answer, currencyGap: { codes: ['USD', 'EUR'], missing: ['EUR'] } };
    await render(DashboardView);
    const notice = screen.getByTestId('currency-gap');
    expect(notice).toHaveTextContent('several currencies (USD, EUR)');
    expect(notice).toHaveTextContent('Until EUR has a conversion rate');
    expect(within(notice).getByRole('link', { name: 'Set conversion rates in Settings' })).toHaveAttribute(
      'href',
      '#/settings',
    );
  });

  it('say nothing when there is one currency', async () => {
    await render(DashboardView);
    expect(screen.queryByTestId('currency-gap')).toBeNull();
  });
});
