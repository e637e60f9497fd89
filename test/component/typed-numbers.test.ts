// Numbers typed by people are read like imported cells, with the UI language's decimal mark, and
// each field shows the number as read: `15.800` is fifteen thousand eight hundred in Indonesian
// and Polish, and `0.235`, whose first group would be a lone zero, is 0.235 in every language.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrencyAnswer } from '../../src/core/currency.ts';
import type { CheckIn, Goal } from '../../src/core/goals/model.ts';
import { metrics, workspaces } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import BalanceSheetForm from '../../src/ui/balance-sheet/BalanceSheetForm.svelte';
import CheckInForm from '../../src/ui/goals/CheckInForm.svelte';
import { emptyDraft } from '../../src/ui/goals/form-model.ts';
import GoalForm from '../../src/ui/goals/GoalForm.svelte';
import CurrencyDialog from '../../src/ui/import/CurrencyDialog.svelte';
import MetricSettings from '../../src/ui/settings/MetricSettings.svelte';
import type { ComputeAnswer } from '../../src/worker/protocol.ts';

const empty = { months: [], values: {}, sources: {}, inputs: {}, cohorts: null, inProgress: false };

function answer(currencies: string[]): ComputeAnswer {
  return {
    month: empty,
    quarter: empty,
    year: empty,
    segmentFields: { currency: currencies },
    eventNames: [],
    timings: { loadMs: 0, computeMs: 0 },
    currencyGap: null,
    segmentMisses: [],
  };
}

beforeEach(async () => {
  await workspaces.create('Typed numbers');
});

afterEach(async () => {
  metrics.result = null;
  locale.set('en');
  if (workspaces.currentId) await workspaces.remove(workspaces.currentId);
});

describe('conversion rates and gross margin in Settings', () => {
  it('reads 15.800 typed in Indonesian as 15800, shows it, and saves it', async () => {
    locale.set('id');
    metrics.result = answer(['IDR', 'USD']);
    render(MetricSettings);
    const currency = document.getElementById('ms-currency') as HTMLInputElement;
    await userEvent.type(currency, 'IDR');
    const rate = screen.getByTestId('fx-rate-USD');
    await userEvent.type(rate, '15.800');
    const read = screen.getByTestId('fx-read-USD');
    expect(read.dataset.value).toBe('15800');
    expect(read).toHaveTextContent('dibaca sebagai 15.800');
    const margin = document.getElementById('ms-margin') as HTMLInputElement;
    await userEvent.clear(margin);
    await userEvent.type(margin, '72,5');
    expect(screen.getByTestId('margin-read').dataset.value).toBe('72.5');
    await userEvent.click(screen.getByTestId('metric-settings-save'));
    await screen.findByText(/tersimpan/i);
    expect(workspaces.settings?.fx).toEqual({ USD: 15800 });
    expect(workspaces.settings?.gross_margin).toBeCloseTo(0.725, 12);
  });

  it('reads a rate of 0.235 typed in Polish as 0.235, as the import’s rate dialog does', async () => {
    locale.set('pl');
    const onsave = vi.fn<(a: CurrencyAnswer) => void>();
    const dialog = render(CurrencyDialog, {
      question: { codes: ['EUR', 'PLN'], missing: ['PLN'], fileName: 'subs.csv', currency: 'EUR', fx: {} },
      onsave,
      oncancel: () => {},
    });
    await userEvent.type(screen.getByTestId('currency-rate-PLN'), '0.235');
    await userEvent.click(screen.getByTestId('currency-save'));
    expect(onsave).toHaveBeenCalledWith({ currency: 'EUR', fx: { PLN: 0.235 } });
    dialog.unmount();

    metrics.result = answer(['EUR', 'PLN']);
    render(MetricSettings);
    await userEvent.type(document.getElementById('ms-currency') as HTMLInputElement, 'EUR');
    await userEvent.type(screen.getByTestId('fx-rate-PLN'), '0.235');
    expect(screen.getByTestId('fx-read-PLN').dataset.value).toBe('0.235');
    await userEvent.click(screen.getByTestId('metric-settings-save'));
    await screen.findByText(/zapisan/i);
    expect(workspaces.settings?.fx).toEqual({ PLN: 0.235 });
  });

  it('reads 15.800 typed in English as 15.8', async () => {
    locale.set('en');
    metrics.result = answer(['EUR', 'USD']);
    render(MetricSettings);
    await userEvent.type(screen.getByLabelText('Currency'), 'USD');
    await userEvent.type(screen.getByTestId('fx-rate-EUR'), '15.800');
    expect(screen.getByTestId('fx-read-EUR').dataset.value).toBe('15.8');
    expect(screen.getByTestId('fx-read-EUR')).toHaveTextContent('read as 15.8');
  });
});

