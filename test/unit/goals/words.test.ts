// Why a target has its status, in words with the numbers (English catalogue).
import { describe, expect, it } from 'vitest';
import { evaluateGoal } from '../../../src/core/goals/evaluate.ts';
import { catalogues } from '../../../src/i18n/all.ts';
import { whyText } from '../../../src/ui/goals/words.ts';
import { goal, keep, reach } from './goal-fixtures.ts';

const t = catalogues.en;

describe('why in words', () => {
  it('says how far behind the time elapsed a target is', () => {
    // 40 % done at 52 % of a 100-day goal: day 52 of 2025-01-01 … 2025-04-10.
    const target = reach({ from: 0, to: 10, checkIns: [{ date: '2025-01-01', value: 4, note: '' }] });
    const g = goal([target], { start: '2025-01-01', due: '2025-04-10' });
    const e = evaluateGoal(g, { months: [], values: {} }, Date.UTC(2025, 0, 1) + 52 * 86_400_000);
    expect(e.targets[0].status).toBe('at_risk');
    expect(whyText(t, target, e.targets[0], g.start, 'USD')).toBe(
      '12 points behind the time elapsed: 40% done, 52% of the time gone.',
    );
  });

  it('says which month fails a keep target and for how long', () => {
    const target = keep({ kpi: 'customer_churn_rate', direction: 'at_most', threshold: 3 });
    const g = goal([target]);
    const data = { months: ['2025-10', '2025-11'], values: { customer_churn_rate: [3.2, 3.4] } };
    const e = evaluateGoal(g, data, 0);
    expect(e.targets[0].status).toBe('off_track');
    expect(whyText(t, target, e.targets[0], g.start, 'USD')).toBe(
      'Customer churn rate 3.4% in November 2025 is above 3%, the second month in a row.',
    );
  });
});
