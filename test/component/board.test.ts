// The board: a card with a status set by hand shows both statuses; the keyboard path moves a card
// through its "Move to…" select and announces it in a live region.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateGoal } from '../../src/core/goals/evaluate.ts';
import { setManualStatus } from '../../src/core/goals/history.ts';
import type { Goal, Status } from '../../src/core/goals/model.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import Board from '../../src/ui/board/Board.svelte';
import BoardCard from '../../src/ui/board/BoardCard.svelte';
import { boardCards } from '../../src/ui/board/board-model.ts';
import { goal, reach } from '../unit/goals/goal-fixtures.ts';

const data = { months: ['2025-01', '2025-02'], values: { mrr: [100, 150] } };
const NO_FILTER = { goal: '', owner: '', due: '' };

// s 100 → t 200 over 2025, judged at the end of February: 50 % done → on track.
const base: Goal = goal([reach({ id: 'r', kpi: 'mrr', from: 100, to: 200 })], { name: 'Grow' });
const judged = (g: Goal) => [{ goal: g, evaluation: evaluateGoal(g, data, 0) }];

beforeAll(() => locale.set('en'));

describe('board card', () => {
  it('with a status set by hand shows the manual and the computed status, and a reset', () => {
    const moved = setManualStatus(base, 'r', 'off_track', 'on_track', 1);
    const [card] = boardCards(judged(moved), NO_FILTER);
    const { container } = render(BoardCard, { card, currency: 'USD', onmove: () => {}, onreason: () => {} });
    const el = container.querySelector<HTMLElement>('[data-card="r"]')!;
    expect(el.dataset.override).toBe('off_track');
    expect(el.dataset.kpi).toBe('mrr');
    expect(el.dataset.goal).toBe('g');
    expect(within(el).getByText('Set by hand: Off track. Computed: On track.')).toBeInTheDocument();
    expect(within(el).getByTestId('card-reset')).toBeInTheDocument();
    expect(within(el).getByTestId('card-move')).toHaveValue('off_track');
  });

  it('without one has no override and no reset', () => {
    const [card] = boardCards(judged(base), NO_FILTER);
    const { container } = render(BoardCard, { card, currency: 'USD', onmove: () => {}, onreason: () => {} });
    expect(container.querySelector<HTMLElement>('[data-card="r"]')!.dataset.override).toBe('');
    expect(screen.queryByTestId('card-reset')).toBeNull();
  });
});

describe('board', () => {
  it('has the five columns in order with their counts', () => {
    const { container } = render(Board, {
      goals: judged(base),
      currency: 'USD',
      filters: NO_FILTER,
      onfilter: () => {},
      onmove: async () => undefined,
      onreason: () => {},
    });
    const columns = [...container.querySelectorAll<HTMLElement>('section[data-status]')];
    expect(columns.map((c) => c.dataset.status)).toEqual([
      'not_started',
      'on_track',
      'at_risk',
      'off_track',
      'complete',
    ]);
    expect(columns[1].querySelector('[data-card="r"]')).not.toBeNull();
    expect(columns.map((c) => c.querySelector('h2')!.textContent!.trim().slice(-1))).toEqual([
      '0',
      '1',
      '0',
      '0',
      '0',
    ]);
  });

  it('moves a card by keyboard through its Move to… select and announces it', async () => {
    const user = userEvent.setup();
    let current = base;
    const onmove = vi.fn(async (_goal: string, target: string, status: Status | null) => {
      current = setManualStatus(current, target, status, 'on_track', 2);
      rerender({ goals: judged(current) });
      return judged(current)[0].evaluation.targets[0];
    });
    const { container, rerender } = render(Board, {
      goals: judged(current),
      currency: 'USD',
      filters: NO_FILTER,
      onfilter: () => {},
      onmove,
      onreason: () => {},
    });
    const select = within(container.querySelector<HTMLElement>('[data-card="r"]')!).getByTestId('card-move');
    select.focus();
    await user.selectOptions(select, 'at_risk');
    expect(onmove).toHaveBeenCalledWith('g', 'r', 'at_risk');
    expect(await screen.findByText('MRR moved to At risk.')).toHaveAttribute('aria-live', 'polite');
    const moved = container.querySelector<HTMLElement>('section[data-status="at_risk"] [data-card="r"]')!;
    expect(moved.dataset.override).toBe('at_risk');
    expect(document.activeElement).toBe(within(moved).getByTestId('card-move'));
  });
});
