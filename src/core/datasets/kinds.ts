// Dataset kinds and their canonical fields (datasets.md §4). The field names here are the
// column names of stored frames and the vocabulary of the metrics engine.

export const DATASET_KINDS = [
  'subscriptions',
  'leads',
  'nps',
  'events',
  'costs',
  'monthly_sheet',
  'balance_sheet',
] as const;

export type DatasetKind = (typeof DATASET_KINDS)[number];

/** How a canonical field is stored. */
export type FieldType = 'id' | 'text' | 'time' | 'number' | 'bool';

/**
 * Stored column types per canonical field:
 * - subscriptions: customer_id, subscription_id, plan, status, currency, interval_unit (text: day|week|month|year)
 *   start, end, trial_end (time); amount, quantity, interval_count, discount_percent, mrr (number);
 *   is_trial (number 1/0). Baremetrics cents are already divided by 100; `quarterly` is already
 *   month × 3 in interval_unit/interval_count. Stripe's `Canceled At` has already become `end`
 *   where it applies. Any other categorical column mapped on subscriptions is kept as text
 *   under its header text (for segment filters).
 * - leads: lead_id, source (text); created_at, pql_at, converted_at (time)
 * - nps: respondent_id, comment (text); responded_at (time); score (number, integer 0–10)
 * - events: user_id, event (text); timestamp (time)
 * - costs: month (time: first instant of the month); category (text: sales|marketing|other
 *   already normalised); amount (number). The wide form is stored in this long shape.
 * - monthly_sheet: month (time: first instant of the month); known numeric columns by canonical
 *   name (mrr, revenue, customers, …); every other numeric column under its header text.
 * - balance_sheet: period_end (time); the ratio inputs (number). A transposed sheet is stored
 *   in this row-per-period shape.
 */
/**
 * Fields recognised and mapped (detection, the preview) but not stored: no KPI reads them, and a
 * distinct string per row would cost every import and every read of the workspace.
 */
export const NOT_STORED: Partial<Record<DatasetKind, ReadonlySet<string>>> = {
  subscriptions: new Set(['subscription_id']),
};

export const FIELD_TYPES: Record<DatasetKind, Record<string, FieldType>> = {
  subscriptions: {
    customer_id: 'id',
    subscription_id: 'id',
    plan: 'text',
    start: 'time',
    end: 'time',
    trial_end: 'time',
    status: 'text',
    amount: 'number',
    quantity: 'number',
    interval_unit: 'text',
    interval_count: 'number',
    currency: 'text',
    discount_percent: 'number',
    mrr: 'number',
    is_trial: 'bool',
  },
  leads: { lead_id: 'id', created_at: 'time', pql_at: 'time', converted_at: 'time', source: 'text' },
  nps: { respondent_id: 'id', responded_at: 'time', score: 'number', comment: 'text' },
  events: { user_id: 'id', timestamp: 'time', event: 'text' },
  costs: { month: 'time', category: 'text', amount: 'number' },
  monthly_sheet: {
    month: 'time',
    mrr: 'number',
    revenue: 'number',
    customers: 'number',
    new_customers: 'number',
    churned_customers: 'number',
    users: 'number',
    visitors: 'number',
    conversions: 'number',
    sales_cost: 'number',
    marketing_cost: 'number',
    nps: 'number',
  },
  balance_sheet: {
    period_end: 'time',
    current_assets: 'number',
    current_liabilities: 'number',
    cash: 'number',
    marketable_securities: 'number',
    accounts_receivable: 'number',
    inventory: 'number',
    total_assets: 'number',
    total_liabilities: 'number',
    total_debt: 'number',
    total_equity: 'number',
    ebit: 'number',
    interest_expense: 'number',
  },
};
