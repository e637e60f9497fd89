import { cpus, platform, release, totalmem } from 'node:os';
import type { ImportRun } from './yardstick-import.ts';
import type { ReopenRun } from './yardstick-reopen.ts';
import type { SegmentRun } from './yardstick-segment.ts';
import type { SnapshotRun } from './yardstick-snapshot.ts';
import type { BenchOptions, DatasetKind, GeneratedFile } from './types.ts';

export interface DatasetResults {
  file: GeneratedFile;
  /** Milliseconds per run. */
  b0: number[];
  b2: number[];
  imports: ImportRun[];
  /**
   * `--profile`: one more import, timed phase by phase. Kept apart from `imports`: the phase
   * clocks change how the reader holds records, so a profiled run is not a fair timing.
   */
  profiledImports?: ImportRun[];
  reopens: ReopenRun[];
  /** Rows the finished state reported, when it differed from the generated count. */
  rowMismatches: string[];
  /** B0 and B2 read the file in 1 MB slices: it was too large to hold as one string. */
  slicedBaselines?: boolean;
  /** Subscriptions: a segment change on the reopened dashboard (events carry no segment field). */
  segmentChanges?: SegmentRun[];
  /** Full snapshot exports after the import (`--snapshot`). */
  snapshots?: SnapshotRun[];
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryBytes: number; os: string; node: string };
  options: BenchOptions;
  build: 'fresh' | 'built' | null;
  datasets: Partial<Record<DatasetKind, DatasetResults>>;
  /** Harness failures: each one makes the exit code non-zero. */
  errors: string[];
}

export function newResults(options: BenchOptions): BenchResults {
  return {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryBytes: totalmem(),
      os: `${platform()} ${release()}`,
      node: process.version,
    },
    options,
    build: null,
    datasets: {},
    errors: [],
  };
}

export function datasetResults(file: GeneratedFile): DatasetResults {
  return { file, b0: [], b2: [], imports: [], reopens: [], rowMismatches: [] };
}
