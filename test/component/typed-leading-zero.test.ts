// Rule (datasets.md §2, interfaces.md §2): numbers typed by a person are read by the
// import's locale parser. A conversion rate below one, `0.235`, cannot hold a thousands dot (its
// first group would be a lone zero): the import and its own rate dialog read it as 0.235 in Polish.
// The rate typed in Settings, and a check-in value, must be read the same way.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrencyAnswer } from '../../src/core/currency.ts';
import type { CheckIn } from '../../src/core/goals/model.ts';
import { metrics, workspaces } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import CheckInForm from '../../src/ui/goals/CheckInForm.svelte';
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

afterEach(() => locale.set('en'));

describe('a rate of 0.235 typed in Polish', () => {
  beforeEach(async () => {
    await workspaces.create('Leading zero');
  });
  afterEach(async () => {
    metrics.result = null;
    if (workspaces.currentId) await workspaces.remove(workspaces.currentId);
  });

  it('is 0.235 in the import’s rate dialog', async () => {
    locale.set('pl');
    const onsave = vi.fn<(a: CurrencyAnswer) => void>();
    render(CurrencyDialog, {
      question: { codes: ['EUR', 'PLN'], missing: ['PLN'], fileName: 'subs.csv', currency: 'EUR', fx: {} },
      onsave,
      oncancel: () => {},
    });
    await userEvent.type(screen.getByTestId('currency-rate-PLN'), '0.235');
    await userEvent.click(screen.getByTestId('currency-save'));
    expect(onsave).toHaveBeenCalledWith({ currency: 'EUR', fx: { PLN: 0.235 } });
  });

  it('is 0.235 in Settings too, shown and saved', async () => {
    locale.set('pl');
    metrics.result = answer(['EUR', 'PLN']);
    render(MetricSettings);
    await userEvent.type(document.getElementById('ms-currency') as HTMLInputElement, 'EUR');
    await userEvent.type(screen.getByTestId('fx-rate-PLN'), '0.235');
    expect(screen.getByTestId('fx-read-PLN').dataset.value).toBe('0.235');
    await userEvent.click(screen.getByTestId('metric-settings-save'));
    await screen.findByText(/zapisan/i);
    expect(workspaces.settings?.fx).toEqual({ PLN: 0.235 });
  });
});

describe('a check-in of 0.250 typed in Indonesian', () => {
  it('is a quarter, not two hundred and fifty', async () => {
    locale.set('id');
    const onadd = vi.fn(async (_c: CheckIn) => {});
    const { container } = render(CheckInForm, { onadd });
    const [date, value] = container.querySelectorAll<HTMLInputElement>('input');
    await userEvent.clear(date);
    await userEvent.type(date, '2025-03-01');
    await userEvent.type(value, '0.250');
    await userEvent.click(screen.getByRole('button'));
    expect(onadd).toHaveBeenCalledWith({ date: '2025-03-01', value: 0.25, note: '' });
  });
});
