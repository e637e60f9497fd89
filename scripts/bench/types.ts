export type DatasetKind = 'subscriptions' | 'events';

export interface GeneratedFile {
  kind: DatasetKind;
  path: string;
  /** Data rows (header excluded). */
  rows: number;
  bytes: number;
  /** Distinct customers (subscriptions) or users (events). */
  customers: number;
}

export interface BenchOptions {
  quick: boolean;
  runs: number;
  only: DatasetKind | null;
  subscriptionRows: number;
  eventRows: number;
  seed: number;
  keepData: boolean;
  /** Serve this folder instead of building and serving dist/ (self-test of the harness). */
  dist: string | null;
  /** `--profile`: the engine worker's per-phase timings of each import. */
  profile: boolean;
  /** `--check`: compare this run's ratios with the stored ones (exit 1 when one is 25 % worse). */
  check: boolean;
  /** `--save`: store this run's ratios as the ones later `--check` runs compare with. */
  save: boolean;
  /** Back up the subscriptions' workspace after each import (`--snapshot`, `--only snapshot`). */
  snapshot: boolean;
}
