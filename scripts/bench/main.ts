/**
 * `npm run bench [-- --quick] [--runs N] [--only subs|events]`: Yardstick's import, reopen and
 * compute against baselines (B0 read + decode, B2 raw Papa.parse in a worker) measured in the same
 * run, on generated data. Exit 0 when it ran to the end (missed targets are printed, not failures);
 * non-zero only when the harness itself broke.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBaselines } from './baselines.ts';
import { withSession } from './browser.ts';
import type { Session } from './browser.ts';
import { ensureBuilt, readBuiltFiles, snapshotDist } from './build.ts';
import { generateData } from './data.ts';
import type { BenchData } from './data.ts';
import { HarnessError, describeError } from './errors.ts';
import { missingFromBuild } from './hooks.ts';
import { parseOptions } from './options.ts';
import { checkAndSave } from './regressions.ts';
import { printReport, writeJson } from './report.ts';
import { datasetResults, newResults } from './results.ts';
import type { BenchResults, DatasetResults } from './results.ts';
import { startPreview } from './server.ts';
import type { PreviewServer } from './server.ts';
import { evaluateTargets } from './targets.ts';
import type { BenchOptions, DatasetKind } from './types.ts';
import { runImport } from './yardstick-import.ts';
import { runReopen } from './yardstick-reopen.ts';
import { runSegmentChange, segmentRecomputeMs } from './yardstick-segment.ts';
import { snapshotAfterImport } from './yardstick-snapshot.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ms = (v: number): string => `${Math.round(v)} ms`;

interface Plan {
  url: string;
  options: BenchOptions;
  /** Hooks whose names the build does not contain at all: those parts are skipped at once. */
  missing: { import: string[]; reopen: string[] };
}

/** The warm recompute after a segment change; a failure is a harness error, not retried. */
async function segmentStep(
  session: Session,
  d: DatasetResults,
  errors: string[],
  label: string,
): Promise<{ line: string; ok: boolean }> {
  try {
    const run = await runSegmentChange(session);
    (d.segmentChanges ??= []).push(run);
    const shown = segmentRecomputeMs(run);
    return {
      line: run.crashed ? 'segment change CRASHED' : `${run.segment} ${shown === null ? '—' : ms(shown)}`,
      ok: true,
    };
  } catch (error) {
    errors.push(`${label}, segment change: ${describeError(error)}`);
    return { line: 'segment change failed', ok: false };
  }
}

async function benchDataset(plan: Plan, d: DatasetResults, errors: string[]): Promise<void> {
  const { url, options, missing } = plan;
  const { file } = d;
  let importWorks = missing.import.length === 0;
  // Both kinds reopen: the dashboard's compute timing after a reload is the cold compute, and a
  // period change the warm one (subscriptions: every KPI from the rows; events: from the aggregates).
  let reopenWorks = missing.reopen.length === 0;
  let segmentWorks = true;
  if (!importWorks) {
    errors.push(`${file.kind}: import not measured, the build has no ${missing.import.join(', ')} hook yet`);
  } else if (!reopenWorks) {
    errors.push(
      `${file.kind}: reopen and compute not measured, the build has no ${missing.reopen.join(', ')} hook yet`,
    );
  }
  for (let run = 1; run <= options.runs; run++) {
    const label = `${file.kind} run ${run}/${options.runs}`;
    const baseline = await measureBaselines(url, file);
    d.b0.push(baseline.b0);
    d.b2.push(baseline.b2);
    if (baseline.sliced) d.slicedBaselines = true;
    const line = [`  ${label}: B0 ${ms(baseline.b0)}, B2 ${ms(baseline.b2)}`];
    if (importWorks) {
      try {
        await withSession(async (session) => {
          const result = await runImport(session, url, file);
          d.imports.push(result);
          if (result.crashed) {
            line.push('import CRASHED');
            return;
          }
          line.push(`import ${ms(result.totalMs)} (${result.rows} rows)`);
          if (result.rows !== file.rows)
            d.rowMismatches.push(`run ${run}: ${result.rows} stored of ${file.rows}`);
          if (!reopenWorks) return;
          try {
            const reopen = await runReopen(session, url);
            d.reopens.push(reopen);
            line.push(reopen.crashed ? 'reopen CRASHED' : `reopen ${ms(reopen.reopenMs)}`);
            // Segments filter subscription fields (metrics.md §3b): an events workspace has none.
            if (!reopen.crashed && segmentWorks && file.kind === 'subscriptions') {
              const step = await segmentStep(session, d, errors, label);
              line.push(step.line);
              segmentWorks = step.ok;
            }
          } catch (error) {
            reopenWorks = false;
            errors.push(`${label}, reopen: ${describeError(error)}`);
            line.push('reopen failed');
          }
          if (options.snapshot && file.kind === 'subscriptions')
            line.push(await snapshotAfterImport(session, d, errors, label));
        });
      } catch (error) {
        importWorks = false;
        errors.push(`${label}, import: ${describeError(error)}`);
        line.push('import failed (not retried in later runs)');
      }
    }
    console.log(line.join(', '));
  }
  if (options.profile && importWorks) await profiledImport(url, d, errors);
}

