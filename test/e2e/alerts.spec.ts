// Alerts end to end on the public fixtures: rules made through the form, the alerts they raise
// against an independent reading of metrics.md §16 over expected.json, the unread count, the
// live preview, a snoozed rule across an import, and axe on #/alerts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const FIXTURES = resolve('test/fixtures/public');
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  files: { name: string }[];
  months: Record<string, Record<string, number | null>>;
};
const MONTHS = Object.keys(EXPECTED.months).sort();
const series = (kpi: string) => MONTHS.map((m) => EXPECTED.months[m][kpi] ?? null);

type Event = { month: string; state: 'raised' | 'resolved' };

/** §16 read again, separately from the app: run counting, null keeps state, recover_at. */
function expectedEvents(
  values: (number | null)[],
  meets: (v: number, previous: number | null) => boolean,
  n: number,
  recovers?: (v: number) => boolean,
): Event[] {
  const out: Event[] = [];
  let run = 0;
  let firing = false;
  values.forEach((v, k) => {
    const previous = k > 0 ? values[k - 1] : null;
    const holds = v !== null && meets(v, previous);
    run = holds ? run + 1 : 0;
    let next: boolean;
    if (!firing) next = run >= n;
    else if (v === null) next = true;
    else next = recovers ? !recovers(v) : holds;
    if (next !== firing) out.push({ month: MONTHS[k], state: next ? 'raised' : 'resolved' });
    firing = next;
  });
  return out;
}

async function importFiles(page: Page, names: string[]): Promise<void> {
  await page.goto('./#/import');
  await page.getByTestId('import-input').setInputFiles(names.map((n) => join(FIXTURES, n)));
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeEnabled({ timeout: 30_000 });
  await confirm.click();
  for (const name of names)
    await expect(page.locator(`[data-testid="import-done"][data-file="${name}"]`)).toBeVisible({
      timeout: 60_000,
    });
}

async function alertsOf(page: Page, kpi: string): Promise<Event[]> {
  return page.evaluate(
    (k) =>
      [...document.querySelectorAll<HTMLElement>(`[data-alert][data-kpi="${k}"]`)]
        .map((el) => ({ month: el.dataset.month!, state: el.dataset.state as 'raised' | 'resolved' }))
        .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)),
    kpi,
  );
}

// Churn above 4.5 % for 1 month, resolved only at 3 % or less.
const CHURN = expectedEvents(
  series('customer_churn_rate'),
  (v) => v > 4.5,
  1,
  (v) => v <= 3,
);
// MRR rising by 10 % or more of the previous month, when MRR is at least 5,000, 2 months running.
const MRR = expectedEvents(
  series('mrr'),
  (v, p) => p !== null && p !== 0 && Math.abs(v) >= 5000 && ((v - p) / Math.abs(p)) * 100 >= 10,
  2,
);

