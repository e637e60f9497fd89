// `npm run report`: the browser's ingest and metric code, headless (interfaces.md §1).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingest, IngestError, type IngestResult } from '../core/datasets/ingest.ts';
import { buildReport } from '../core/report.ts';
import { DEFAULT_SETTINGS } from '../core/workspace-data.ts';
import { parseReportArgs, UsageError } from './args.ts';
import { parseSettingsFile, type SettingsFile } from './settings-file.ts';
import { currencyProblem } from '../core/currency.ts';
import { checkSegment, segmentFields } from '../core/metrics/segments.ts';
import { workspaceDataOf } from '../core/workspace-data.ts';
import { segmentsEn } from '../i18n/messages/segments/en.ts';
import { ingestErrorEn } from '../i18n/reasons-english.ts';
import { segmentMissText, unknownSegmentText } from '../i18n/segment-text.ts';
import { goalsReport, kpiDataOfMonths, readGoalsDocument } from '../core/goals/report.ts';
import { computeWorkspace } from '../core/metrics/compute.ts';
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
    return ingest(readBytes(path), name, {
      locale: args.locale,
      kind: o?.kind,
      mapping: o?.mapping,
      cents: o?.cents,
    });
  });
  const problem = currencyProblem(results, config.settings);
  if (problem) fail(problem);
  // The same check as the page's, but a field that does not exist is refused: a typo would
  // otherwise print a plausible-looking report of nothing.
  const data = workspaceDataOf(results);
  const fields = segmentFields(data.subscriptions);
  const check = checkSegment(args.segment, fields);
  if (check.unknownFields.length) fail(unknownSegmentText(segmentsEn, check.unknownFields, fields));
  for (const miss of check.misses) process.stderr.write(`report: ${segmentMissText(segmentsEn, miss)}\n`);
  const doc = buildReport(results, data, config.settings, { month: args.month, segment: args.segment });
  if (args.goalsPath) {
    let goals;
    try {
      goals = readGoalsDocument(JSON.parse(new TextDecoder().decode(readBytes(args.goalsPath))));
    } catch (e) {
      fail(`${args.goalsPath}: not a goals document (${(e as Error).message})`);
    }
    // Goals are judged on the whole workspace: every month, no segment.
    const whole =
      args.month || Object.keys(args.segment).length
        ? computeWorkspace(data, config.settings)
        : kpiDataOfMonths(doc.months);
    Object.assign(doc, { goals: goalsReport(goals, whole, Date.now()) });
  }
  const alerts = args.alertsPath ? readAlerts(args.alertsPath, results, config.settings) : undefined;
  process.stdout.write(JSON.stringify(alerts ? { ...doc, alerts } : doc, null, 1) + '\n');
}

try {
  main();
} catch (e) {
  if (e instanceof IngestError) fail(ingestErrorEn(e));
  if (e instanceof UsageError) fail(e.message);
  throw e;
}
