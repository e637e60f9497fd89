// Sample arguments for every import message that is a function, for catalogue tests
// (spread into test/component/catalogue.test.ts SAMPLE_PARAMS).
import type { importEn } from './en.ts';
import { alike, SAMPLE, type SampleParams } from '../samples.ts';

const emptied = { count: '3', n: 3 };

export const IMPORT_SAMPLE_PARAMS: SampleParams<typeof importEn> = {
  ...alike(SAMPLE.name, 'previewHeading', 'previewRemove', 'previewDuplicate', 'previewRemap'),
  ...alike(SAMPLE.name, 'previewRemapOther', 'importProgressLabel', 'importCancelled', 'currencyStopTitle'),
  ...alike(SAMPLE.name, 'datasetRenameLabel', 'datasetRemapLabel', 'datasetDeleteLabel'),
  ...alike(SAMPLE.name, 'datasetDeleteConfirm', 'datasetSkippedRows'),
  ...alike(SAMPLE.workspace, 'workspaceSwitchTo', 'workspaceRenameLabel', 'workspaceDeleteConfirm'),
  ...alike(SAMPLE.count, 'previewSampleHeading', 'importConfirm', 'workspaceDatasets'),
  ...alike(emptied, 'previewCheckEmptied', 'importEmptiedCount'),
  previewRowsPartial: { count: '1,000' },
  previewNoKind: { reason: 'no dataset kind fits the headers (a, b)' },
  previewMissing: { fields: 'start, amount' },
  previewCents: SAMPLE.columns,
  previewCheckRejected: { count: '4', checked: '25', of: 25 },
  importProgressRows: { rows: '12,000', speed: '40,000' },
  importDone: { name: 'subs.csv', rows: '1,200', n: 1200 },
  importRejectedCount: SAMPLE.rows,
  rejectedShown: { shown: '100', total: '130' },
  currencyStopBody: { codes: 'USD, EUR' },
  currencyStopRate: { from: 'EUR', to: 'USD' },
  datasetRejected: { count: '4' },
};
