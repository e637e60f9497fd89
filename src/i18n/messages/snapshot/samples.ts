// Sample arguments of every snapshot message that is a function (for catalogue tests).
import type { snapshotEn } from './en.ts';

type FunctionKeys = {
  [K in keyof typeof snapshotEn]: (typeof snapshotEn)[K] extends (p: never) => string ? K : never;
}[keyof typeof snapshotEn];

export const SNAPSHOT_SAMPLE_PARAMS: { [K in FunctionKeys]: Parameters<(typeof snapshotEn)[K]>[0] } = {
  snapshotProgress: { done: '64,000', total: '1,000,000' },
  snapshotReady: { name: 'Acme-2025-06-30.yardstick.json', size: '2.1 MB' },
  snapshotSaved: { name: 'Acme-2025-06-30.yardstick.json' },
  snapshotPreviewHeading: { name: 'Acme' },
  snapshotPreviewMade: { date: '30 June 2025', app: '0.1.0' },
  snapshotPreviewRows: { datasets: '7', rows: '12,345' },
  snapshotPreviewGoals: { goals: '2', rules: '3' },
  snapshotMigrated: { steps: 'v1 → v2: goals gain owners' },
  snapshotModeReplace: { name: 'Acme' },
  snapshotConfirmReplace: { name: 'Acme' },
  snapshotDuplicate: { name: 'Acme' },
  snapshotRestored: { name: 'Acme' },
  snapshotAlready: { name: 'Acme' },
  snapshotTooBig: { size: '600 MB', limit: '500 MB' },
  snapshotNewer: { version: '7', supported: '1' },
  snapshotUnknownVersion: { version: '0' },
  snapshotPrototypeKey: { key: '__proto__', path: 'workspace.__proto__' },
  snapshotWrongTypes: { path: 'workspace.datasets.0.rowsStored' },
  snapshotFailed: { message: 'disk full' },
  shareLinkLength: { count: '1,234' },
  viewerBanner: { name: 'Acme', date: '30 June 2025', source: 'a link' },
  viewerFromFile: { name: 'Acme-2025-06-30.yardstick.json' },
  viewerSaved: { name: 'Acme' },
  viewerTargetOf: { kpi: 'MRR', from: '$10,000', to: '$30,000' },
  backupLast: { date: '30 June 2025' },
};
