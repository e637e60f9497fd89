// Real KPI results for component tests: the public fixtures ingested and computed exactly as the
// worker and the page do (ingest → workspaceDataOf → computeGrains months, then quarters and
// years → composeAnswer), no mock.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingest, type IngestResult } from '../../src/core/datasets/ingest.ts';
import { workspaceDataOf } from '../../src/core/workspace-data.ts';
import { composeAnswer } from '../../src/state/compute-answer.ts';
import { computeGrains } from '../../src/worker/compute.ts';
import type { ComputeAnswer } from '../../src/worker/protocol.ts';

export const FIXTURES = resolve(__dirname, '../fixtures/public');
export const EXPECTED = JSON.parse(readFileSync(resolve(FIXTURES, 'expected.json'), 'utf8')) as {
  files: { name: string }[];
  settings: { activation_event: string; gross_margin: number; currency: string };
  months: Record<string, Record<string, number | null>>;
};

let ingested: IngestResult[] | null = null;

function load(names: readonly string[]): IngestResult[] {
  return names.map((name) =>
    ingest(new Uint8Array(readFileSync(resolve(FIXTURES, name))), name, { locale: 'en-US' }),
  );
}

/** The fixture workspace's answer; `names` limits it to some files (default: every expected file). */
export function fixtureAnswer(
  opts: { names?: readonly string[]; segment?: Record<string, string[]>; activation?: string } = {},
): ComputeAnswer {
  const all = (ingested ??= load(EXPECTED.files.map((f) => f.name)));
  const results = opts.names ? all.filter((r) => opts.names!.includes(r.fileName)) : all;
  const data = workspaceDataOf(results);
  const settings = {
    gross_margin: EXPECTED.settings.gross_margin,
    activation_event: opts.activation ?? EXPECTED.settings.activation_event,
    fx: {},
    currency: 'USD',
  };
  return composeAnswer(computeGrains(data, settings, opts.segment, ['month', 'quarter', 'year']));
}
