// interfaces.md §2 board: columns in the order not_started … complete, one card per target in the
// column of its shown status; each card keyboard operable, with a `card-reset` button that clears
// a status set by hand. metrics.md §11: a status set by hand overrides the computed one until it
// is cleared. Not covered elsewhere: the columns' accessible names, where every kind of target
// lands, and the keyboard reset with its announcement.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateGoal } from '../../src/core/goals/evaluate.ts';
import { setManualStatus } from '../../src/core/goals/history.ts';
import type { Goal, Status } from '../../src/core/goals/model.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import Board from '../../src/ui/board/Board.svelte';
import { goal, keep, reach } from '../unit/goals/goal-fixtures.ts';

beforeAll(() => locale.set('en'));

// Judged today, 2 July 2025 (one target is entered by hand): 182 of 365 days gone, 49.9 %.
const TODAY = Date.UTC(2025, 6, 2);
const data = {
  months: ['2025-04', '2025-05', '2025-06'],
  values: { mrr: [100, 120, 150], customer_churn_rate: [2, 4, 5], nps: [null, null, null] },
};
const g: Goal = goal(
  [
    // 150 of 100 → 200: 50 % done, 49.9 % gone → on track.
    reach({ id: 'mrr', kpi: 'mrr', from: 100, to: 200 }),
    // Churn at most 3: May 4 and June 5 fail in a row → off track.
    keep({ id: 'churn', kpi: 'customer_churn_rate', direction: 'at_most', threshold: 3 }),
    // NPS has no value yet → not started.
    keep({ id: 'nps', kpi: 'nps', direction: 'at_least', threshold: 50 }),
    // Entered by hand: 3 of 10 → 30 % done, 49.9 % gone: 19.9 points behind → at risk.
    reach({
      id: 'hand',
      name: 'Partners',
      from: 0,
      to: 10,
      checkIns: [{ date: '2025-06-20', value: 3, note: '' }],
    }),
    // Done → complete.
    { id: 'done', name: 'Pricing page', override: null, kind: 'done', done: true },
  ],
  { name: 'H2 plan' },
);
const judged = (x: Goal) => [{ goal: x, evaluation: evaluateGoal(x, data, TODAY) }];
const NO_FILTER = { goal: '', owner: '', due: '' };

describe('board', () => {
  it('puts each target in the column its status names; columns are regions named by status', () => {
    render(Board, {
      goals: judged(g),
      currency: 'USD',
      filters: NO_FILTER,
      onfilter: () => {},
      onmove: async () => undefined,
      onreason: () => {},
    });
    const where: Record<string, Status> = {
      mrr: 'on_track',
      churn: 'off_track',
      nps: 'not_started',
      hand: 'at_risk',
      done: 'complete',
    };
    const names = {
      not_started: /Not started/,
      on_track: /On track/,
      at_risk: /At risk/,
      off_track: /Off track/,
      complete: /Complete/,
    };
    for (const [card, status] of Object.entries(where)) {
      const column = screen.getByRole('region', { name: names[status] });
      expect(column.dataset.status).toBe(status);
      expect(column.querySelector(`[data-card="${card}"]`), `${card} in ${status}`).not.toBeNull();
    }
  });

  it('clears a status set by hand from the keyboard, back to its computed column, and says so', async () => {
    const user = userEvent.setup();
    let current = setManualStatus(g, 'mrr', 'off_track', 'on_track', 1);
    const onmove = vi.fn(async (_goal: string, target: string, status: Status | null) => {
      current = setManualStatus(current, target, status, 'on_track', 2);
      rerender({ goals: judged(current) });
      return judged(current)[0].evaluation.targets.find((t) => t.id === target);
    });
    const { container, rerender } = render(Board, {
      goals: judged(current),
      currency: 'USD',
      filters: NO_FILTER,
      onfilter: () => {},
      onmove,
      onreason: () => {},
    });
    const card = container.querySelector<HTMLElement>('section[data-status="off_track"] [data-card="mrr"]')!;
    expect(card.dataset.override).toBe('off_track');
    within(card).getByTestId('card-reset').focus();
    await user.keyboard('{Enter}');
    expect(onmove).toHaveBeenCalledWith('g', 'mrr', null);
    const back = container.querySelector<HTMLElement>('section[data-status="on_track"] [data-card="mrr"]')!;
    expect(back.dataset.override).toBe('');
    expect(await screen.findByTestId('board-announce')).toHaveTextContent(/MRR.*On track/);
    expect(document.activeElement).toBe(within(back).getByTestId('card-move'));
  });
});
