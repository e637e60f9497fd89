// English source of the strings of: Storage and loading problems, reliability notices. id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

type Rest = { line: number; lines: number; rowsBefore: number };

export const reliabilityEn = {
  restHeading: 'The end of this file cannot be read',
  restKeep: ({ line, rowsBefore }: Rest) =>
    rowsBefore === 1
      ? `Import the 1 row before line ${line}`
      : `Import the ${rowsBefore} rows before line ${line}`,
  restKept: ({ line, lines }: Rest) =>
    `Line ${line} and the ${lines === 1 ? 'line' : `${lines} lines`} after the quote are left out and listed as skipped.`,
  restNothingBefore: 'There are no rows before it: fix the quote in the file and choose it again.',

  storageHeadingUnavailable: 'Nothing will be kept after this tab closes',
  storageBodyUnavailable:
    'This browser does not let Yardstick store data (a private window, or storage blocked for this site). Import, the dashboard, goals and exports work as usual, but only in this tab’s memory: close it and everything is gone. Export what you want to keep.',
  storageHeadingUpgrade: 'Your stored data could not be opened after an update',
  storageBodyUpgrade: 'Yardstick was updated and preparing your stored data for the new version failed.',
  storageHeadingNewer: 'Your data was saved by a newer version of Yardstick',
  storageBodyNewer:
    'Another tab or window runs a newer Yardstick, which updated the stored data. This page is older and does not open it, so that nothing is written in an old format.',
  storageHeadingUnknown: 'Your stored data could not be opened',
  storageBodyUnknown: 'The browser refused to open Yardstick’s stored data.',
  storageNothingDeleted: 'Nothing was deleted: your workspaces and datasets are still in this browser.',
  storageTryHeading: 'What to try',
  storageTryReload: 'Reload the page.',
  storageTryTabs: 'Close other Yardstick tabs and windows, then reload.',
  storageTryRestart: 'Restart the browser.',
  storageTryDisk: 'Free some disk space.',
  storageReload: 'Reload',
  storageExport: 'Download the stored rows as CSV',
  storageExporting: 'Reading the stored rows…',
  storageExportNone: 'No stored rows could be read.',
  storageExportDone: ({ files }: { files: number }) =>
    files === 1 ? 'One CSV file was downloaded.' : `${files} CSV files were downloaded.`,
  storageExportFailed: 'The stored rows could not be read either.',

  loadProblemHeading: 'Part of Yardstick could not be loaded',
  loadProblemBody:
    'The site was probably updated while this tab was open. Reload the page to get the new version; your data stays as it is.',
  loadProblemReload: 'Reload',

  previewMoreColumns: ({ count }: { count: string; n: number }) => `and ${count} more columns`,
  previewMoreColumnsNote: ({ shown, total }: { shown: string; total: string }) =>
    `Only the first ${shown} of ${total} columns are listed here; every column is imported.`,
};

export type ReliabilityMessages = CatalogueOf<typeof reliabilityEn>;
