// §11 forecast: OLS on the last 6 months' values, projection at the due month, crossing month.
import { describe, expect, it } from 'vitest';
import { crossingMonth, fitLine, forecast } from '../../../src/core/goals/forecast.ts';
import { monthIndex } from '../../../src/core/goals/dates.ts';

const months = (first: string, ...values: number[]) => {
  const [y, m] = first.split('-').map(Number);
  return values.map((value, i) => {
    const k = y * 12 + m - 1 + i;
    return { month: `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`, value };
  });
};

describe('forecast on exact linear data', () => {
  // 120, 140, …, 220 from January to June 2025: 20 a month.
  const points = months('2025-01', 120, 140, 160, 180, 200, 220);

  it('recovers the line and projects it to the due month', () => {
    const f = forecast(points, 300, 'up', '2025-06', '2025-12', 220)!;
    expect(f.b).toBeCloseTo(20, 9);
    // 220 in June + 6 months × 20.
    expect(f.value).toBeCloseTo(340, 6);
    // 220 + 20k ≥ 300 → k = 4 months after June.
    expect(f.month).toBe('2025-10');
  });

  it('a crossing landing exactly on a month counts that month', () => {
    expect(forecast(points, 280, 'up', '2025-06', '2025-12', 220)!.month).toBe('2025-09');
  });

  it('going down towards a lower target', () => {
    const down = months('2025-01', 8, 7.5, 7, 6.5, 6, 5.5);
    const f = forecast(down, 3, 'down', '2025-06', '2026-03', 5.5)!;
    // 5.5 − 0.5k ≤ 3 → k = 5 → November.
    expect(f.month).toBe('2025-11');
    // March 2026 is 9 months after June: 5.5 − 4.5.
    expect(f.value).toBeCloseTo(1, 9);
  });
});

describe('forecast on noisy data', () => {
  it('matches the closed-form least squares (n Σxy − Σx Σy)/(n Σx² − (Σx)²)', () => {
    const ys = [10, 14, 11, 17, 16, 20];
    const points = months('2025-01', ...ys);
    // By hand on x = 0…5: Σx 15, Σx² 55, Σy 88, Σxy 251.
    const b = (6 * 251 - 15 * 88) / (6 * 55 - 15 * 15); // 186/105
    const a = (88 - b * 15) / 6;
    expect(b).toBeCloseTo(1.7714285714, 9);
    const f = forecast(points, 25, 'up', '2025-06', '2025-12', 20)!;
    expect(f.b).toBeCloseTo(b, 9);
    // December is x = 11.
    expect(f.value).toBeCloseTo(a + b * 11, 9);
    expect(f.value).toBeCloseTo(29.7238095, 6);
    // (25 − a)/b = 8.33 → x = 9 → October.
    expect(f.month).toBe('2025-10');
  });

  it('the intercept is the line at the absolute month number', () => {
    const line = fitLine(months('2025-01', 10, 14, 11).map((p) => ({ x: monthIndex(p.month), y: p.value })))!;
    // x = 0,1,2 relative: b = 0.5, mean 35/3 at x = 1.
    expect(line.b).toBeCloseTo(0.5, 12);
    expect(line.a + line.b * monthIndex('2025-02')).toBeCloseTo(35 / 3, 9);
  });
});

describe('no crossing month', () => {
  const line = { a: 0, b: -2 };

  it('when the slope points away from the target', () => {
    expect(crossingMonth(line, 300, 'up', '2025-06', 200)).toBeNull();
    expect(crossingMonth({ a: 0, b: 2 }, 3, 'down', '2025-06', 5)).toBeNull();
  });

  it('when the line is flat', () => {
    const f = forecast(months('2025-01', 50, 50, 50), 60, 'up', '2025-03', '2025-12', 50)!;
    expect(f.b).toBe(0);
    expect(f.value).toBe(50);
    expect(f.month).toBeNull();
  });

  it('when the target is already reached', () => {
    const f = forecast(months('2025-01', 100, 200, 310), 300, 'up', '2025-03', '2025-12', 310)!;
    expect(f.month).toBeNull();
    expect(f.value).toBeGreaterThan(300);
  });
});

describe('forecast points', () => {
  it('needs at least 3 values', () => {
    expect(forecast(months('2025-05', 1, 2), 10, 'up', '2025-06', '2025-12', 2)).toBeNull();
  });
});

describe('a slow, steady trend', () => {
  // §11: the crossing is none only when the target is already reached, b = 0 or b points away.
  // By hand: 10,000 / 10,010 / 10,020 in April–June 2025, b = +10 a month; 10,020 + 10k ≥ 25,000
  // first at k = 1,498 months after June 2025: April 2150.
  it('still has a crossing month, however far away', () => {
    const f = forecast(months('2025-04', 10_000, 10_010, 10_020), 25_000, 'up', '2025-06', '2025-12', 10_020);
    expect(f?.b).toBeCloseTo(10, 9);
    expect(f?.month).toBe('2150-04');
  });

  it('has none past 9999-12, the last month a YYYY-MM label can name', () => {
    const f = forecast(
      months('2025-04', 10_000, 10_000.001, 10_000.002),
      25_000,
      'up',
      '2025-06',
      '2025-12',
      10_000,
    );
    expect(f?.month).toBeNull();
  });
});
