// the report command's pipeline in-process (src/cli/report.ts main(), without
// process.exit), over files given as text or bytes. Used by the tests beside it.
import { ingest, type IngestResult, type WorkspaceLocale } from '../../../src/core/datasets/ingest.ts';
import { buildReport, type ReportDocument } from '../../../src/core/report.ts';
import { DEFAULT_SETTINGS, workspaceDataOf, type MetricSettings } from '../../../src/core/workspace-data.ts';
import { computePeriods } from '../../../src/core/metrics/compute.ts';
import type { PeriodGrain } from '../../../src/core/metrics/periods.ts';

export interface InFile {
  name: string;
  text?: string;
  bytes?: Uint8Array;
}

export interface Run {
  results: IngestResult[];
  doc: ReportDocument;
  /** value of an id in a month; throws when the month or id is missing */
  v: (month: string, id: string) => number | null;
  settings: MetricSettings;
  periods: (grain: PeriodGrain) => { keys: string[]; v: (key: string, id: string) => number | null };
}

export function run(
  files: InFile[],
  opts: {
    locale?: WorkspaceLocale;
    settings?: Partial<MetricSettings>;
    segment?: Record<string, string[]>;
  } = {},
): Run {
  const settings: MetricSettings = { ...DEFAULT_SETTINGS, fx: {}, ...opts.settings };
  const results = files.map((f) =>
    ingest(f.bytes ?? new TextEncoder().encode(f.text!), f.name, { locale: opts.locale ?? 'en-US' }),
  );
  const data = workspaceDataOf(results);
  const doc = buildReport(results, data, settings, { segment: opts.segment });
  const v = (month: string, id: string) => {
    const row = doc.months[month];
    if (!row) throw new Error(`no month ${month} in ${Object.keys(doc.months).join(',')}`);
    if (!(id in row)) throw new Error(`no id ${id} in ${month}`);
    return row[id];
  };
  const periods = (grain: PeriodGrain) => {
    const p = computePeriods(data, settings, grain, { segment: opts.segment });
    return {
      keys: p.months,
      v: (key: string, id: string) => {
        const i = p.months.indexOf(key);
        if (i < 0) throw new Error(`no period ${key} in ${p.months.join(',')}`);
        if (!(id in p.values)) throw new Error(`no id ${id}`);
        return p.values[id][i];
      },
    };
  };
  return { results, doc, v, settings, periods };
}

/** CSV text from lines (LF) */
export const csv = (...lines: string[]) => lines.join('\n') + '\n';
