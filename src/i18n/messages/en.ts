// The source of truth for every user-visible string, in two parts. This file is the first screen's
// English, which comes with the entry chunk; the areas whose views load on demand (areas.ts) bring
// their own messages with them. id.ts and pl.ts are typed against it, and each area's translations
// against its English, so a missing or extra key fails to compile.

import { dashboardEn } from './dashboard/en.ts';
import { overviewEn } from './overview/en.ts';
import { reliabilityEn } from './reliability/en.ts';
import { segmentsEn } from './segments/en.ts';
import { shellEn } from './shell/en.ts';
import type { AlertsMessages } from './alerts/en.ts';
import type { GoalsMessages } from './goals/en.ts';
import type { ImportMessages } from './import/en.ts';
import type { ReasonMessages } from './reasons/en.ts';
import type { SnapshotMessages } from './snapshot/en.ts';
import type { CatalogueOf } from './widen.ts';

export const en = {
  ...dashboardEn,
  ...overviewEn,
  ...reliabilityEn,
  ...segmentsEn,
  ...shellEn,
  appName: 'Yardstick',
  skipToContent: 'Skip to main content',
  workspaceLabel: 'Workspace',
  defaultWorkspaceName: 'My workspace',
  navLabel: 'Main',
  navDashboard: 'Dashboard',
  navImport: 'Import',
  navGoals: 'Goals',
  navBoard: 'Board',
  navAlerts: 'Alerts',
  viewerTitle: 'Shared KPIs',
  navBalanceSheet: 'Balance sheet',
  navSettings: 'Settings',
  languageLabel: 'Language',
  privacyBadge: 'Data stays in this browser',
  footerNote: 'Yardstick runs entirely in your browser. Your files are never uploaded.',
  documentTitle: ({ view }: { view: string }) => `${view} · Yardstick`,

  pwaOfflineReady: 'Ready to work offline.',
  pwaUpdateAvailable: 'Update available',
  pwaReload: 'Reload',
  dismiss: 'Dismiss',

  notFoundTitle: 'Page not found',
  notFoundBody: ({ path }: { path: string }) => `There is no page at “${path}”.`,
  notFoundLink: 'Go to the dashboard',

  welcomeTitle: 'Your SaaS metrics, computed in your browser',
  welcomeLead:
    'Yardstick turns the CSV exports of your billing, CRM and survey tools into a KPI dashboard, and your data never leaves this browser.',
  importCta: 'Import CSV files',
  demoCta: 'Try with demo data',

  dashboardEmptyTitle: 'What appears here',
  dashboardEmptyBody:
    'KPI cards for MRR, churn, net revenue retention, ARPA, LTV:CAC and more appear here once you import subscriptions (a Stripe subscriptions export works as it is). Each other file you add unlocks more cards.',
  goToImport: 'Go to Import',

  feedsHeading: 'Which file feeds what',
  feedsFileColumn: 'File',
  feedsUnlocksColumn: 'Unlocks',
  kindSubscriptions: 'Subscriptions',
  kindSubscriptionsSource:
    'Stripe export, Baremetrics template or any table of customers, start dates and prices',
  kindSubscriptionsFeeds: 'MRR and its movements, customer and revenue churn, NRR, ARPA, LTV, cohorts',
  kindLeads: 'Leads',
  kindLeadsSource: 'CRM export with a lead, its creation date and when it converted',
  kindLeadsFeeds: 'Lead-to-customer funnel, conversion rates, time to convert',
  kindNps: 'NPS survey',
  kindNpsSource: 'Survey responses with a date and a 0–10 score',
  kindNpsFeeds: 'Net Promoter Score, promoters and detractors',
  kindEvents: 'Product events',
  kindEventsSource: 'Analytics export with a user, an event name and a timestamp',
  kindEventsFeeds: 'Daily and monthly active users, stickiness, activation',
  kindCosts: 'Costs',
  kindCostsSource: 'Sales and marketing spend per month',
  kindCostsFeeds: 'Customer acquisition cost, LTV:CAC, CAC payback',
  kindMonthlySheet: 'Monthly sheet',
  kindMonthlySheetSource: 'A spreadsheet you already keep, one row per month',
  kindMonthlySheetFeeds: 'MRR, revenue, customers, visitors, conversions and your own columns',
  kindBalanceSheet: 'Balance sheet',
  kindBalanceSheetSource: 'Line items per period end; transposed accounting exports work too',
  kindBalanceSheetFeeds: 'Current and quick ratio, debt-to-equity, equity ratio, interest coverage',

  importTitle: 'Import',
  importIntro: 'Add CSV exports from your tools. Files are read on this device and nothing is uploaded.',
  importInputLabel: 'Choose CSV files',
  importInputHint: 'CSV, TSV or TXT. You can pick several files at once.',
  importChosenHeading: 'Chosen files',
  importReportsHeading: 'Import results',
  importNoneChosen: 'No files chosen yet. These are the kinds of file Yardstick recognises:',
  fileNameColumn: 'Name',
  fileSizeColumn: 'Size',
  fileKindColumn: 'Kind',
  filesCount: ({ count }: { count: number }) => (count === 1 ? '1 file' : `${count} files`),
  demoHeading: 'Demo files',
  demoIntro: 'Generated in your browser for a fictional SaaS company. Nothing is downloaded.',
  demoLoading: 'Generating demo files…',
  demoFailed: 'The demo files could not be generated.',

  goalsTitle: 'Goals',
  goalsEmptyTitle: 'No goals yet',
  goalsEmptyBody:
    'Goals appear here with their targets, progress and a forecast: for example, reach 50,000 in MRR by December or bring monthly churn below 3%. A target linked to a KPI updates itself from your imported files: subscriptions for MRR and churn, leads for conversion, NPS surveys for satisfaction.',

  boardTitle: 'Board',
  boardEmptyBody:
    'Each goal appears here as a card in the column of its status, worked out from its progress and due date. Targets linked to a KPI are fed by your imported files.',
  statusOnTrack: 'On track',
  statusAtRisk: 'At risk',
  statusOffTrack: 'Off track',
  statusComplete: 'Complete',
  boardColumnEmpty: 'No goals',

  balanceTitle: 'Balance sheet',
  balanceEmptyTitle: 'No balance sheet imported',
  balanceEmptyBody:
    'Liquidity and solvency ratios appear here, each beside its benchmark band: current ratio, quick ratio, debt-to-equity, equity ratio and interest coverage. They come from a balance sheet file: a CSV with a period end date and line items such as current assets and current liabilities.',

  settingsTitle: 'Settings',
  settingsLanguageHeading: 'Language',
  settingsLanguageHelp: 'Changes the interface language and how numbers, money and dates are written.',
  settingsFormatHeading: 'How values are written',
  previewNumber: 'Number',
  previewMoney: 'Money',
  previewPercent: 'Percent',
  previewDate: 'Date',
  previewMonth: 'Month',
  settingsStorageHeading: 'Where your data lives',
  settingsStorageBody:
    'Everything you import is stored only in this browser, in a local database on this device. Nothing is uploaded and there is no account: Yardstick has no server. Clearing this site’s data in your browser removes your workspace.',
  settingsOfflineBody: 'Once loaded, Yardstick also works offline and can be installed as an app.',
} as const;

/** The first screen's catalogue: every key of en, with literal strings widened to string. */
export type FirstMessages = CatalogueOf<typeof en>;

/** The messages of each area that loads with its views (src/i18n/areas.ts). */
export interface AreaMessages {
  import: ImportMessages;
  reasons: ReasonMessages;
  goals: GoalsMessages;
  alerts: AlertsMessages;
  snapshot: SnapshotMessages;
}

/** Every message: the first screen's and those of every area. */
export type Messages = FirstMessages &
  ImportMessages &
  ReasonMessages &
  GoalsMessages &
  AlertsMessages &
  SnapshotMessages;
