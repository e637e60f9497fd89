// Header synonyms per kind and field (datasets.md §4). Order matters twice: fields are matched in
// this order (a header serves one field), and within a field the synonym listed first wins.

import type { DatasetKind } from './kinds.ts';

export interface FieldSpec {
  field: string;
  /** Headers that name the field, best first; the field name itself is always first. */
  synonyms: readonly string[];
  required: boolean;
}

function f(field: string, required: boolean, ...synonyms: string[]): FieldSpec {
  return { field, required, synonyms: [field, ...synonyms] };
}

/** Not stored: Stripe's `Canceled At`, read only to complete `end` (see normalise rules). */
export const CANCELED_AT = 'canceled_at';

export const KIND_FIELDS: Record<DatasetKind, readonly FieldSpec[]> = {
  subscriptions: [
    f(
      'customer_id',
      true,
      'Customer ID',
      'customer',
      'customer_oid',
      'account_id',
      'id pelanggan',
      'id klienta',
    ),
    f('subscription_id', false, 'id', 'subscription_oid', 'subscription'),
    f('plan', false, 'Plan', 'plan_name', 'plan_tier', 'Product', 'paket', 'plan taryfowy'),
    // `Created` is a start only when nothing better exists: listing it last does exactly that.
    f(
      'start',
      true,
      'Start (UTC)',
      'Start Date (UTC)',
      'start_date',
      'subscription_started_at',
      'tanggal mulai',
      'data rozpoczęcia',
      'Created (UTC)',
    ),
    f(
      'end',
      false,
      'Ended At (UTC)',
      'end_date',
      'subscription_canceled_at',
      'tanggal berakhir',
      'data zakończenia',
    ),
    f('trial_end', false, 'Trial End (UTC)'),
    f('status', false, 'Status'),
    f('amount', true, 'Amount', 'plan_amount', 'price', 'harga', 'cena'),
    f('quantity', false, 'Quantity', 'seats', 'subscription_quantity', 'jumlah', 'ilość'),
    f('interval_unit', true, 'Interval', 'plan_interval', 'billing_frequency'),
    f('interval_count', false, 'Interval Count', 'plan_interval_count'),
    f('currency', false, 'Currency', 'plan_currency', 'mata uang', 'waluta'),
    f('discount_percent', false, 'discount', 'discount_percent'),
    f('mrr', true, 'mrr', 'mrr_amount', 'monthly_amount'),
    f('is_trial', false, 'is_trial'),
    f(CANCELED_AT, false, 'Canceled At (UTC)'),
  ],
  leads: [
    f('lead_id', true, 'id', 'email'),
    f('created_at', true, 'created', 'Lead created at', 'signup_date'),
    f('pql_at', false, 'pql_date', 'qualified_at'),
    f('converted_at', false, 'converted', 'paid_at', 'became_customer_at'),
    f('source', false, 'campaign', 'channel', 'referral_source', 'utm_source'),
  ],
  nps: [
    f('respondent_id', false),
    f('responded_at', true, 'date', 'submitted_at', 'tanggal', 'data'),
    f('score', true, 'nps', 'rating', 'skor', 'ocena'),
    f('comment', false),
  ],
  events: [
    f('user_id', true, 'distinct_id', 'user', 'account_id'),
    f('timestamp', true, 'time', 'event_time', 'created_at', 'date'),
    f('event', true, 'event_name', 'name', 'action', 'feature'),
  ],
  costs: [f('month', true, 'date'), f('category', true), f('amount', true)],
  monthly_sheet: [
    f('month', true, 'period', 'date', 'bulan', 'miesiąc'),
    f('mrr', false),
    f('revenue', false, 'pendapatan', 'przychód'),
    f('customers', false, 'pelanggan', 'klienci'),
    f('new_customers', false),
    f('churned_customers', false),
    f('users', false),
    f('visitors', false, 'pengunjung', 'odwiedzający'),
    f('conversions', false, 'konversi', 'konwersje'),
    f('sales_cost', false),
    f('marketing_cost', false),
    f('nps', false),
  ],
  balance_sheet: [
    f('period_end', true, 'date', 'as_of', 'tanggal', 'data'),
    f('current_assets', false, 'aset lancar', 'aktywa obrotowe'),
    f('current_liabilities', false, 'kewajiban lancar', 'zobowiązania krótkoterminowe'),
    f('cash', false, 'kas', 'gotówka'),
    f('marketable_securities', false),
    f('accounts_receivable', false, 'piutang', 'należności'),
    f('inventory', false, 'persediaan', 'zapasy'),
    f('total_assets', false, 'total aset', 'aktywa razem'),
    f('total_liabilities', false, 'total kewajiban', 'zobowiązania razem'),
    f('total_debt', false),
    f('total_equity', false, 'ekuitas', 'kapitał własny'),
    f('ebit', false),
    f('interest_expense', false, 'beban bunga', 'koszty odsetek'),
  ],
};

/**
 * Header matching key: case, spaces, `_`, `-` and text in parentheses do not matter. Diacritics
 * are folded too, since `ilosc` typed on an English keyboard still means `ilość`.
 */
export function headerKey(header: string): string {
  let s = header.toLowerCase();
  if (s.includes('(')) s = s.replace(/\([^)]*\)?/g, '');
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/[\s_-]+/g, '');
}

/** Cost category of a value or header prefix (datasets.md §4 costs); null when unknown. */
const CATEGORY: Map<string, 'sales' | 'marketing'> = new Map([
  ...['sales', 'penjualan', 'sprzedaż'].map((k) => [headerKey(k), 'sales'] as const),
  ...['marketing', 'pemasaran', 'ads', 'advertising', 'iklan', 'reklama'].map(
    (k) => [headerKey(k), 'marketing'] as const,
  ),
]);

export function costCategory(value: string): 'sales' | 'marketing' | 'other' {
  return CATEGORY.get(headerKey(value)) ?? 'other';
}

/** A wide-form cost column (`sales_cost`, `Marketing costs`…): its category, else null. */
export function wideCostCategory(header: string): 'sales' | 'marketing' | 'other' | null {
  const key = headerKey(header);
  const m = /^(.+?)costs?$/.exec(key);
  return m ? costCategory(m[1]) : null;
}
