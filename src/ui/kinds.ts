import type { Messages } from '../i18n/index.ts';

type StringKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

export interface KindText {
  kind: string;
  name: StringKey;
  source: StringKey;
  feeds: StringKey;
}

/** Dataset kinds as people meet them, ordered by how much each file unlocks. */
export const KIND_TEXTS: readonly KindText[] = [
  {
    kind: 'subscriptions',
    name: 'kindSubscriptions',
    source: 'kindSubscriptionsSource',
    feeds: 'kindSubscriptionsFeeds',
  },
  { kind: 'leads', name: 'kindLeads', source: 'kindLeadsSource', feeds: 'kindLeadsFeeds' },
  { kind: 'nps', name: 'kindNps', source: 'kindNpsSource', feeds: 'kindNpsFeeds' },
  { kind: 'events', name: 'kindEvents', source: 'kindEventsSource', feeds: 'kindEventsFeeds' },
  { kind: 'costs', name: 'kindCosts', source: 'kindCostsSource', feeds: 'kindCostsFeeds' },
  {
    kind: 'monthly_sheet',
    name: 'kindMonthlySheet',
    source: 'kindMonthlySheetSource',
    feeds: 'kindMonthlySheetFeeds',
  },
  {
    kind: 'balance_sheet',
    name: 'kindBalanceSheet',
    source: 'kindBalanceSheetSource',
    feeds: 'kindBalanceSheetFeeds',
  },
];

/** The localised name of a dataset kind; an unknown kind is shown as it is. */
export function kindName(messages: Messages, kind: string): string {
  const text = KIND_TEXTS.find((candidate) => candidate.kind === kind);
  return text ? messages[text.name] : kind;
}