/** `--profile`: one import more, after the timed ones, with the workers' phase clocks on. */
async function profiledImport(url: string, d: DatasetResults, errors: string[]): Promise<void> {
  try {
    await withSession(async (session) => {
      const result = await runImport(session, url, d.file, { profile: true });
      (d.profiledImports ??= []).push(result);
      console.log(
        `  ${d.file.kind} profiled run: ${result.crashed ? 'import CRASHED' : `import ${ms(result.totalMs)}`}`,
      );
    });
  } catch (error) {
    errors.push(`${d.file.kind}, profiled import: ${describeError(error)}`);
  }
}

async function bench(options: BenchOptions, results: BenchResults): Promise<void> {
  let data: BenchData | null = null;
  let server: PreviewServer | null = null;
  let snapshot: string | null = null;
  try {
    console.log('generating data…');
    data = await generateData(options);
    if (options.dist === null) {
      console.log('checking the build…');
      try {
        results.build = await ensureBuilt(root);
      } catch (error) {
        // Half-written code elsewhere: the baselines still mean something against the last build.
        if (!existsSync(join(root, 'dist', 'index.html'))) throw error;
        results.errors.push(`${describeError(error)}; measured the existing, stale dist/`);
      }
    }
    if (options.dist === null) snapshot = await snapshotDist(root);
    const served = options.dist ?? snapshot ?? join(root, 'dist');
    server = await startPreview(root, served);
    console.log(`serving ${served} at ${server.url}`);
    const plan: Plan = { url: server.url, options, missing: missingFromBuild(readBuiltFiles(served)) };
    for (const kind of ['subscriptions', 'events'] as const satisfies readonly DatasetKind[]) {
      const file = data[kind];
      if (!file) continue;
      const d = datasetResults(file);
      results.datasets[kind] = d;
      try {
        await benchDataset(plan, d, results.errors);
      } catch (error) {
        results.errors.push(`${kind}: ${describeError(error)}`);
      }
    }
  } finally {
    await server?.stop();
    await data?.remove();
    if (snapshot) await rm(snapshot, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(describeError(error));
    return 2;
  }
  const results = newResults(options);
  try {
    await bench(options, results);
  } catch (error) {
    results.errors.push(error instanceof HarnessError ? error.message : `unexpected: ${String(error)}`);
  }
  const targets = evaluateTargets(results);
  printReport(results, targets);
  console.log(`\nresults written to ${writeJson(root, results, targets)}`);
  const regressed = checkAndSave(results);
  return results.errors.length === 0 && !regressed ? 0 : 1;
}

// Ctrl-C: exit through 'exit' handlers, which stop the preview server.
process.once('SIGINT', () => process.exit(130));
process.exitCode = await main();
