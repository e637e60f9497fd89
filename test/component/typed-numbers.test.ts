// Numbers typed by people are read like imported cells, with the UI language's decimal mark, and
// each field shows the number as read (issue: `15.800` typed in Indonesian read as 15.8).
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { metrics, workspaces } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import MetricSettings from '../../src/ui/settings/MetricSettings.svelte';
import BalanceSheetForm from '../../src/ui/balance-sheet/BalanceSheetForm.svelte';
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
