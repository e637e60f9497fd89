// Files in the shapes people really export (written for this test in test/fixtures/real-exports/),
// imported through the page: each gets the kind, mapping and values a person would expect, or a
// clear refusal (datasets.md §8).
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const DIR = resolve('test/fixtures/real-exports');

function preview(page: Page, name: string): Locator {
  return page.locator(`[data-testid="import-preview"][data-file="${name}"]`);
}

async function add(page: Page, names: string[]): Promise<void> {
  await page.goto('#/import');
  await page.getByTestId('import-input').setInputFiles(names.map((n) => join(DIR, n)));
  await expect(page.getByTestId('import-preview')).toHaveCount(names.length);
}

async function confirm(page: Page): Promise<void> {
  const button = page.getByTestId('import-confirm');
  await expect(button).toBeEnabled({ timeout: 20_000 });
  await button.click();
}

async function expectDone(page: Page, name: string, rows: number, rejected: number): Promise<void> {
  const done = page.locator(`[data-testid="import-done"][data-file="${name}"]`);
  await expect(done, name).toBeVisible({ timeout: 30_000 });
  await expect(done, name).toHaveAttribute('data-rows', String(rows));
  await expect(done, name).toHaveAttribute('data-rejected', String(rejected));
}

async function expectMapping(p: Locator, mapping: Record<string, string>): Promise<void> {
  for (const [field, header] of Object.entries(mapping))
    await expect(p.locator(`select[data-field="${field}"]`), field).toHaveValue(header);
}

async function kpi(page: Page, period: string, id: string): Promise<number> {
  await page.goto(`#/?period=${period}`);
  const card = page.locator(`[data-kpi="${id}"]`).first();
  await expect(card).toHaveAttribute('data-value', /./, { timeout: 30_000 });
  return Number(await card.getAttribute('data-value'));
}

test('recognises each real-export shape with the mapping a person expects', async ({ page }) => {
  test.setTimeout(120_000);
  const files = [
    'channel_spend.csv',
    'daily_ad_spend.csv',
    'olist_leads.csv',
    'monthly_total_customers.csv',
    'monthly_twice.csv',
    'yahoo_balance_sheet.csv',
    'screener_balance_sheet.csv',
    'year_colon_balance_sheet.csv',
    'neraca.csv',
  ];
  await add(page, files);
  const kinds: Record<string, string> = {
    'channel_spend.csv': 'costs',
    'daily_ad_spend.csv': 'costs',
    'olist_leads.csv': 'leads',
    'monthly_total_customers.csv': 'monthly_sheet',
    'monthly_twice.csv': 'monthly_sheet',
    'yahoo_balance_sheet.csv': 'balance_sheet',
    'screener_balance_sheet.csv': 'balance_sheet',
    'year_colon_balance_sheet.csv': 'balance_sheet',
    'neraca.csv': 'balance_sheet',
  };
  for (const [name, kind] of Object.entries(kinds))
    await expect(preview(page, name).getByTestId('preview-kind'), name).toHaveValue(kind, {
      timeout: 20_000,
    });
  await expectMapping(preview(page, 'channel_spend.csv'), {
    month: 'month',
    category: 'channel',
    amount: 'spend',
  });
  await expectMapping(preview(page, 'daily_ad_spend.csv'), {
    month: 'day',
    category: 'channel',
    amount: 'spend',
  });
  await expectMapping(preview(page, 'olist_leads.csv'), {
    lead_id: 'mql_id',
    created_at: 'first_contact_date',
    source: 'origin',
  });
  await expectMapping(preview(page, 'monthly_total_customers.csv'), { customers: 'Total_Customers' });
  await expectMapping(preview(page, 'yahoo_balance_sheet.csv'), {
    cash: 'Cash And Cash Equivalents',
    total_liabilities: 'Total Liabilities Net Minority Interest',
    total_equity: 'Total Equity Gross Minority Interest',
  });
  await expectMapping(preview(page, 'year_colon_balance_sheet.csv'), {
    period_end: 'Year:',
    current_assets: 'Current Assets:',
    total_equity: "Total Stockholders' Equity:",
  });
  await expectMapping(preview(page, 'neraca.csv'), {
    period_end: 'tahun',
    current_assets: 'aset_lancar',
    current_liabilities: 'kewajiban_lancar',
  });
  await expect(preview(page, 'yahoo_balance_sheet.csv')).toContainText(
    'columns that are no period left out: TTM',
  );
  await expect(preview(page, 'screener_balance_sheet.csv')).toContainText(
    'title rows above the header left out',
  );
  await confirm(page);
  await expectDone(page, 'channel_spend.csv', 8, 0);
  await expectDone(page, 'daily_ad_spend.csv', 6, 0);
  await expectDone(page, 'olist_leads.csv', 5, 0);
  await expectDone(page, 'monthly_total_customers.csv', 3, 0);
  await expectDone(page, 'monthly_twice.csv', 2, 1);
  await expectDone(page, 'yahoo_balance_sheet.csv', 2, 0);
  await expectDone(page, 'screener_balance_sheet.csv', 3, 0);
  await expectDone(page, 'year_colon_balance_sheet.csv', 2, 0);
  await expectDone(page, 'neraca.csv', 2, 0);
});

