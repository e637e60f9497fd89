// The rule form: KPI names in the UI language, the unit beside the value, a live preview that
// follows every keystroke, the decimal comma in Polish, and the draft it saves.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AlertRule } from '../../src/core/alerts/model.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import RuleForm from '../../src/ui/alerts/RuleForm.svelte';

const series = {
  months: ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'],
  values: {
    customer_churn_rate: [null, 6.2, 4, 5.5, 5.1, 2],
    mrr: [1000, 1200, 1000, 900, 950, 700],
  },
};

afterEach(() => locale.set('en'));

function setup(rule: AlertRule | null = null) {
  const onsave = vi.fn();
  render(RuleForm, { props: { rule, series, currency: 'EUR', onsave, oncancel: () => {} } });
  return onsave;
}

const preview = () => screen.getByTestId('alert-preview');

describe('rule form', () => {
  it('previews a threshold rule live and saves it', async () => {
    locale.set('en');
    const onsave = setup();
    const kpi = screen.getByTestId('alert-kpi') as HTMLSelectElement;
    expect(kpi).toHaveFocus();
    await userEvent.selectOptions(kpi, 'customer_churn_rate');
    expect(screen.getByRole('option', { name: 'Customer churn rate' })).toBeInTheDocument();
    expect(preview()).toHaveTextContent('Fill in the rule');
    await userEvent.type(screen.getByTestId('alert-value'), '5');
    // > 5: Feb 6.2 raised, Mar 4 resolved, Apr 5.5 raised, May 5.1 firing, Jun 2 resolved.
    expect(preview()).toHaveTextContent('Would have fired 2 times: Feb 2024, Apr 2024');
    expect(screen.getAllByText('%')).toHaveLength(2);
    await userEvent.clear(screen.getByTestId('alert-for'));
    await userEvent.type(screen.getByTestId('alert-for'), '2');
    // Runs: 1,0,1,2,0 → raised only in May.
    expect(preview()).toHaveTextContent('Would have fired once: May 2024');
    await userEvent.click(screen.getByTestId('alert-save'));
    expect(onsave).toHaveBeenCalledWith({
      kpi: 'customer_churn_rate',
      condition: { type: 'threshold', op: '>', value: 5, recoverAt: null },
      forMonths: 2,
    });
  });

  it('reads a decimal comma in Polish and shows the currency beside a money value', async () => {
    locale.set('pl');
    const onsave = setup();
    await userEvent.selectOptions(screen.getByTestId('alert-kpi'), 'mrr');
    await userEvent.selectOptions(screen.getByTestId('alert-type'), 'change');
    expect(screen.getByTestId('alert-percent')).toBeChecked();
    await userEvent.type(screen.getByTestId('alert-by'), '12,5');
    // falls by ≥ 12.5 %: 1200→1000 −16.7 % (Mar), 950→700 −26.3 % (Jun); 1000→900 is −10 %.
    expect(preview()).toHaveAttribute('data-months', '2024-03,2024-06');
    await userEvent.clear(screen.getByTestId('alert-by'));
    await userEvent.type(screen.getByTestId('alert-by'), '8,5');
    // ≥ 8.5 %: Apr's −10 % joins March's run: Mar raised, Apr firing, May resolved, Jun raised.
    expect(preview()).toHaveAttribute('data-months', '2024-03,2024-06');
    await userEvent.clear(screen.getByTestId('alert-by'));
    await userEvent.type(screen.getByTestId('alert-by'), '12,5');
    await userEvent.click(screen.getByTestId('alert-percent'));
    expect(screen.getAllByText('EUR').length).toBeGreaterThan(0);
    // by 12,5 EUR: falls of 12.5 or more in Mar (200) and Apr (100) are one run, then Jun (250).
    expect(preview()).toHaveAttribute('data-months', '2024-03,2024-06');
    expect(preview()).toHaveTextContent('Zadziałałaby 2 razy: mar 2024, cze 2024');
    await userEvent.type(screen.getByTestId('alert-min'), '950,5');
    // |v| ≥ 950.5 leaves Mar (1000) only.
    expect(preview()).toHaveAttribute('data-months', '2024-03');
    await userEvent.click(screen.getByTestId('alert-save'));
    expect(onsave).toHaveBeenCalledWith({
      kpi: 'mrr',
      condition: { type: 'change', direction: 'falls_by', by: 12.5, percent: false, minValue: 950.5 },
      forMonths: 1,
    });
  });

  it('says what is wrong and saves nothing', async () => {
    locale.set('en');
    const onsave = setup();
    await userEvent.selectOptions(screen.getByTestId('alert-kpi'), 'customer_churn_rate');
    await userEvent.type(screen.getByTestId('alert-value'), 'five');
    await userEvent.type(screen.getByTestId('alert-recover'), '6');
    await userEvent.click(screen.getByTestId('alert-save'));
    expect(onsave).not.toHaveBeenCalled();
    expect(screen.getByText('Enter a number, for example 12.5.')).toBeInTheDocument();
    expect(screen.getByTestId('alert-value')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(screen.getByTestId('alert-value'));
    await userEvent.type(screen.getByTestId('alert-value'), '5.5');
    expect(
      screen.getByText('For an alert on high values, the recovery level must be at or below the threshold.'),
    ).toBeInTheDocument();
    expect(onsave).not.toHaveBeenCalled();
  });

  it('opens a stored rule with its values in the UI language', () => {
    locale.set('id');
    setup({
      id: 'r',
      workspaceId: 'w',
      kpi: 'customer_churn_rate',
      condition: { type: 'threshold', op: '>=', value: 4.5, recoverAt: 3 },
      forMonths: 1,
      paused: false,
      snoozedUntil: null,
      snoozedUntilImport: false,
      createdAt: 0,
      updatedAt: 0,
    });
    expect(screen.getByTestId('alert-value')).toHaveValue('4,5');
    expect(screen.getByTestId('alert-op')).toHaveValue('>=');
    expect(screen.getByTestId('alert-recover')).toHaveValue('3');
    // ≥ 4.5 resolving at ≤ 3: Feb raised, stays through 4 and 5.x, Jun 2 resolves.
    expect(preview()).toHaveAttribute('data-months', '2024-02');
  });
});
