// Goals and the board end to end on the public fixtures: goals made through the form, their
// statuses, progress, current values and forecasts against numbers worked out here from
// expected.json (a few lines of their own, not the app's code); a keyboard move on the board that
// survives a reload; "Start from benchmarks"; axe on both views.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

test.setTimeout(180_000);

const FIXTURES = resolve('test/fixtures/public');
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  files: { name: string }[];
  months: Record<string, Record<string, number | null>>;
};
const MONTHS = Object.keys(EXPECTED.months).sort();
const LATEST = MONTHS[MONTHS.length - 1];
const value = (month: string, kpi: string) => EXPECTED.months[month]?.[kpi] ?? null;
/** Month arithmetic on `YYYY-MM`. */
const shift = (month: string, k: number) => {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - 1 + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const endOfMonth = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 1) - 1;

async function importAll(page: Page): Promise<void> {
  await page.goto('./#/import');
  await page.getByTestId('import-input').setInputFiles(EXPECTED.files.map((f) => join(FIXTURES, f.name)));
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeEnabled({ timeout: 30_000 });
  await confirm.click();
  for (const f of EXPECTED.files)
    await expect(page.locator(`[data-testid="import-done"][data-file="${f.name}"]`)).toBeVisible({
      timeout: 60_000,
    });
}

async function createGoal(
  page: Page,
  goal: { name: string; start: string; due: string },
  target: { kind: string; kpi: string; from?: string; to: string; direction?: string },
): Promise<Locator> {
  await page.getByTestId('goal-new').click();
  await page.getByTestId('goal-name').fill(goal.name);
  await page.getByTestId('goal-start').fill(goal.start);
  await page.getByTestId('goal-due').fill(goal.due);
  const row = page.getByTestId('target-row').first();
  await row.getByTestId('target-kind').selectOption(target.kind);
  await row.getByTestId('target-kpi').selectOption(target.kpi);
  if (target.from !== undefined) await row.getByTestId('target-from').fill(target.from);
  if (target.direction) await row.getByTestId('target-direction').selectOption(target.direction);
  await row.getByTestId('target-to').fill(target.to);
  await page.getByTestId('goal-save').click();
  const card = page.locator('[data-goal]').filter({ has: page.getByRole('heading', { name: goal.name }) });
  await expect(card).toBeVisible({ timeout: 15_000 });
  return card;
}

const near = (got: string | null, want: number) =>
  Math.abs(Number(got) - want) <= 1e-6 * Math.max(1, Math.abs(want));

