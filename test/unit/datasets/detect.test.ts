import { describe, expect, it } from 'vitest';
import { detectKind, mapHeaders } from '../../../src/core/datasets/detect.ts';
import { headerKey } from '../../../src/core/datasets/synonyms.ts';
import { kindReasonEn } from '../../../src/i18n/reasons-english.ts';

const STRIPE = [
  'id',
  'Customer ID',
  'Customer Name',
  'Plan',
  'Product',
  'Quantity',
  'Currency',
  'Interval',
  'Amount',
  'Status',
  'Created (UTC)',
  'Start (UTC)',
  'Trial End (UTC)',
  'Canceled At (UTC)',
  'Ended At (UTC)',
];

describe('headerKey', () => {
  it('ignores case, spaces, _, - and text in parentheses', () => {
    expect(headerKey('Start Date (UTC)')).toBe(headerKey('start_date'));
    expect(headerKey('Customer-ID')).toBe(headerKey('customer_id'));
    expect(headerKey('Trial End (UTC)')).toBe('trialend');
  });
});

describe('mapHeaders', () => {
  it('maps a Stripe export, Plan over Product, Start over Created', () => {
    const m = mapHeaders('subscriptions', STRIPE);
    const named = Object.fromEntries([...m].map(([f, i]) => [f, STRIPE[i]]));
    expect(named).toMatchObject({
      customer_id: 'Customer ID',
      subscription_id: 'id',
      plan: 'Plan',
      start: 'Start (UTC)',
      end: 'Ended At (UTC)',
      trial_end: 'Trial End (UTC)',
      amount: 'Amount',
      interval_unit: 'Interval',
      canceled_at: 'Canceled At (UTC)',
    });
  });

  it('takes Created (UTC) as the start only when there is no start column', () => {
    const headers = ['Customer ID', 'Created (UTC)', 'Amount', 'Interval'];
    expect(mapHeaders('subscriptions', headers).get('start')).toBe(1);
  });

  it('knows the Indonesian and Polish synonyms', () => {
    const pl = [
      'id klienta',
      'plan taryfowy',
      'data rozpoczęcia',
      'data zakończenia',
      'cena',
      'waluta',
      'ilość',
    ];
    expect([...mapHeaders('subscriptions', pl).keys()]).toEqual([
      'customer_id',
      'plan',
      'start',
      'end',
      'amount',
      'quantity',
      'currency',
    ]);
    const id = ['id pelanggan', 'paket', 'tanggal mulai', 'tanggal berakhir', 'harga', 'mata uang', 'jumlah'];
    expect([...mapHeaders('subscriptions', id).keys()]).toEqual([
      'customer_id',
      'plan',
      'start',
      'end',
      'amount',
      'quantity',
      'currency',
    ]);
  });
});

describe('detectKind', () => {
  const kind = (headers: string[]) => detectKind(headers).kind;

  it('recognises every kind from its usual headers', () => {
    expect(kind(STRIPE)).toBe('subscriptions');
    expect(kind(['customer_id', 'start', 'mrr'])).toBe('subscriptions');
    expect(kind(['lead_id', 'created_at', 'pql_at', 'converted_at', 'source'])).toBe('leads');
    expect(kind(['respondent_id', 'responded_at', 'score', 'comment'])).toBe('nps');
    expect(kind(['user_id', 'timestamp', 'event'])).toBe('events');
    expect(kind(['month', 'category', 'amount'])).toBe('costs');
    expect(kind(['month', 'mrr', 'revenue', 'support_tickets'])).toBe('monthly_sheet');
    expect(kind(['period_end', 'current_assets', 'current_liabilities'])).toBe('balance_sheet');
  });

  it('ranks by required fields, so a Stripe file is not leads (id + Created)', () => {
    const d = detectKind(STRIPE);
    // Leads would fill its required fields with `id` and `Created` alone: no evidence (§8.7).
    expect(d.candidates.map((c) => c.kind)).toEqual(['subscriptions']);
  });

  it('keeps an NPS file with only date and score as NPS', () => {
    expect(kind(['date', 'score'])).toBe('nps');
  });

  it('reports a tie or no candidate with a reason', () => {
    const tie = detectKind(['date', 'foo']);
    expect(tie.kind).toBeNull();
    expect(tie.reason).toMatchObject({ code: 'kind-tie', kinds: ['monthly_sheet', 'balance_sheet'] });
    expect(kindReasonEn(tie.reason)).toContain('monthly_sheet and balance_sheet');
    const none = detectKind(['foo', 'bar']);
    expect(none.kind).toBeNull();
    expect(none.reason).toMatchObject({ code: 'kind-none', headers: ['foo', 'bar'] });
    expect(kindReasonEn(none.reason)).toMatch(/^no dataset kind fits the headers \(foo, bar\)/);
    expect(kindReasonEn(none.reason)).toContain('no column names a field of any kind');
  });

  it('names the kinds that lack the fewest required fields when none fits', () => {
    // An NPS file needs responded_at and score; `submitted_at` is a synonym of responded_at.
    const d = detectKind(['submitted_at', 'comment']);
    expect(d.kind).toBeNull();
    expect(d.reason.code === 'kind-none' && d.reason.closest).toEqual({
      kind: 'nps',
      found: [
        { header: 'submitted_at', field: 'responded_at' },
        { header: 'comment', field: 'comment' },
      ],
      missing: ['score'],
      orMrr: false,
    });
    expect(kindReasonEn(d.reason)).toContain(
      'looks like an NPS survey: found submitted_at (response date) and comment (comment); missing: a score column',
    );
  });

  it('takes the wide costs form only when every other column is a cost column', () => {
    expect(kind(['month', 'sales_cost', 'marketing_cost'])).toBe('costs');
    expect(kind(['month', 'sales_cost', 'marketing_cost', 'mrr'])).toBe('monthly_sheet');
  });
});