test('a channel spend file reaches marketing costs, every row of the month summed', async ({ page }) => {
  await add(page, ['channel_spend.csv']);
  await confirm(page);
  await expectDone(page, 'channel_spend.csv', 8, 0);
  // January: google 400 + facebook 300 + linkedin 500 are marketing; the Sales row is sales.
  expect(await kpi(page, '2023-01', 'marketing_cost')).toBe(1200);
  expect(await kpi(page, '2023-01', 'sales_cost')).toBe(400);
});

test('plan_amount in cents gives MRR in currency units', async ({ page }) => {
  await add(page, ['stripe_api_cents.csv']);
  const p = preview(page, 'stripe_api_cents.csv');
  await expect(p.getByTestId('preview-kind')).toHaveValue('subscriptions', { timeout: 20_000 });
  await expect(p).toContainText('amounts read as cents (plan_amount)');
  await expect(p.getByTestId('import-cents')).toBeChecked();
  await confirm(page);
  await expectDone(page, 'stripe_api_cents.csv', 3, 0);
  // 25 (monthly) + 240 / 12 (yearly) + 2 × 25 (two seats) = 95 at the end of January.
  expect(await kpi(page, '2023-01', 'mrr')).toBeCloseTo(95, 9);
});

test('a template explanation row is rejected and asks for no conversion rate', async ({ page }) => {
  await add(page, ['baremetrics_template.csv']);
  await confirm(page);
  await expectDone(page, 'baremetrics_template.csv', 3, 1);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // End of February: 49 + 19 (ends 5 March) + 2 × 49 = 166.
  expect(await kpi(page, '2023-02', 'mrr')).toBeCloseTo(166, 9);
});

test('a transposed balance sheet gives its ratios, TTM left out', async ({ page }) => {
  await add(page, ['yahoo_balance_sheet.csv']);
  await confirm(page);
  await expectDone(page, 'yahoo_balance_sheet.csv', 2, 0);
  expect(await kpi(page, '2022-12', 'current_ratio')).toBe(2);
  // Cash 600,000 + receivables 400,000 (no securities: counted as 0) over 1,000,000.
  expect(await kpi(page, '2022-12', 'quick_ratio')).toBe(1);
});

test('refuses what is not a dataset, saying what it is and what is missing', async ({ page }) => {
  await add(page, ['stripe_no_price.csv', 'feature_usage.csv', 'stripe_payments.csv']);
  await expect(preview(page, 'stripe_no_price.csv').getByTestId('preview-no-kind')).toContainText(
    'this Stripe subscriptions export has no Amount and Interval columns; export it with the price columns',
    { timeout: 20_000 },
  );
  // Never read as leads.
  await expect(preview(page, 'stripe_no_price.csv').getByTestId('preview-kind')).not.toHaveValue('leads');
  await expect(preview(page, 'feature_usage.csv').getByTestId('preview-no-kind')).toContainText(
    'looks like product events: found usage_date (time) and feature_name (event); missing: a user column',
  );
  await expect(preview(page, 'stripe_payments.csv').getByTestId('preview-no-kind')).toContainText(
    'this is a payments export',
  );
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
});