test('goals follow the data, the board moves by keyboard, benchmarks fill it', async ({ page }) => {
  await importAll(page);
  await page.goto('./#/goals');

  // MRR from 10,000 to 50,000, 1 Jan 2025 to 30 June 2026; judged at the end of the data's last month.
  const s = 10000;
  const t = 50000;
  const start = Date.UTC(2025, 0, 1);
  const due = Date.UTC(2026, 5, 30) + 86_400_000 - 1;
  const d = endOfMonth(LATEST);
  const v = value(LATEST, 'mrr')!;
  const progress = Math.min(1, Math.max(0, (v - s) / (t - s)));
  const behind = ((d - start) / (due - start) - progress) * 100;
  const status =
    progress === 1
      ? 'complete'
      : d > due || behind >= 25
        ? 'off_track'
        : behind >= 10
          ? 'at_risk'
          : 'on_track';
  // Least squares on the last 6 months, x = 0…5; the due month June 2026 is x = 11.
  const ys = [5, 4, 3, 2, 1, 0].map((k) => value(shift(LATEST, -k), 'mrr')!);
  const xs = ys.map((_, i) => i);
  const n = ys.length;
  const sx = xs.reduce((a, b) => a + b, 0);
  const sy = ys.reduce((a, b) => a + b, 0);
  const sxy = xs.reduce((a, x, i) => a + x * ys[i], 0);
  const sxx = xs.reduce((a, x) => a + x * x, 0);
  const b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const a = (sy - b * sx) / n;
  const dueX = 5 + 12 * (2026 - Number(LATEST.slice(0, 4))) + 6 - Number(LATEST.slice(5));
  let cross = '';
  if (v < t && b > 0) for (let x = 6; !cross; x++) if (a + b * x >= t) cross = shift(LATEST, x - 5);

  const mrrGoal = await createGoal(
    page,
    { name: 'MRR 50k', start: '2025-01-01', due: '2026-06-30' },
    { kind: 'reach', kpi: 'mrr', from: '10000', to: '50000' },
  );
  const mrrTarget = mrrGoal.locator('[data-target]');
  await expect(mrrTarget).toHaveAttribute('data-status', status);
  await expect(mrrGoal).toHaveAttribute('data-status', status);
  expect(near(await mrrTarget.getAttribute('data-progress'), progress)).toBe(true);
  expect(near(await mrrGoal.getAttribute('data-progress'), progress)).toBe(true);
  expect(near(await mrrTarget.getAttribute('data-current'), v)).toBe(true);
  expect(near(await mrrTarget.getAttribute('data-forecast-value'), a + b * dueX)).toBe(true);
  await expect(mrrTarget).toHaveAttribute('data-forecast-month', cross);
  await expect(mrrGoal.getByText('projection', { exact: false }).first()).toBeVisible();

  // Keep customer churn at most 3 % over 2025 (decimal typed in English).
  const churn = MONTHS.filter((m) => m >= '2025-01' && m <= '2025-12')
    .map((m) => value(m, 'customer_churn_rate'))
    .filter((x): x is number => x !== null);
  const holdsAt = (x: number) => x <= 3;
  const keepProgress = churn.filter(holdsAt).length / churn.length;
  const lastTwo = churn.slice(-2);
  // d (end of December 2025) is the last millisecond of the due day: not after it.
  const keepStatus = holdsAt(lastTwo[1]) ? 'on_track' : holdsAt(lastTwo[0]) ? 'at_risk' : 'off_track';
  const churnGoal = await createGoal(
    page,
    { name: 'Churn under 3', start: '2025-01-01', due: '2025-12-31' },
    { kind: 'keep', kpi: 'customer_churn_rate', direction: 'at_most', to: '3.0' },
  );
  const churnTarget = churnGoal.locator('[data-target]');
  await expect(churnTarget).toHaveAttribute('data-status', keepStatus);
  expect(near(await churnTarget.getAttribute('data-progress'), keepProgress)).toBe(true);
  expect(near(await churnTarget.getAttribute('data-current'), lastTwo[1])).toBe(true);
  await expect(churnTarget).not.toHaveAttribute('data-forecast-month');

  // The board: five columns in order, one card per target.
  await page.goto('./#/board');
  await expect(page.locator('[data-status]').filter({ has: page.locator('h2') })).toHaveCount(5);
  const order = await page
    .locator('section[data-status]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(order).toEqual(['not_started', 'on_track', 'at_risk', 'off_track', 'complete']);
  const card = page.locator('[data-card][data-kpi="mrr"]');
  await expect(card).toHaveAttribute('data-override', '');
  await expect(page.locator(`section[data-status="${status}"] [data-kpi="mrr"]`)).toBeVisible();

  // Move it by keyboard to another column: announced, kept after a reload.
  const to = status === 'at_risk' ? 'on_track' : 'at_risk';
  const move = card.getByTestId('card-move');
  await move.focus();
  await move.selectOption(to);
  await expect(page.locator(`section[data-status="${to}"] [data-kpi="mrr"]`)).toBeVisible();
  await expect(page.getByTestId('board-announce')).toContainText('MRR');
  await expect(page.locator('[data-card][data-kpi="mrr"] [data-testid="card-move"]')).toBeFocused();
  await page.reload();
  await expect(page.locator(`section[data-status="${to}"] [data-card][data-kpi="mrr"]`)).toHaveAttribute(
    'data-override',
    to,
  );
  await expect(page.locator('[data-card][data-kpi="mrr"]')).toContainText('Computed');

  // Reset to automatic: back in its computed column.
  await page.locator('[data-card][data-kpi="mrr"]').getByTestId('card-reset').click();
  await expect(page.locator(`section[data-status="${status}"] [data-card][data-kpi="mrr"]`)).toHaveAttribute(
    'data-override',
    '',
  );

  for (const hash of ['#/goals', '#/board']) {
    await page.goto(`./${hash}`);
    await expect(page.locator('h1')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const blocking = results.violations
      .filter((x) => x.impact === 'serious' || x.impact === 'critical')
      .map((x) => `${x.id}: ${x.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(blocking, hash).toEqual([]);
  }

  // Delete both goals, then start from benchmarks: the board fills with started KPIs.
  await page.goto('./#/goals');
  for (const name of ['MRR 50k', 'Churn under 3']) {
    const goal = page.locator('[data-goal]').filter({ has: page.getByRole('heading', { name }) });
    await goal.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(goal).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Start from benchmarks' }).click();
  await expect(page.locator('[data-goal]')).toHaveCount(1);
  await page.goto('./#/board');
  await expect(page.locator('[data-card]')).toHaveCount(11);
  const started = page.locator(
    'section[data-status="on_track"] [data-card], section[data-status="at_risk"] [data-card], section[data-status="off_track"] [data-card]',
  );
  expect(await started.count()).toBeGreaterThan(0);
  await expect(
    page.locator('section[data-status] [data-card][data-kpi="customer_churn_rate"]'),
  ).toBeVisible();
});