describe('balance-sheet form', () => {
  it('reads 1.234.567 and 1 234,56 as the Polish and Indonesian reader means them', async () => {
    locale.set('pl');
    render(BalanceSheetForm);
    await userEvent.type(document.getElementById('bs-current_assets')!, '1.234.567');
    await userEvent.type(document.getElementById('bs-cash')!, '1 234,56');
    expect(screen.getByTestId('read-current_assets').dataset.value).toBe('1234567');
    expect(screen.getByTestId('read-cash').dataset.value).toBe('1234.56');
    expect(screen.getByTestId('read-cash')).toHaveTextContent('odczytane jako 1234,56');
  });

  it('reads 1,234,567.5 in English and says when a field is no number', async () => {
    locale.set('en');
    render(BalanceSheetForm);
    await userEvent.type(document.getElementById('bs-total_assets')!, '1,234,567.5');
    expect(screen.getByTestId('read-total_assets').dataset.value).toBe('1234567.5');
    expect(screen.getByTestId('read-total_assets')).toHaveTextContent('read as 1,234,567.5');
    await userEvent.type(document.getElementById('bs-ebit')!, '12a');
    expect(screen.getByTestId('read-ebit')).toHaveTextContent('not a number yet');
    expect(screen.getByTestId('read-inventory')).toHaveTextContent('');
  });
});

describe('check-ins', () => {
  async function checkIn(lang: 'id' | 'pl', typed: string): Promise<CheckIn> {
    locale.set(lang);
    const onadd = vi.fn(async (_c: CheckIn) => {});
    const { container } = render(CheckInForm, { onadd });
    const [date, value] = container.querySelectorAll<HTMLInputElement>('input');
    await userEvent.clear(date);
    await userEvent.type(date, '2025-03-01');
    await userEvent.type(value, typed);
    await userEvent.click(screen.getByRole('button'));
    expect(onadd).toHaveBeenCalledTimes(1);
    return onadd.mock.calls[0][0];
  }

  it('reads 15.800 typed in Indonesian as 15800', async () => {
    expect(await checkIn('id', '15.800')).toEqual({ date: '2025-03-01', value: 15800, note: '' });
  });

  it('reads 0.250 typed in Indonesian as a quarter, not two hundred and fifty', async () => {
    expect(await checkIn('id', '0.250')).toEqual({ date: '2025-03-01', value: 0.25, note: '' });
  });
});

describe('goal targets typed in Indonesian and Polish', () => {
  for (const [lang, from, to, want] of [
    ['id', '10.000', '15.800', { from: 10000, to: 15800 }],
    ['pl', '1 000', '12,5', { from: 1000, to: 12.5 }],
  ] as const) {
    it(`${lang}: ${from} → ${to}`, async () => {
      locale.set(lang);
      const onsave = vi.fn(async (_g: Goal) => {});
      let n = 0;
      const { container } = render(GoalForm, {
        initial: emptyDraft('w', Date.UTC(2025, 0, 1), () => `id${++n}`),
        editing: false,
        kpis: ['mrr'],
        onsave,
        oncancel: () => {},
        now: () => Date.UTC(2025, 0, 1),
      });
      const by = (id: string) =>
        container.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-testid="${id}"]`)!;
      await userEvent.type(by('goal-name'), 'MRR');
      await userEvent.selectOptions(by('target-kpi'), 'mrr');
      await userEvent.type(by('target-from'), from);
      await userEvent.type(by('target-to'), to);
      await userEvent.click(by('goal-save'));
      expect(onsave).toHaveBeenCalledTimes(1);
      expect(onsave.mock.calls[0][0].targets[0]).toMatchObject({ kind: 'reach', kpi: 'mrr', ...want });
    });
  }
});
