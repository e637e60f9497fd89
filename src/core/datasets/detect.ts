// Kind detection from headers alone (datasets.md §5, §8): a kind is a candidate when every
// required field has a header; more required fields win, then more optional ones; a draw decides
// nothing. A candidate that only generic headers support (`id`, `Created`) yields to the kind the
// rest of the file belongs to.

import type { DatasetKind } from './kinds.ts';
import { DATASET_KINDS } from './kinds.ts';
import { CANCELED_AT, KIND_FIELDS, SPEND_HEADERS, headerKey, wideCostCategory } from './synonyms.ts';
import type { DetectionReason } from './reasons.ts';
import { explainNoKind, exportKind, hasStripeSubscriptionColumns } from './no-kind.ts';

export interface Candidate {
  kind: DatasetKind;
  required: number;
  optional: number;
}

export interface Detection {
  kind: DatasetKind | null;
  reason: DetectionReason;
  candidates: Candidate[];
}

/** field → header index for one kind; each header serves at most one field. */
export function mapHeaders(kind: DatasetKind, headers: readonly string[]): Map<string, number> {
  const keys = headers.map(headerKey);
  const used = new Set<number>();
  const mapping = new Map<string, number>();
  for (const spec of KIND_FIELDS[kind]) {
    for (const synonym of spec.synonyms) {
      const key = headerKey(synonym);
      const at = keys.findIndex((k, i) => k === key && !used.has(i));
      if (at >= 0) {
        mapping.set(spec.field, at);
        used.add(at);
        break;
      }
    }
  }
  return mapping;
}

/** Subscriptions need amount with interval, or mrr; amount mode is preferred when complete. */
export function subscriptionsUseMrr(mapping: ReadonlyMap<string, unknown>): boolean {
  return mapping.has('mrr') && !(mapping.has('amount') && mapping.has('interval_unit'));
}

const SPEND_KEYS = new Set(SPEND_HEADERS.map(headerKey));

/** What a monthly KPI sheet measures besides its month and costs (datasets.md §4). */
const SHEET_MEASURES = KIND_FIELDS.monthly_sheet
  .map((s) => s.field)
  .filter((f) => f !== 'month' && f !== 'sales_cost' && f !== 'marketing_cost');

/**
 * A costs file with no category whose amount is `spend`-like: every row is marketing (§8.3). A
 * sheet that also has MRR, customers or revenue per month is a monthly sheet with an ad-spend
 * column, as the wide form is costs only when it holds nothing but costs (§5).
 */
export function isSpendOnly(mapping: ReadonlyMap<string, number>, headers: readonly string[]): boolean {
  const amount = mapping.get('amount');
  if (mapping.has('category') || amount === undefined || !SPEND_KEYS.has(headerKey(headers[amount])))
    return false;
  const sheet = mapHeaders('monthly_sheet', headers);
  return !SHEET_MEASURES.some((f) => sheet.has(f));
}

export function requiredFields(
  kind: DatasetKind,
  mapping: ReadonlyMap<string, number>,
  wide = false,
  headers: readonly string[] = [],
): string[] {
  if (kind === 'subscriptions') {
    return subscriptionsUseMrr(mapping)
      ? ['customer_id', 'start', 'mrr']
      : ['customer_id', 'start', 'amount', 'interval_unit'];
  }
  if (kind === 'costs' && wide) return ['month'];
  if (kind === 'costs' && isSpendOnly(mapping, headers)) return ['month', 'amount'];
  return KIND_FIELDS[kind].filter((s) => s.required).map((s) => s.field);
}

/** The wide costs form: a month column and nothing but cost columns (`sales_cost`…). */
export function isWideCosts(headers: readonly string[], monthIndex: number | undefined): boolean {
  if (monthIndex === undefined || headers.length < 2) return false;
  return headers.every((h, i) => i === monthIndex || wideCostCategory(h) !== null);
}

/** Headers any kind of file may carry: alone they are no evidence of a kind. */
const GENERIC = new Set(['id', 'email', 'created', 'date', 'name', 'time', 'data', 'tanggal', 'user']);
/**
 * What every payment or invoice carries besides: in a payments or invoices export they are no
 * evidence of another kind either (an invoice's `Period End` makes no balance sheet, §8.8).
 */
const MONEY_DOCUMENT = new Set(
  [
    'amount',
    'currency',
    'customer',
    'customer id',
    'customer email',
    'description',
    'status',
    'period start',
    'period end',
    'subscription',
    'plan',
    'quantity',
  ].map(headerKey),
);

interface Scored extends Candidate {
  /** Headers this kind maps. */
  mapped: number;
  /** Mapped headers that are not generic. */
  specific: number;
  complete: boolean;
}

function score(kind: DatasetKind, headers: readonly string[], paymentsLike: boolean): Scored {
  const mapping = mapHeaders(kind, headers);
  const wide = kind === 'costs' && isWideCosts(headers, mapping.get('month'));
  const required = requiredFields(kind, mapping, wide, headers);
  const complete = required.every((f) => mapping.has(f));
  let optional = 0;
  let specific = 0;
  for (const [field, at] of mapping) {
    if (!required.includes(field) && field !== CANCELED_AT) optional++;
    const key = headerKey(headers[at]);
    if (!GENERIC.has(key) && !(paymentsLike && MONEY_DOCUMENT.has(key))) specific++;
  }
  const filled = required.filter((f) => mapping.has(f)).length;
  // The wide form stands for all three costs fields.
  return {
    kind,
    required: wide ? 3 : filled,
    optional,
    mapped: mapping.size,
    specific: wide ? headers.length : specific,
    complete,
  };
}

export function detectKind(headers: readonly string[]): Detection {
  const paymentsLike = exportKind(headers) !== null;
  const scored = DATASET_KINDS.map((kind) => score(kind, headers, paymentsLike));
  const stripeSubscriptions = hasStripeSubscriptionColumns(headers);
  // Evidence before a guess (§8.7): generic headers only, while another kind (or a payments
  // export, or columns only Stripe's subscriptions export has) claims more of the file, is no
  // candidate.
  const outweighed = (s: Scored) =>
    s.specific === 0 &&
    (paymentsLike ||
      (stripeSubscriptions && s.kind !== 'subscriptions') ||
      scored.some((o) => o.kind !== s.kind && o.mapped > s.mapped));
  const candidates: Candidate[] = scored
    .filter((s) => s.complete && !outweighed(s))
    .map(({ kind, required, optional }) => ({ kind, required, optional }));
  candidates.sort((a, b) => b.required - a.required || b.optional - a.optional);
  if (candidates.length === 0) {
    const rest = scored.filter((s) => !(s.complete && outweighed(s)));
    return { kind: null, reason: explainNoKind(headers, rest), candidates };
  }
  const [best, second] = candidates;
  if (second && second.required === best.required && second.optional === best.optional) {
    const tied = candidates.filter((c) => c.required === best.required && c.optional === best.optional);
    return {
      kind: null,
      reason: {
        code: 'kind-tie',
        headers: [...headers],
        kinds: tied.map((c) => c.kind),
        required: best.required,
        optional: best.optional,
      },
      candidates,
    };
  }
  const next = second ? { kind: second.kind, required: second.required, optional: second.optional } : null;
  const why: DetectionReason = {
    code: 'kind-match',
    kind: best.kind,
    required: best.required,
    optional: best.optional,
    next,
  };
  return { kind: best.kind, reason: why, candidates };
}
