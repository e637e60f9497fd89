// Sample arguments for every import message that is a function, for catalogue tests
// (spread into test/component/catalogue.test.ts SAMPLE_PARAMS).
import type { importEn } from './en.ts';

type Fn<T> = { [K in keyof T]: T[K] extends (p: infer P) => string ? P : never };
type Params = {
  [K in keyof typeof importEn as (typeof importEn)[K] extends string ? never : K]: Fn<typeof importEn>[K];
};

const name = { name: 'subs.csv' };

export const IMPORT_SAMPLE_PARAMS: Params = {
  previewHeading: name,
  previewRowsPartial: { count: '1,000' },
  previewNoKind: { reason: 'no dataset kind fits the headers (a, b)' },
  previewMissing: { fields: 'start, amount' },
  previewCents: { columns: 'plan_amount' },
  previewSampleHeading: { count: 3 },
  previewCheckRejected: { count: '4', checked: '25', of: 25 },
  previewCheckEmptied: { count: '3', n: 3 },
  previewRemove: name,
  previewDuplicate: name,
  previewRemap: name,
  previewRemapOther: name,
  importConfirm: { count: 3 },
  importProgressLabel: name,
  importProgressRows: { rows: '12,000', speed: '40,000' },
  importCancelled: name,
  importDone: { name: 'subs.csv', rows: '1,200', n: 1200 },
  importRejectedCount: { count: '4', n: 4 },
  importEmptiedCount: { count: '3', n: 3 },
  rejectedShown: { shown: '100', total: '130' },
  currencyStopTitle: name,
  currencyStopBody: { codes: 'USD, EUR' },
  currencyStopRate: { from: 'EUR', to: 'USD' },
  errorUnreadable: name,
  errorSpreadsheet: name,
  errorNoKind: name,
  errorMissingColumn: name,
  datasetRejected: { count: '4' },
  datasetRenameLabel: name,
  datasetRemapLabel: name,
  datasetDeleteLabel: name,
  datasetDeleteConfirm: name,
  datasetSkippedRows: name,
  workspaceSwitchTo: name,
  workspaceRenameLabel: name,
  workspaceDeleteLabel: name,
  workspaceDeleteConfirm: name,
  workspaceDatasets: { count: 3 },
};
