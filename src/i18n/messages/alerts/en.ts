// English source of the strings of: Alert rules and the alert centre. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';
import { countEn } from '../count.ts';

type Fact = { kpi: string; value: string; month: string };

export const alertsEn = {
  alertsLead:
    'Rules watch a KPI of the whole workspace month by month and raise an alert when it crosses a line or moves too fast.',
  alertsCentreHeading: 'Alert centre',
  alertsNone: 'No alerts yet. When a rule fires on your data, its alert appears here.',
  alertsNoneFiltered: 'No alert matches these filters.',
  alertsNoData: 'Import data first: rules are evaluated on the months of your files.',
  alertsFilterKpi: 'KPI',
  alertsFilterKpiAll: 'All KPIs',
  alertsFilterState: 'Show',
  alertsFilterStateAll: 'Raised and resolved',
  alertsStateRaised: 'Raised',
  alertsStateResolved: 'Resolved',
  alertsMarkAllRead: 'Mark all as read',
  alertsMarkRead: 'Mark as read',
  alertsUnreadTag: 'New',
  alertsShowCard: 'Show on the dashboard',
  alertsFailed: ({ message }: { message: string }) => `The alert rules could not be evaluated: ${message}`,

  alertAbove: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} was ${value} in ${month}, above ${level}.`,
  alertAtLeast: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} was ${value} in ${month}, at or above ${level}.`,
  alertBelow: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} was ${value} in ${month}, below ${level}.`,
  alertAtMost: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} was ${value} in ${month}, at or below ${level}.`,
  alertRose: ({ kpi, value, month, change, previous }: Fact & { change: string; previous: string }) =>
    `${kpi} rose by ${change} in ${month}, from ${previous} to ${value}.`,
  alertFell: ({ kpi, value, month, change, previous }: Fact & { change: string; previous: string }) =>
    `${kpi} fell by ${change} in ${month}, from ${previous} to ${value}.`,
  alertChanged: ({ kpi, value, month }: Fact) => `${kpi} was ${value} in ${month}.`,
  alertInARow: ({ n }: { n: number }) => `The rule held for ${n} months in a row.`,
  alertResolved: ({ kpi, value, month }: Fact) =>
    `${kpi} was ${value} in ${month}: the rule no longer holds, the alert is resolved.`,
  alertRecovered: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} recovered to ${value} in ${month}, past the recovery level of ${level}: the alert is resolved.`,

  rulesHeading: 'Rules',
  rulesNone: 'No rules yet. Add one, or start from the suggested rules.',
  ruleNew: 'New rule',
  rulesSuggest: 'Add suggested rules',
  rulesSuggestHelp:
    'From the benchmark bands: customer churn above 7 % for 2 months, NRR below 95 %, quick ratio below 0.5 and the others your data has, plus MRR falling by 10 % or more.',
  rulesSuggested: ({ count }: { count: number }) =>
    count === 0
      ? 'Nothing to add: the suggested rules are there already, or your data has none of their KPIs.'
      : countEn(count, '# suggested rule added.', '# suggested rules added.'),
  ruleAbove: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} above ${level}`,
  ruleAtLeast: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} at or above ${level}`,
  ruleBelow: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} below ${level}`,
  ruleAtMost: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} at or below ${level}`,
  ruleRises: ({ kpi, by }: { kpi: string; by: string }) => `${kpi} rising by ${by} or more in a month`,
  ruleFalls: ({ kpi, by }: { kpi: string; by: string }) => `${kpi} falling by ${by} or more in a month`,
  ruleMin: ({ min }: { min: string }) => `, when the value is at least ${min}`,
  ruleRecover: ({ level }: { level: string }) => `, resolved at ${level}`,
  ruleFor: ({ n }: { n: number }) => (n === 1 ? '' : `, for ${n} months in a row`),
  ruleFired: ({ count }: { count: number }) =>
    count === 0 ? 'Never fired' : countEn(count, 'Fired once', 'Fired # times'),
  ruleActive: 'Active',
  rulePaused: 'Paused',
  ruleSnoozedUntil: ({ date }: { date: string }) => `Snoozed until ${date}`,
  ruleSnoozedImport: 'Snoozed until the next import',
  ruleEdit: 'Edit',
  rulePause: 'Pause',
  ruleResume: 'Resume',
  ruleSnooze: 'Snooze',
  ruleWake: 'End snooze',
  ruleDelete: 'Delete',
  ruleDeleteTitle: 'Delete this rule?',
  ruleDeleteBody: 'Its alerts are deleted with it.',
  ruleActionsLabel: ({ rule }: { rule: string }) => `Actions for ${rule}`,
  snoozeTitle: 'Snooze rule',
  snoozeHelp: 'A snoozed rule raises no alert. It wakes on its own.',
  snoozeUntilDate: 'Until a date (inclusive)',
  snoozeUntilImport: 'Until the next import',
  snoozeDateLabel: 'Date',
  snoozeDateInvalid: 'Choose a date from today on.',

  ruleFormNewTitle: 'New rule',
  ruleFormEditTitle: 'Edit rule',
  formKpi: 'KPI',
  formKpiNoData: 'No data yet',
  formType: 'Kind of rule',
  formTypeThreshold: 'Threshold',
  formTypeChange: 'Change from the previous month',
  formOp: 'Alert when the value is',
  opAbove: 'above (>)',
  opAtLeast: 'at or above (≥)',
  opBelow: 'below (<)',
  opAtMost: 'at or below (≤)',
  formValue: 'Threshold',
  formDirection: 'Alert when the value',
  dirRises: 'rises by',
  dirFalls: 'falls by',
  formBy: 'At least',
  formPercent: 'In percent of the previous month',
  formMin: 'Only when the value is at least (optional)',
  formMinHelp: 'No alarms on tiny bases: the size of the value must reach this.',
  formFor: 'Months in a row',
  formForHelp: 'The condition must hold this many consecutive months before the alert is raised.',
  formRecover: 'Resolve only at (optional)',
  formRecoverHelp:
    'Once raised, the alert stays until the value is back on the good side of this level, so it does not flap around the threshold.',
  ruleFormSave: 'Save rule',
  ruleFormCancel: 'Cancel',
  formSaved: 'Rule saved.',
  formNumberInvalid: ({ example }: { example: string }) => `Enter a number, for example ${example}.`,
  formByInvalid: 'Enter a number above 0.',
  formForInvalid: 'Enter a whole number of months from 1 to 120.',
  formRecoverAbove: 'For an alert on high values, the recovery level must be at or below the threshold.',
  formRecoverBelow: 'For an alert on low values, the recovery level must be at or above the threshold.',
  formErrors: 'The rule cannot be saved: check the fields marked below.',
  unitPercentOfPrevious: '% of the previous month',
  unitDays: 'days',
  unitRatio: '(a ratio)',
  unitCount: '(a count)',
  previewLabel: 'On your data so far',
  previewFired: ({ count, months }: { count: number; months: string }) =>
    count === 1 ? `Would have fired once: ${months}` : `Would have fired ${count} times: ${months}`,
  previewNever: 'Would not have fired on your data so far.',
  previewIncomplete: 'Fill in the rule to see when it would have fired.',
  previewNoData: 'This KPI has no values yet: the rule cannot fire until it does.',

  settingsAlertsHeading: 'Alerts',
  staleDaysLabel: 'Say the data is out of date after (days)',
  staleDaysHelp: 'The dashboard shows a quiet notice when the newest data point is older than this.',
  staleDaysInvalid: 'Enter a whole number of days from 1 to 3650.',
  alertSettingsSave: 'Save alert settings',
  alertSettingsSaved: 'Alert settings saved.',
  notifyHeading: 'Browser notifications',
  notifyHelp:
    'A notification for each new alert while Yardstick is open. The browser asks for permission only when you turn them on.',
  notifyTurnOn: 'Turn on notifications',
  notifyTurnOff: 'Turn off notifications',
  notifyOn: 'Notifications are on.',
  notifyOff: 'Notifications are off.',
  notifyDenied:
    'The browser blocks notifications for this site: no notification is shown. Allow them in the browser’s site settings, then turn them on here.',
  notifyUnsupported: 'This browser cannot show notifications.',
  notificationTitle: ({ kpi }: { kpi: string }) => `Alert: ${kpi}`,
};

export type AlertsMessages = CatalogueOf<typeof alertsEn>;
