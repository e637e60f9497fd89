// The goal form: nothing is saved until every field reads; numbers typed with the UI language's
// decimal comma are read as such.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Goal } from '../../src/core/goals/model.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import { emptyDraft } from '../../src/ui/goals/form-model.ts';
import GoalForm from '../../src/ui/goals/GoalForm.svelte';

const NOW = Date.UTC(2025, 2, 10);

function setup() {
  let n = 0;
  const onsave = vi.fn(async (_goal: Goal) => {});
  const { container } = render(GoalForm, {
    initial: emptyDraft('w', NOW, () => `id${++n}`),
    editing: false,
    kpis: ['mrr', 'customer_churn_rate', 'custom:Seats'],
    onsave,
    oncancel: () => {},
    now: () => NOW,
  });
  const by = (id: string) =>
    container.querySelector<HTMLInputElement & HTMLSelectElement>(`[data-testid="${id}"]`)!;
  return { onsave, by, container };
}

afterEach(() => locale.set('en'));

describe('goal form', () => {
  it('starts today and is due at the end of the year', () => {
    const { by } = setup();
    expect(by('goal-start').value).toBe('2025-03-10');
    expect(by('goal-due').value).toBe('2025-12-31');
  });

  it('refuses a goal without a name, a due date before its start and unreadable numbers', async () => {
    locale.set('en');
    const user = userEvent.setup();
    const { onsave, by } = setup();
    await user.clear(by('goal-due'));
    await user.type(by('goal-due'), '2025-01-01');
    await user.type(by('target-from'), 'ten');
    await user.click(by('goal-save'));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Give the goal a name.')).toBeInTheDocument();
    expect(within(alert).getByText('The due date comes before the start date.')).toBeInTheDocument();
    expect(within(alert).getAllByText(/Type a number, like 1,234\.5/)).toHaveLength(2);
    expect(within(alert).getByText('Name this target, or link it to a KPI.')).toBeInTheDocument();
    expect(by('goal-name')).toHaveAttribute('aria-invalid', 'true');
    expect(by('target-from')).toHaveAttribute('aria-invalid', 'true');
    expect(onsave).not.toHaveBeenCalled();
  });

  it('reads a decimal comma in Polish, and keeps the KPI and the direction of a keep target', async () => {
    locale.set('pl');
    const user = userEvent.setup();
    const { onsave, by, container } = setup();
    await user.type(by('goal-name'), 'Wzrost');
    await user.selectOptions(by('target-kpi'), 'mrr');
    await user.type(by('target-from'), '12 000,5');
    await user.type(by('target-to'), '50000,25');
    await user.click(by('target-add'));
    const second = container.querySelectorAll('[data-testid="target-row"]')[1] as HTMLElement;
    const inRow = (id: string) =>
      second.querySelector<HTMLSelectElement & HTMLInputElement>(`[data-testid="${id}"]`)!;
    await user.selectOptions(inRow('target-kind'), 'keep');
    await user.selectOptions(inRow('target-kpi'), 'customer_churn_rate');
    await user.selectOptions(inRow('target-direction'), 'at_most');
    await user.type(inRow('target-to'), '3,4');
    await user.click(by('goal-save'));
    expect(onsave).toHaveBeenCalledTimes(1);
    const goal = onsave.mock.calls[0][0];
    expect(goal.name).toBe('Wzrost');
    expect(goal.targets[0]).toMatchObject({ kind: 'reach', kpi: 'mrr', from: 12000.5, to: 50000.25 });
    expect(goal.targets[1]).toMatchObject({
      kind: 'keep',
      kpi: 'customer_churn_rate',
      direction: 'at_most',
      threshold: 3.4,
    });
  });

  it('reads a dot as a thousands separator in Indonesian, not as a decimal point', async () => {
    locale.set('id');
    const user = userEvent.setup();
    const { onsave, by } = setup();
    await user.type(by('goal-name'), 'MRR');
    await user.selectOptions(by('target-kpi'), 'mrr');
    await user.type(by('target-from'), '0');
    await user.type(by('target-to'), '1.500,75');
    await user.click(by('goal-save'));
    expect(onsave.mock.calls[0][0].targets[0]).toMatchObject({ from: 0, to: 1500.75 });
  });
});
