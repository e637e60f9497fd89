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
  /** Back up the subscriptions' workspace after each import (`--snapshot`, `--only snapshot`). */
  snapshot: boolean;
}
