// Sample arguments of every snapshot message that is a function (for catalogue tests).
import type { snapshotEn } from './en.ts';
import { alike, SAMPLE, type SampleParams } from '../samples.ts';

const file = { name: 'Acme-2025-06-30.yardstick.json' };

export const SNAPSHOT_SAMPLE_PARAMS: SampleParams<typeof snapshotEn> = {
  ...alike(SAMPLE.workspace, 'snapshotPreviewHeading', 'snapshotModeReplace', 'snapshotConfirmReplace'),
  ...alike(SAMPLE.workspace, 'snapshotDuplicate', 'snapshotRestored', 'snapshotAlready', 'viewerSaved'),
  ...alike(file, 'snapshotSaved', 'viewerFromFile'),
  ...alike(SAMPLE.date, 'backupLast'),
  snapshotProgress: { done: '64,000', total: '1,000,000' },
  snapshotReady: { ...file, size: '2.1 MB' },
  snapshotPreviewMade: { date: '30 June 2025', app: '0.1.0' },
  snapshotPreviewRows: { datasets: '7', rows: '12,345' },
  snapshotPreviewGoals: { goals: '2', rules: '3' },
  snapshotMigrated: { steps: 'v1 → v2: goals gain owners' },
  snapshotTooBig: { size: '600 MB', limit: '500 MB' },
  snapshotNewer: { version: '7', supported: '1' },
  snapshotUnknownVersion: { version: '0' },
  snapshotPrototypeKey: { key: '__proto__', path: 'workspace.__proto__' },
  snapshotWrongTypes: { path: 'workspace.datasets.0.rowsStored' },
  snapshotFailed: SAMPLE.failure,
  shareLinkLength: { count: '1,234' },
  viewerBanner: { name: 'Acme', date: '30 June 2025', source: 'a link' },
  viewerTargetOf: { kpi: 'MRR', from: '$10,000', to: '$30,000' },
};
