// `npm run report`: the browser's ingest and metric code, headless (interfaces.md §1).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingest, IngestError, type IngestResult } from '../core/datasets/ingest.ts';
import { buildReport } from '../core/report.ts';
import { DEFAULT_SETTINGS } from '../core/workspace-data.ts';
import { parseReportArgs, UsageError } from './args.ts';
import { parseSettingsFile, type SettingsFile } from './settings-file.ts';
import { currencyProblem } from '../core/currency.ts';
import { computeWorkspace } from '../core/metrics/compute.ts';
import { workspaceDataOf } from '../core/workspace-data.ts';
import { alertsReport, parseAlertRules } from './alerts-file.ts';

function fail(message: string): never {
  process.stderr.write(`report: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(2);
}

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    fail(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Alerts watch the whole workspace (metrics.md §16): every month, no segment. */
function readAlerts(path: string, results: IngestResult[], settings: SettingsFile['settings']) {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(readBytes(path)));
  } catch (e) {
    fail(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const rules = parseAlertRules(json);
  return alertsReport(rules, computeWorkspace(workspaceDataOf(results), settings));
}

function main(): void {
  const args = parseReportArgs(process.argv.slice(2));
  let config: SettingsFile = { settings: { ...DEFAULT_SETTINGS }, overrides: new Map() };
  if (args.settingsPath) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(readBytes(args.settingsPath)));
    } catch (e) {
      fail(`${args.settingsPath}: not valid JSON (${(e as Error).message})`);
    }
    config = parseSettingsFile(json);
  }
  const results: IngestResult[] = args.files.map((path) => {
    const name = basename(path);
    const o = config.overrides.get(name) ?? config.overrides.get(path);
    return ingest(readBytes(path), name, { locale: args.locale, kind: o?.kind, mapping: o?.mapping });
  });
  const problem = currencyProblem(results, config.settings);
  if (problem) fail(problem);
  const doc = buildReport(results, config.settings, { month: args.month, segment: args.segment });
  const alerts = args.alertsPath ? readAlerts(args.alertsPath, results, config.settings) : undefined;
  process.stdout.write(JSON.stringify(alerts ? { ...doc, alerts } : doc, null, 1) + '\n');
}

try {
  main();
} catch (e) {
  if (e instanceof IngestError || e instanceof UsageError) fail(e.message);
  throw e;
}
