import { parseArgs } from 'node:util';
import type { WorkspaceLocale } from '../core/datasets/ingest.ts';

export interface ReportArgs {
  files: string[];
  month?: string;
  segment: Record<string, string[]>;
  settingsPath?: string;
  locale: WorkspaceLocale;
  /** `--goals goals.json`: stored goals judged on the imported data. */
  goalsPath?: string;
  /** `--alerts rules.json`: alert rules to evaluate over the whole workspace. */
  alertsPath?: string;
}

const LOCALES: readonly WorkspaceLocale[] = ['en-US', 'en-GB', 'id', 'pl'];

export class UsageError extends Error {}

/** Parses the report command line (interfaces.md §1). */
export function parseReportArgs(argv: string[]): ReportArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      month: { type: 'string' },
      segment: { type: 'string', multiple: true },
      settings: { type: 'string' },
      locale: { type: 'string', default: 'en-US' },
      goals: { type: 'string' },
      alerts: { type: 'string' },
    },
  });
  if (!positionals.length) throw new UsageError('no input files: npm run report -- [options] FILE.csv...');
  if (values.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month))
    throw new UsageError(`--month must be YYYY-MM, got "${values.month}"`);
  const locale = values.locale as WorkspaceLocale;
  if (!LOCALES.includes(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  const segment: Record<string, string[]> = Object.create(null);
  for (const s of values.segment ?? []) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new UsageError(`--segment must be FIELD=V1,V2, got "${s}"`);
    segment[s.slice(0, eq)] = s.slice(eq + 1).split(',');
  }
  return {
    files: positionals,
    month: values.month,
    segment,
    settingsPath: values.settings,
    locale,
    goalsPath: values.goals,
    alertsPath: values.alerts,
  };
}
