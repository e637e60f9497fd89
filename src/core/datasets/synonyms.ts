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

/** A costs category column under one of these names is a marketing channel (datasets.md §8.3). */
export const CHANNEL_HEADERS: readonly string[] = ['channel', 'source', 'campaign'];

/** A costs amount under one of these names, with no category column, is marketing spend. */
export const SPEND_HEADERS: readonly string[] = ['spend', 'ad_spend', 'marketing_spend'];

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
      'started_at',
      'tanggal mulai',
      'data rozpoczęcia',
      'Created (UTC)',
      'created',
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
    f(
      'amount',
      true,
      'Amount',
      'plan_amount',
      'price',
      'harga',
      'cena',
      'kwota',
      'unit_amount',
      'amount_cents',
    ),
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
    f('lead_id', true, 'id', 'email', 'mql_id'),
    f('created_at', true, 'created', 'Lead created at', 'signup_date', 'first_contact_date', 'first_contact'),
    f('pql_at', false, 'pql_date', 'qualified_at'),
    f(
      'converted_at',
      false,
      'converted',
      'paid_at',
      'became_customer_at',
      'won_date',
      'closed_won_date',
      'won_at',
    ),
    f('source', false, 'campaign', 'channel', 'referral_source', 'utm_source', 'origin'),
  ],
  nps: [
    f('respondent_id', false),
    f('responded_at', true, 'date', 'submitted_at', 'tanggal', 'data'),
    f('score', true, 'nps', 'rating', 'skor', 'ocena'),
    f('comment', false),
  ],
  events: [
    f('user_id', true, 'distinct_id', 'user', 'account_id'),
    f('timestamp', true, 'time', 'event_time', 'created_at', 'date', 'usage_date', 'event_date'),
    f('event', true, 'event_name', 'name', 'action', 'feature', 'feature_name'),
  ],
  costs: [
    f('month', true, 'date', 'day', 'tanggal', 'bulan', 'miesiąc'),
    f('category', true, ...CHANNEL_HEADERS, 'kategori', 'kategoria'),
    f('amount', true, 'spend', 'cost', 'ad_spend', 'biaya', 'koszt', 'marketing_spend'),
  ],
  monthly_sheet: [
    f('month', true, 'period', 'date', 'bulan', 'miesiąc'),
    f('mrr', false),
    f('revenue', false, 'pendapatan', 'przychód'),
    f(
      'customers',
      false,
      'pelanggan',
      'klienci',
      'total_customers',
      'active_customers',
      'customer_count',
      'paying_customers',
    ),
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
    f(
      'period_end',
      true,
      'date',
      'as_of',
      'tanggal',
      'data',
      'year',
      'tahun',
      'rok',
      'report date',
      'period',
    ),
    f(
      'current_assets',
      false,
      'aset lancar',
      'aktywa obrotowe',
      'total current assets',
      'jumlah aset lancar',
      'aktywa obrotowe razem',
    ),
    f(
      'current_liabilities',
      false,
      'kewajiban lancar',
      'zobowiązania krótkoterminowe',
      'total current liabilities',
      'liabilitas jangka pendek',
      'jumlah liabilitas jangka pendek',
      'zobowiązania krótkoterminowe razem',
    ),
    f('cash', false, 'kas', 'gotówka', 'cash and cash equivalents'),
    f('marketable_securities', false),
    f('accounts_receivable', false, 'piutang', 'należności', 'receivables', 'net receivables'),
    f('inventory', false, 'persediaan', 'zapasy'),
    // `Pasywa razem` (total of the liabilities-and-equity side) equals total assets.
    f('total_assets', false, 'total aset', 'jumlah aset', 'aktywa razem', 'pasywa razem'),
    f(
      'total_liabilities',
      false,
      'total kewajiban',
      'zobowiązania razem',
      'total liabilities net minority interest',
      'jumlah liabilitas',
    ),
    f('total_debt', false),
    f(
      'total_equity',
      false,
      'ekuitas',
      'kapitał własny',
      'total equity gross minority interest',
      'stockholders equity',
      "total stockholders' equity",
      "total shareholders' equity",
      'jumlah ekuitas',
    ),
    f('ebit', false),
    f('interest_expense', false, 'beban bunga', 'koszty odsetek'),
  ],
};

/**
 * Header matching key: case, spaces, `_`, `-`, `'`, `.`, a trailing `:` and text in parentheses
 * do not matter (`Total Stockholders' Equity`, `Current Assets:`, `No. of shares`). Diacritics
 * are folded too, since `ilosc` typed on an English keyboard still means `ilość`.
 */
export function headerKey(header: string): string {
  let s = header.toLowerCase();
  if (s.includes('(')) s = s.replace(/\([^)]*\)?/g, '');
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/:\s*$/, '')
    .replace(/[\s_'\u2019.-]+/g, '');
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

/** Genitive and compound forms that only occur after `koszt` / `biaya` in a header. */
const WIDE_CATEGORY: Map<string, 'sales' | 'marketing'> = new Map([
  [headerKey('sprzedaży'), 'sales'],
  [headerKey('marketingu'), 'marketing'],
]);

/**
 * A wide-form cost column (`sales_cost`, `Marketing costs`, `koszt_sprzedaży`,
 * `biaya_pemasaran`…): its category, else null.
 */
export function wideCostCategory(header: string): 'sales' | 'marketing' | 'other' | null {
  const key = headerKey(header);
  const m = /^(.+?)costs?$/.exec(key) ?? /^(?:koszty?|biaya)(.{3,})$/.exec(key);
  return m ? (WIDE_CATEGORY.get(m[1]) ?? costCategory(m[1])) : null;
}
