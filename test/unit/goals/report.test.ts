// `npm run report --goals`: the stored document read and validated, judged like the app.
import { describe, expect, it } from 'vitest';
import { goalsReport, kpiDataOfMonths, readGoalsDocument } from '../../../src/core/goals/report.ts';
import { parseReportArgs } from '../../../src/cli/args.ts';
import { goal, keep, reach } from './goal-fixtures.ts';

describe('goals document', () => {
  it('is an array of goals or {goals: [...]}', () => {
    const g = goal([reach()]);
    expect(readGoalsDocument([g])).toEqual([g]);
    expect(readGoalsDocument({ goals: [g] })).toEqual([g]);
  });

  it('is refused with the goal and the field that is wrong', () => {
    expect(() => readGoalsDocument([goal([reach()]), { ...goal([reach()]), due: '31/12/2025' }])).toThrow(
      /goal 2 \(due\)/,
    );
    expect(() => readGoalsDocument({ nope: 1 })).toThrow(/array of goals/);
  });

  it('is judged on the report months: status, progress, current and forecast per target', () => {
    const months = {
      '2025-02': { mrr: 1100, customer_churn_rate: 4 },
      '2025-01': { mrr: 1000, customer_churn_rate: 2 },
      '2025-03': { mrr: 1200, customer_churn_rate: null },
    };
    const data = kpiDataOfMonths(months);
    expect(data.months).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(data.values.customer_churn_rate).toEqual([2, 4, null]);
    const g = goal([
      reach({ id: 'a', kpi: 'mrr', from: 1000, to: 2000 }),
      keep({ id: 'b', kpi: 'customer_churn_rate', direction: 'at_most', threshold: 3 }),
    ]);
    const [r] = goalsReport([g], data, 0);
    // mrr: 1200 → 20 %; +100 a month → 2000 in November, 2100 in December (the due month).
    expect(r.targets[0]).toMatchObject({ id: 'a', current: 1200, forecast_month: '2025-11' });
    expect(r.targets[0].progress).toBeCloseTo(0.2, 12);
    expect(r.targets[0].forecast_value).toBeCloseTo(2100, 6);
    // churn: 2 holds, 4 fails (March has no value) → at risk, half the months held.
    expect(r.targets[1]).toEqual({
      id: 'b',
      status: 'at_risk',
      progress: 0.5,
      current: 4,
      forecast_value: null,
      forecast_month: null,
    });
    expect(r.status).toBe('at_risk');
  });

  it('is named on the command line with --goals', () => {
    expect(parseReportArgs(['--goals', 'g.json', 'a.csv']).goalsPath).toBe('g.json');
    expect(parseReportArgs(['a.csv']).goalsPath).toBeUndefined();
  });
});
