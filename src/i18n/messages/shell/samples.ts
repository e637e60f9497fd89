// Sample arguments of every first-screen message from the lazily loaded areas (for catalogue tests).
import type { shellEn } from './en.ts';
import { alike, SAMPLE, type SampleParams } from '../samples.ts';

export const SHELL_SAMPLE_PARAMS: SampleParams<typeof shellEn> = {
  ...alike(SAMPLE.name, 'errorUnreadable', 'errorSpreadsheet', 'errorNoKind', 'errorMissingColumn'),
  workspaceDeleteLabel: SAMPLE.workspace,
  alertsUnreadLabel: SAMPLE.count,
  staleNotice: { date: 'Dec 31, 2025', days: 40 },
  staleRefresh: { files: 'Subscriptions or Leads' },
};
