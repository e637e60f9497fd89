// Sample arguments of every reliability message that is a function (for catalogue tests).
import type { reliabilityEn } from './en.ts';

type FunctionKeys = {
  [K in keyof typeof reliabilityEn]: (typeof reliabilityEn)[K] extends (p: never) => string ? K : never;
}[keyof typeof reliabilityEn];

const rest = { line: 3, lines: 3, rowsBefore: 1 };

export const RELIABILITY_SAMPLE_PARAMS: { [K in FunctionKeys]: Parameters<(typeof reliabilityEn)[K]>[0] } = {
  restKeep: rest,
  restKept: rest,
  storageExportDone: { files: 2 },
  previewMoreColumns: { count: '1,950', n: 1950 },
  previewMoreColumnsNote: { shown: '50', total: '2,000' },
};
