// Sample arguments of every reliability message that is a function (for catalogue tests).
import type { reliabilityEn } from './en.ts';
import { alike, type SampleParams } from '../samples.ts';

const rest = { line: 3, lines: 3, rowsBefore: 1 };

export const RELIABILITY_SAMPLE_PARAMS: SampleParams<typeof reliabilityEn> = {
  ...alike(rest, 'restKeep', 'restKept'),
  storageExportDone: { files: 2 },
  previewMoreColumns: { count: '1,950', n: 1950 },
  previewMoreColumnsNote: { shown: '50', total: '2,000' },
};
