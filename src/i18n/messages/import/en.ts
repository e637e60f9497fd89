// English source of the import strings; id.ts and pl.ts beside it are typed against it.
import type { CatalogueOf } from '../widen.ts';

export const importEn = {
  importDropHint: 'Drop CSV files anywhere on this page, or choose them.',
  importDropNow: 'Drop the files to preview them',
  importBusy: 'An import is running: add more files when it has finished.',
  importTargetLabel: 'Import into',
  importTargetNew: 'A new workspace',

  previewHeading: ({ name }: { name: string }) => `Preview of ${name}`,
  previewAnalysing: 'Reading the file…',
  previewEncoding: 'Encoding',
  previewDelimiter: 'Delimiter',
  previewRows: 'Data rows',
  previewRowsPartial: ({ count }: { count: string }) => `${count}+ (first part of a large file)`,
  previewKind: 'Dataset kind',
  previewKindNone: 'Choose a kind…',
  previewNoRows: 'This file has a header row but no data rows: there is nothing to import.',
  previewNoKind: ({ reason }: { reason: string }) =>
    `Yardstick cannot tell what this file holds: ${reason}. Choose its kind above, then pick the column for each field.`,
  previewRemembered: 'Using the column mapping you chose last time for files with these headers.',
  previewMappingHeading: 'Columns',
  previewFieldColumn: 'Field',
  previewSourceColumn: 'Column in your file',
  previewNotMapped: '— not used —',
  previewRequired: 'required',
  previewMissing: ({ fields }: { fields: string }) => `Map a column to: ${fields}.`,
  previewConventionsHeading: 'How values are read',
  previewColumnColumn: 'Column',
  previewReadAs: 'Read as',
  decimalDot: 'Dot decimal (1,234.56)',
  decimalComma: 'Comma decimal (1.234,56)',
  dateYmd: 'Year first (2024-03-31)',
  dateDmy: 'Day first (31/03/2024)',
  dateMdy: 'Month first (03/31/2024)',
  previewSampleHeading: ({ count }: { count: number }) =>
    count === 1 ? 'The first row as it will be stored' : `The first ${count} rows as they will be stored`,
  previewSampleEmpty: 'No row of this file can be stored with the current choices.',
  // `n` and `of` are the counts `count` and `checked` spell: English words depend on them.
  previewCheckRejected: ({ count, checked, of }: { count: string; checked: string; of: number }) =>
    of === 1
      ? 'The only row checked cannot be read and would be skipped:'
      : `Of the first ${checked} rows, ${count} cannot be read and would be skipped:`,
  previewCheckEmptied: ({ count, n }: { count: string; n: number }) =>
    n === 1
      ? 'One optional cell in those rows holds something unreadable and would be stored empty.'
      : `${count} optional cells in those rows hold something unreadable and would be stored empty.`,
  previewWarnings: 'Worth checking',
  previewCents: ({ columns }: { columns: string }) =>
    `Read ${columns} as cents (divided by 100); switch off to read the amounts as they are`,
  previewRemove: ({ name }: { name: string }) => `Remove ${name}`,
  previewDuplicate: ({ name }: { name: string }) =>
    `This file has the same content as “${name}”, which is already imported.`,
  previewReplace: 'Replace',
  previewReplaceHelp: 'Replace the imported copy (nothing is duplicated)',
  previewSkip: 'Don’t import this file',
  previewRemap: ({ name }: { name: string }) => `Re-mapping “${name}”: importing replaces it.`,
  previewRemapOther: ({ name }: { name: string }) =>
    `This is not the file “${name}” was imported from: importing replaces that dataset’s rows with this file’s.`,
  delimiterComma: 'comma',
  delimiterSemicolon: 'semicolon',
  delimiterTab: 'tab',
  delimiterPipe: 'vertical bar',

  importConfirm: ({ count }: { count: number }) => (count === 1 ? 'Import' : `Import ${count} files`),
  importNothingReady: 'Nothing to import yet: fix the problems above or choose other files.',
  importProgressLabel: ({ name }: { name: string }) => `Importing ${name}`,
  importProgressRows: ({ rows, speed }: { rows: string; speed: string }) =>
    `${rows} rows processed · ${speed} rows/s`,
  importCancel: 'Cancel',
  importCancelled: ({ name }: { name: string }) => `Import of ${name} cancelled: nothing of it was stored.`,
  importDone: ({ name, rows, n }: { name: string; rows: string; n: number }) =>
    n === 1 ? `${name}: 1 row imported.` : `${name}: ${rows} rows imported.`,
  importRejectedCount: ({ count, n }: { count: string; n: number }) =>
    n === 1
      ? 'One row could not be read and was skipped:'
      : `${count} rows could not be read and were skipped:`,
  importEmptiedCount: ({ count, n }: { count: string; n: number }) =>
    n === 1
      ? 'One optional cell held something unreadable and was stored empty.'
      : `${count} optional cells held something unreadable and were stored empty.`,
  importNoneRejected: 'Every row was read.',
  lineColumn: 'Line',
  reasonColumn: 'Reason',
  rejectedShown: ({ shown, total }: { shown: string; total: string }) => `Showing ${shown} of ${total}.`,
  rejectedDownload: 'Download all skipped rows (CSV)',
  importDismiss: 'Clear finished imports',
  importOpenDashboard: 'Open the dashboard',
  persistRefused:
    'This browser did not grant lasting storage, so it may delete the imported data when space runs low. Keep your original files.',

  currencyStopTitle: ({ name }: { name: string }) => `${name}: money in several currencies`,
  currencyStopBody: ({ codes }: { codes: string }) =>
    `With this file, the subscriptions of this workspace are in ${codes}. Revenue can only be added up in one currency: choose it, and enter what one unit of each other currency is worth in it. You can change both later in Settings.`,
  currencyStopChoose: 'Show money in',
  currencyStopRates: 'Conversion rates',
  currencyStopRate: ({ from, to }: { from: string; to: string }) => `1 ${from} in ${to}`,
  currencyStopRateHint: 'For example 0.92 (a decimal comma works too).',
  currencyStopInvalid: 'Enter a number greater than 0.',
  currencyStopSave: 'Save rates and import',
  currencyStopCancel: 'Cancel import',

  errorDetail: 'Details',

  datasetsHeading: 'Datasets in this workspace',
  datasetsEmpty: 'No datasets in this workspace yet.',
  datasetsKind: 'Kind',
  datasetsFile: 'File',
  datasetsRows: 'Rows',
  datasetsImported: 'Imported',
  datasetsConventions: 'Read as',
  datasetsActions: 'Actions',
  datasetRejected: ({ count }: { count: string }) => `${count} skipped`,
  datasetRename: 'Rename',
  datasetRenameLabel: ({ name }: { name: string }) => `Rename ${name}`,
  datasetRemap: 'Re-map',
  datasetRemapLabel: ({ name }: { name: string }) => `Re-map ${name}: choose the file again`,
  datasetDelete: 'Delete',
  datasetDeleteLabel: ({ name }: { name: string }) => `Delete ${name}`,
  datasetDeleteConfirm: ({ name }: { name: string }) =>
    `Delete “${name}” and its rows from this workspace? This cannot be undone.`,
  datasetSkippedRows: ({ name }: { name: string }) => `Skipped rows of ${name} (CSV)`,
  dataNewName: 'New name',
  dataNameRequired: 'Enter a name: it cannot be empty.',
  dataSave: 'Save',
  dataDelete: 'Delete',

  demoLoadingWorkspace: 'Loading the demo into its own workspace…',
  demoWorkspaceName: 'Demo',

  workspacesHeading: 'Workspaces',
  workspacesHelp:
    'Each workspace has its own datasets and settings, for example one per company. Imports go to the current one.',
  workspaceCurrent: 'current',
  workspaceSwitch: 'Switch to',
  workspaceSwitchTo: ({ name }: { name: string }) => `Switch to ${name}`,
  workspaceRenameLabel: ({ name }: { name: string }) => `Rename ${name}`,
  workspaceDeleteConfirm: ({ name }: { name: string }) =>
    `Delete the workspace “${name}” with all its datasets and settings? This cannot be undone.`,
  workspaceCreate: 'New workspace',
  workspaceNameLabel: 'Workspace name',
  workspaceCreateButton: 'Create',
  workspacesNone: 'No workspace yet: one is created with your first import.',
  workspaceDatasets: ({ count }: { count: number }) => (count === 1 ? '1 dataset' : `${count} datasets`),

  dataSettingsHeading: 'Data on this device',
  dataSettingsBody:
    'Your workspaces, datasets and settings are stored only in this browser on this device. They are not synced anywhere, so keep your original files.',
  eraseAll: 'Erase all data on this device',
  eraseAllConfirm:
    'Erase every workspace, dataset, remembered mapping and setting stored by Yardstick in this browser? This cannot be undone.',
  eraseAllDone: 'All data on this device was erased.',
} as const;

export type ImportMessages = CatalogueOf<typeof importEn>;