describe('synonyms of datasets.md §4', () => {
  // [kind, header as a user might write it, field]
  const table: [Parameters<typeof mapHeaders>[0], string, string][] = [
    ['subscriptions', 'customer', 'customer_id'],
    ['subscriptions', 'account_id', 'customer_id'],
    ['subscriptions', 'subscription_oid', 'subscription_id'],
    ['subscriptions', 'Subscription', 'subscription_id'],
    ['subscriptions', 'plan_tier', 'plan'],
    ['subscriptions', 'Paket', 'plan'],
    ['subscriptions', 'Start Date (UTC)', 'start'],
    ['subscriptions', 'end_date', 'end'],
    ['subscriptions', 'subscription_canceled_at', 'end'],
    ['subscriptions', 'Trial End (UTC)', 'trial_end'],
    ['subscriptions', 'price', 'amount'],
    ['subscriptions', 'Harga', 'amount'],
    ['subscriptions', 'seats', 'quantity'],
    ['subscriptions', 'plan_interval', 'interval_unit'],
    ['subscriptions', 'Interval Count', 'interval_count'],
    ['subscriptions', 'plan_interval_count', 'interval_count'],
    ['subscriptions', 'Mata Uang', 'currency'],
    ['subscriptions', 'discount', 'discount_percent'],
    ['subscriptions', 'MRR Amount', 'mrr'],
    ['subscriptions', 'monthly_amount', 'mrr'],
    ['subscriptions', 'is_trial', 'is_trial'],
    ['leads', 'Email', 'lead_id'],
    ['leads', 'Lead created at', 'created_at'],
    ['leads', 'pql_date', 'pql_at'],
    ['leads', 'qualified_at', 'pql_at'],
    ['leads', 'became_customer_at', 'converted_at'],
    ['leads', 'utm_source', 'source'],
    ['leads', 'Channel', 'source'],
    ['nps', 'submitted_at', 'responded_at'],
    ['nps', 'Tanggal', 'responded_at'],
    ['nps', 'data', 'responded_at'],
    ['nps', 'NPS', 'score'],
    ['nps', 'ocena', 'score'],
    ['nps', 'skor', 'score'],
    ['events', 'distinct_id', 'user_id'],
    ['events', 'event_time', 'timestamp'],
    ['events', 'created_at', 'timestamp'],
    ['events', 'Feature', 'event'],
    ['events', 'action', 'event'],
    ['monthly_sheet', 'miesiąc', 'month'],
    ['monthly_sheet', 'Period', 'month'],
    ['monthly_sheet', 'przychód', 'revenue'],
    ['monthly_sheet', 'klienci', 'customers'],
    ['monthly_sheet', 'odwiedzający', 'visitors'],
    ['monthly_sheet', 'konwersje', 'conversions'],
    ['balance_sheet', 'as_of', 'period_end'],
    ['balance_sheet', 'aktywa obrotowe', 'current_assets'],
    ['balance_sheet', 'kewajiban lancar', 'current_liabilities'],
    ['balance_sheet', 'gotówka', 'cash'],
    ['balance_sheet', 'piutang', 'accounts_receivable'],
    ['balance_sheet', 'zapasy', 'inventory'],
    ['balance_sheet', 'Total Aset', 'total_assets'],
    ['balance_sheet', 'zobowiązania razem', 'total_liabilities'],
    ['balance_sheet', 'kapitał własny', 'total_equity'],
    ['balance_sheet', 'beban bunga', 'interest_expense'],
    ['balance_sheet', 'zobowiązania krótkoterminowe', 'current_liabilities'],
  ];
  for (const [kind, header, field] of table) {
    it(`${kind}: "${header}" → ${field}`, () => {
      expect(mapHeaders(kind, [header]).get(field)).toBe(0);
    });
  }
});