test('rules made through the form raise the alerts §16 gives, with a live preview and an unread count', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The rules are made "on 15 June 2025": alerts for months that ended before are history.
  await importFiles(
    page,
    EXPECTED.files.map((f) => f.name),
  );
  await page.clock.setFixedTime(new Date('2025-06-15T12:00:00Z'));
  await page.goto('./#/alerts');
  await expect(page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeVisible();
  expect(CHURN.length).toBeGreaterThan(3);
  expect(MRR.length).toBeGreaterThan(1);

  await page.getByTestId('alert-new').click();
  await page.getByTestId('alert-kpi').selectOption('customer_churn_rate');
  await page.getByTestId('alert-type').selectOption('threshold');
  await page.getByTestId('alert-op').selectOption('>');
  await page.getByTestId('alert-value').fill('4.5');
  await page.getByTestId('alert-for').fill('1');
  const preview = page.getByTestId('alert-preview');
  // Without a recovery level the rule flaps more often than with one.
  const flapping = expectedEvents(series('customer_churn_rate'), (v) => v > 4.5, 1).filter(
    (e) => e.state === 'raised',
  );
  await expect(preview).toHaveAttribute('data-count', String(flapping.length));
  await page.getByTestId('alert-recover').fill('3');
  const raised = CHURN.filter((e) => e.state === 'raised').map((e) => e.month);
  await expect(preview).toHaveAttribute('data-months', raised.join(','));
  await expect(preview).toContainText(`Would have fired ${raised.length} times:`);
  await expect(preview).toContainText('Feb 2024');
  await page.getByTestId('alert-save').click();
  // The form closes once the rule is stored; a New rule click before that would be closed with it.
  await expect(page.getByTestId('alert-kpi')).toHaveCount(0);

  await page.getByTestId('alert-new').click();
  await page.getByTestId('alert-kpi').selectOption('mrr');
  await page.getByTestId('alert-type').selectOption('change');
  await page.getByTestId('alert-direction').selectOption('rises_by');
  await page.getByTestId('alert-by').fill('10');
  await page.getByTestId('alert-percent').check();
  await page.getByTestId('alert-min').fill('5000');
  await page.getByTestId('alert-for').fill('2');
  await expect(preview).toHaveAttribute('data-count', String(MRR.filter((e) => e.state === 'raised').length));
  await page.getByTestId('alert-save').click();

  await expect.poll(() => alertsOf(page, 'customer_churn_rate'), { timeout: 20_000 }).toEqual(CHURN);
  await expect.poll(() => alertsOf(page, 'mrr'), { timeout: 20_000 }).toEqual(MRR);

  const unread = [...CHURN, ...MRR].filter((e) => e.month >= '2025-06').length;
  expect(unread).toBeGreaterThan(0);
  await expect(page.getByTestId('alerts-unread')).toHaveAttribute('data-count', String(unread), {
    timeout: 20_000,
  });
  // On every view, and after a reload.
  await page.goto('./#/settings');
  await expect(page.getByTestId('alerts-unread')).toHaveAttribute('data-count', String(unread), {
    timeout: 20_000,
  });
  await page.goto('./#/alerts');
  await page.getByTestId('alerts-all-read').click();
  await expect(page.getByTestId('alerts-unread')).toHaveAttribute('data-count', '0');

  // The link of an alert opens the dashboard on its month, with its KPI's card in view.
  const link = page.locator('[data-alert][data-kpi="mrr"]').first().getByTestId('alert-link');
  await expect(link).toHaveAttribute('href', `#/?period=${MRR.at(-1)!.month}&kpi=mrr`);
  await link.click();
  await expect(page.getByTestId('period')).toHaveValue(MRR.at(-1)!.month);
  await expect(page.locator('[data-kpi="mrr"]')).toBeInViewport();
  await expect(page.locator('[data-kpi="mrr"]')).toBeFocused();
});

test('a snoozed rule raises nothing on an import, an awake one does', async ({ page }) => {
  test.setTimeout(180_000);
  const withoutNps = EXPECTED.files.map((f) => f.name).filter((n) => n !== 'nps.csv');
  await importFiles(page, withoutNps);
  await page.goto('./#/alerts');
  for (let i = 0; i < 2; i++) {
    await page.getByTestId('alert-new').click();
    await page.getByTestId('alert-kpi').selectOption('nps');
    await page.getByTestId('alert-op').selectOption('>=');
    await page.getByTestId('alert-value').fill('-100');
    await expect(page.getByTestId('alert-preview')).toContainText('no values yet');
    await page.getByTestId('alert-save').click();
  }
  const rules = page.locator('[data-rule][data-kpi="nps"]');
  await expect(rules).toHaveCount(2);
  const [snoozed, awake] = await rules.evaluateAll((els) =>
    els.map((el) => (el as HTMLElement).dataset.rule!),
  );
  await rules.first().getByTestId('rule-snooze').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Snooze' }).click();
  await expect(rules.first()).toHaveAttribute('data-snoozed', 'true');

  await importFiles(page, ['nps.csv']);
  await page.goto('./#/alerts');
  await expect(page.locator(`[data-alert="${awake}"]`).first()).toBeVisible({ timeout: 20_000 });
  const firstNps = MONTHS.find((m) => EXPECTED.months[m].nps !== null);
  await expect(page.locator(`[data-alert="${awake}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-alert="${awake}"]`)).toHaveAttribute('data-month', firstNps!);
  await expect(page.locator(`[data-alert="${snoozed}"]`)).toHaveCount(0);
});

test('#/alerts has no serious or critical axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await importFiles(page, ['subscriptions_stripe.csv']);
  await page.goto('./#/alerts');
  await page.getByTestId('alerts-suggest').click();
  await expect(page.locator('[data-alert]').first()).toBeVisible();
  await page.getByTestId('alert-new').click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const blocking = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(blocking, colorScheme).toEqual([]);
  }
});
