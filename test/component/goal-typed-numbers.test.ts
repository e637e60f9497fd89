// Numbers a person types for goals go through the locale parser of imports (interfaces.md §2:
// "Number fields accept the UI language's decimal comma"): in Indonesian and Polish a dot groups
// thousands, so `15.800` is fifteen thousand eight hundred, and `12,5` is twelve and a half.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckIn, Goal } from '../../src/core/goals/model.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import CheckInForm from '../../src/ui/goals/CheckInForm.svelte';
import { emptyDraft } from '../../src/ui/goals/form-model.ts';
import GoalForm from '../../src/ui/goals/GoalForm.svelte';

afterEach(() => locale.set('en'));

describe('a check-in typed in Indonesian', () => {
  it('reads 15.800 as 15800', async () => {
    locale.set('id');
    const onadd = vi.fn(async (_c: CheckIn) => {});
    const { container } = render(CheckInForm, { onadd });
    const [date, value] = container.querySelectorAll<HTMLInputElement>('input');
    await userEvent.clear(date);
    await userEvent.type(date, '2025-03-01');
    await userEvent.type(value, '15.800');
    await userEvent.click(screen.getByRole('button'));
    expect(onadd).toHaveBeenCalledWith({ date: '2025-03-01', value: 15800, note: '' });
  });
});

describe('a goal target typed in Indonesian and Polish', () => {
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
