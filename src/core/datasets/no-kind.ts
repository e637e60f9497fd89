// Why no kind fits (datasets.md §8.7, §8.8): a payments or invoices export is named as such, a
// Stripe subscriptions export without its price columns is refused as what it is, and otherwise
// the closest kind is named with the columns it recognised and the fields it lacks. Kinds that
// share nothing with the file are never listed.

import type { DatasetKind } from './kinds.ts';
import { headerKey } from './synonyms.ts';
import { mapHeaders, requiredFields, subscriptionsUseMrr } from './detect.ts';
import type { ClosestKind, NoKindReason } from './reasons.ts';

const PAYMENTS = new Set(
  ['Amount Refunded', 'Captured', 'Seller Message', 'Charge ID', 'Payment Intent', 'PaymentIntent ID'].map(
    headerKey,
  ),
);
const INVOICES = new Set(
  ['Amount Due', 'Amount Paid', 'Amount Remaining', 'Invoice Number', 'Invoice ID', 'Billing Reason'].map(
    headerKey,
  ),
);
/** Columns of Stripe's subscriptions export that no other Stripe export has. */
const STRIPE_SUBSCRIPTIONS = new Set(
  [
    'Current Period Start (UTC)',
    'Current Period End (UTC)',
    'Cancel At Period End',
    'Trial Start (UTC)',
    'Customer Description',
  ].map(headerKey),
);

/** A payments or invoices export: money received, not subscriptions (null for anything else). */
export function exportKind(headers: readonly string[]): 'payments' | 'invoices' | null {
  const keys = headers.map(headerKey);
  const sm = mapHeaders('subscriptions', headers);
  // A file that does say when subscriptions start and how they bill is no payments export.
  if (sm.has('interval_unit') || sm.has('mrr')) return null;
  if (keys.some((k) => PAYMENTS.has(k))) return 'payments';
  if (keys.some((k) => INVOICES.has(k))) return 'invoices';
  return null;
}

/** Columns only Stripe's subscriptions export has (`Current Period Start (UTC)`…). */
export function hasStripeSubscriptionColumns(headers: readonly string[]): boolean {
  return headers.some((h) => STRIPE_SUBSCRIPTIONS.has(headerKey(h)));
}

function stripeWithoutPrices(headers: readonly string[]): boolean {
  const m = mapHeaders('subscriptions', headers);
  if (!m.has('customer_id') || !m.has('start')) return false;
  if ((m.has('amount') && m.has('interval_unit')) || m.has('mrr')) return false;
  return headers.map(headerKey).includes('customerid') && hasStripeSubscriptionColumns(headers);
}

interface Scored {
  kind: DatasetKind;
  required: number;
  optional: number;
}

function closest(headers: readonly string[], scored: readonly Scored[]): ClosestKind | null {
  let best: Scored | null = null;
  for (const s of scored) {
    if (s.required === 0) continue;
    if (!best || s.required > best.required || (s.required === best.required && s.optional > best.optional))
      best = s;
  }
  if (!best) return null;
  const mapping = mapHeaders(best.kind, headers);
  const required = requiredFields(best.kind, mapping, false, headers);
  return {
    kind: best.kind,
    found: [...mapping].map(([field, at]) => ({ header: headers[at], field })),
    missing: required.filter((f) => !mapping.has(f)),
    orMrr: best.kind === 'subscriptions' && !subscriptionsUseMrr(mapping) && !mapping.has('mrr'),
  };
}

/** The reason when no kind is a candidate; `scored` are the kinds still in question. */
export function explainNoKind(headers: readonly string[], scored: readonly Scored[]): NoKindReason {
  const list = [...headers];
  const exported = exportKind(headers);
  if (exported) return { code: 'kind-export', headers: list, export: exported };
  if (stripeWithoutPrices(headers)) return { code: 'stripe-no-price', headers: list };
  return { code: 'kind-none', headers: list, closest: closest(headers, scored) };
}
