// English source of the words the first screen shows from areas whose views load on demand: the
// header's workspace switcher and alert count, worded problems, the stale-data and shared-values
// notices, and the dialogs' cancel. They come with the entry chunk; id.ts and pl.ts are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const shellEn = {
  snapshotMenu: 'Back up or share this workspace',
  errorUnreadable: ({ name }: { name: string }) => `${name} cannot be read as a CSV file.`,
  errorSpreadsheet: ({ name }: { name: string }) =>
    `${name} is a spreadsheet workbook. Open it in your spreadsheet app, save the sheet as CSV (or “Unicode Text”), and import that file.`,
  errorNoKind: ({ name }: { name: string }) =>
    `Yardstick could not tell what ${name} contains. Choose its kind below, then map its columns.`,
  errorMissingColumn: ({ name }: { name: string }) =>
    `${name} lacks a column Yardstick needs. Map one below, or add it to the file.`,
  errorStorageQuota:
    'The browser’s storage for this site is full. Delete datasets or workspaces you no longer need, or free disk space, and try again.',
  errorStorageUnavailable:
    'This browser does not let Yardstick store data (private or incognito windows often block it). Open Yardstick in a normal window.',
  errorStorageNewerVersion:
    'Yardstick was updated in another tab, and this tab can no longer use the stored data. Reload the page.',
  errorStorageBlocked:
    'Another Yardstick tab is open with an older version of the stored data, so this tab has to wait. Close the other Yardstick tabs; this tab then continues by itself.',
  errorStorageOther: 'The data could not be stored. Nothing was changed; try again.',
  errorOther: 'Something went wrong. Nothing was changed; try again.',
  dataReload: 'Reload',
  dataCancel: 'Cancel',
  workspaceSwitchLabel: 'Current workspace',
  workspaceManage: 'Manage workspaces',
  workspaceDemoTag: 'demo',
  workspaceDeleteLabel: ({ name }: { name: string }) => `Delete ${name}`,
  alertsUnreadLabel: ({ count }: { count: number }) =>
    count === 0 ? 'Alerts, none unread' : count === 1 ? 'Alerts, 1 unread' : `Alerts, ${count} unread`,
  staleNotice: ({ date, days }: { date: string; days: number }) =>
    `Your newest data is from ${date}, ${days} days ago.`,
  staleRefresh: ({ files }: { files: string }) => `Import newer files (${files}) to bring it up to date.`,
  kpiValuesNotice:
    'This workspace holds KPI values saved from a shared snapshot: it shows them as they were shared and cannot be segmented.',
} as const;

export type ShellMessages = CatalogueOf<typeof shellEn>;
