// The public import API: analyse() for the preview, ingest() for the stored frames. Both read
// the whole text once; ingest() normalises during that read with the plan the first rows imply
// and reads the rows a second time only when the whole file decides a different plan
// (speculate.ts).

import type { DatasetKind } from './kinds.ts';
import { CHUNK_ROWS, type Frame } from './frame.ts';
import type { Delimiter } from '../csv/sniff.ts';
import { parseRows } from '../csv/parse.ts';
import { cleanHeaders } from '../csv/headers.ts';
import { skipTitleRows } from '../csv/title-rows.ts';
import { IngestError } from './errors.ts';
import { readText } from './read.ts';
import type { TextSource } from './read.ts';
import { hasDateHeader, isTransposedBalanceSheet, transpose } from './transpose.ts';
import type { ColumnStats, TableStats } from './stats.ts';
import type { Plan } from './plan.ts';
import { guessedConventions } from './conventions.ts';
import { Normaliser } from './normalise.ts';
import type { Table } from './decide.ts';
import { startTable } from './decide.ts';
import { decideFromTable, feedStats, storablePlan } from './table-decision.ts';
import { EarlyNormaliser } from './speculate.ts';
import type { Normalised } from './speculate.ts';
import type { RejectedRow } from './normalise.ts';
import { sampleRecords } from './sample.ts';
import { checkRows, type PreviewCheck } from './preview-check.ts';
import type { WorkspaceLocale } from './locale-defaults.ts';
import type { QuoteProblem } from '../csv/parse.ts';
import { unreadableRest, type UnreadableRest } from '../csv/unreadable.ts';
import type { HeaderRename, ImportWarning, KindReason } from './reasons.ts';
import type { DateOrder, DayMonth } from '../locale/dates.ts';
import type { Decimal } from '../locale/numbers.ts';

export type { WorkspaceLocale } from './locale-defaults.ts';
export type { RejectedRow } from './normalise.ts';
export { IngestError } from './errors.ts';

/** What the person chose in the preview; each choice overrides what the file suggests. */
export interface ImportChoices {
  kind?: DatasetKind;
  mapping?: Record<string, string | null>;
  decimal?: Record<string, Decimal>;
  dateOrder?: Record<string, DayMonth>;
  /** False reads money columns named as cents (`plan_amount`…) as they are (datasets.md §8.6). */
  cents?: boolean;
  /**
   * The person chose to store the rows before this line, where a quote is never closed and the
   * rest of the file cannot be read. Without it such a file is refused.
   */
  keepBeforeLine?: number;
}

export interface IngestOptions extends ImportChoices {
  locale: WorkspaceLocale;
  chunkRows?: number;
}

export interface Analysis {
  fileName: string;
  encoding: string;
  delimiter: string;
  headers: string[];
  kind: DatasetKind | null;
  kindReason: KindReason;
  candidates: { kind: DatasetKind; required: number; optional: number }[];
  mapping: Record<string, string | null>;
  required: string[];
  columns: { header: string; field: string | null; decimal?: Decimal; dateOrder?: DateOrder }[];
  decimal: Decimal;
  dateOrder: DateOrder;
  currencies: string[];
  warnings: ImportWarning[];
  dataRows: number;
  sample: Array<Record<string, string | number | null>>;
  /** The first rows through the import's normaliser: what it would skip or store empty. */
  check: PreviewCheck | null;
  /** Money columns the cents rule names (datasets.md §8.6) and whether they are read as cents. */
  cents: { columns: string[]; on: boolean } | null;
  /** From this line to the end the file cannot be read (a quote never closed); null when it can. */
  unreadable: UnreadableRest | null;
}

export interface IngestResult extends Analysis {
  /** Never null: ingest() throws when no kind fits. */
  kind: DatasetKind;
  frames: Frame[];
  rowsStored: number;
  rejected: RejectedRow[];
  emptiedOptional: number;
}

const SAMPLE_ROWS = 20;
const MAX_RENAME_NOTES = 50;
/** Rows the preview checks for problems: enough to show a file's typical ones, cheap to redo on every change. */
const CHECK_ROWS = 5000;

interface Row {
  fields: string[];
  line: number;
  problem: QuoteProblem | null;
}

/** Everything both entry points need: the analysis plus what ingest() replays. */
interface Prepared {
  analysis: Analysis;
  plan: Plan | null;
  missing: string[];
  body: string;
  delimiter: Delimiter;
  firstLine: number;
  /** Rows kept in memory (transposed sheets); null means re-parse the body. */
  buffered: Row[] | null;
  /** Line items of a transposed sheet left out before turning it around, with their lines. */
  rejectedBefore: RejectedRow[];
  early: EarlyNormaliser | null;
  /** Physical line of the header row (after any title rows). */
  headerLine: number;
}

/** What the first pass over the rows collects. */
interface Scan {
  headers: string[];
  renamed: HeaderRename[];
  headerLine: number;
  table: Table | null;
  /** Rows kept when the header row is all dates (a transposed sheet is decided at the end). */
  buffered: Row[] | null;
  head: Row[];
  dataRows: number;
  /** ingest() only: normalises the rows as they are read. */
  early: EarlyNormaliser | null;
  /** Lines of title rows above the header, left out. */
  titles: number[];
  /** Period columns of a transposed sheet that name no period, left out. */
  skipped: string[];
  unreadable: UnreadableRest | null;
}

function scan(src: TextSource, fileName: string, opts: IngestOptions, normalise: boolean): Scan {
  let s: Scan | null = null;
  const titles = skipTitleRows((fields, line, problem) => {
    if (problem?.code === 'quote-unclosed') {
      // Always the last record: the quote runs to the end of the text.
      const rest = unreadableRest(fields, line, s?.dataRows ?? 0);
      if (s === null) throw new IngestError('unreadable', fileName, rest);
      s.unreadable = rest;
    }
    if (s === null) {
      const { names, renamed } = cleanHeaders(fields);
      const dated = hasDateHeader(names);
      const table = dated ? null : startTable(names, opts);
      const early =
        normalise && table
          ? new EarlyNormaliser(table, names, src.delimiter, opts, opts.chunkRows ?? CHUNK_ROWS)
          : null;
      s = {
        headers: names,
        renamed,
        headerLine: line,
        table,
        buffered: dated ? [] : null,
        head: [],
        dataRows: 0,
        early,
        titles: [],
        skipped: [],
        unreadable: null,
      };
      return;
    }
    s.dataRows++;
    if (s.buffered) s.buffered.push({ fields, line, problem });
    else {
      feedStats(s.table!, fields, problem);
      if (s.early) s.early.row(fields, line, problem);
      else if (s.head.length < CHECK_ROWS) s.head.push({ fields, line, problem });
      // ingest() needs the sample only; the preview also checks the first rows.
      if (s.early && s.head.length < SAMPLE_ROWS) s.head.push({ fields, line, problem });
    }
  });
  parseRows(src.body, src.delimiter, titles.sink, src.firstLine);
  titles.end();
  if (s === null) throw new IngestError('unreadable', fileName, { code: 'no-header' });
  (s as Scan).titles = titles.lines;
  return s;
}

function prepare(bytes: Uint8Array, fileName: string, opts: IngestOptions, normalise = false): Prepared {
  const src = readText(bytes, fileName, opts.locale === 'pl');
  const s = scan(src, fileName, opts, normalise);
  let transposed = false;
  const rejectedBefore: RejectedRow[] = [];
  if (s.buffered !== null) {
    const fields = s.buffered.map((r) => r.fields);
    if (isTransposedBalanceSheet(s.headers, fields)) {
      // A line item is a column once turned around: a ragged or broken one is reported on its own
      // line and left out, never padded or cut to fit the periods (datasets.md §1).
      const width = s.headers.length;
      const whole: string[][] = [];
      for (const r of s.buffered) {
        if (r.problem) rejectedBefore.push({ line: r.line, reason: r.problem });
        else if (r.fields.length !== width)
          rejectedBefore.push({
            line: r.line,
            reason: { code: 'field-count', expected: width, found: r.fields.length },
          });
        else whole.push(r.fields);
      }
      const t = transpose(s.headers, whole);
      s.skipped = t.skipped;
      const clean = cleanHeaders(t.headers);
      s.headers = clean.names;
      s.renamed = clean.renamed;
      // A stored row is a period column now; its cells come from many lines, so cite the header's.
      s.buffered = t.rows.map((f) => ({ fields: f, line: s.headerLine, problem: null }));
      transposed = true;
    }
    s.table = startTable(s.headers, opts);
    for (const r of s.buffered) feedStats(s.table, r.fields, r.problem);
    s.head = s.buffered.slice(0, CHECK_ROWS);
  }
  return {
    ...finishAnalysis(fileName, src, s, transposed, opts, rejectedBefore),
    rejectedBefore,
    headerLine: s.headerLine,
  };
}

function finishAnalysis(
  fileName: string,
  src: TextSource,
  s: Scan,
  transposed: boolean,
  opts: IngestOptions,
  rejectedBefore: readonly RejectedRow[],
): Omit<Prepared, 'rejectedBefore' | 'headerLine'> {
  const { headers, head, dataRows, buffered } = s;
  const { detection, mapping, mappingWarnings } = s.table!;
  const stats: ColumnStats[] = s.table!.stats.columns;
  // The first renames show the pattern; 40,000 of them would only bury the other warnings.
  const warnings: ImportWarning[] = [...s.renamed.slice(0, MAX_RENAME_NOTES), ...mappingWarnings];
  if (s.titles.length > 0) warnings.push({ code: 'title-rows', lines: s.titles });
  if (s.skipped.length > 0) warnings.push({ code: 'columns-skipped', columns: s.skipped });
  if (src.replacementChars) warnings.push({ code: 'replacement-chars' });
  const d = decideFromTable(s.table!, headers, src.delimiter, opts, transposed);
  const { plan, kind, missing } = d;
  if (kind === 'subscriptions' && mapping.has('interval_unit') && !mapping.has('interval_count')) {
    warnings.push({ code: 'no-interval-count' });
  }
  if (plan) warnings.push(...guessedConventions(plan, stats, opts));
  if (plan && plan.cents.length > 0) warnings.push({ code: 'amounts-cents', columns: plan.centsCandidates });
  const rejectedCodes = new Map<string, number>();
  const check =
    plan && missing.length === 0 && !s.early ? checkRows(plan, head, rejectedBefore, rejectedCodes) : null;
  // The rates question counts stored rows only (§8.9): when the check read every row, its
  // currencies are the stored ones; otherwise those of the well-formed rows, less the rows the
  // check rejected (a template's explanation row).
  const currencies =
    check && head.length === dataRows ? check.currencies : currencyCodes(plan, s.table!.stats, rejectedCodes);
  if (currencies.length > 1) warnings.push({ code: 'several-currencies', currencies });
  const analysis: Analysis = {
    fileName,
    encoding: src.encoding,
    delimiter: src.delimiter,
    headers,
    kind,
    kindReason: d.kindReason,
    candidates: detection.candidates,
    mapping: d.mapping,
    required: d.required,
    columns: describeColumns(headers, plan),
    decimal: d.decimal,
    dateOrder: d.dateOrder,
    currencies,
    warnings,
    dataRows,
    // With a required field unmapped every row would be rejected: the preview asks for the mapping instead.
    sample: plan && missing.length === 0 ? sampleRecords(plan, head.slice(0, SAMPLE_ROWS)) : [],
    check,
    cents:
      plan && plan.centsCandidates.length > 0
        ? { columns: plan.centsCandidates, on: plan.cents.length > 0 }
        : null,
    unreadable: s.unreadable,
  };
  return {
    analysis,
    plan,
    missing,
    body: src.body,
    delimiter: src.delimiter,
    firstLine: src.firstLine,
    buffered,
    early: s.early,
  };
}

function describeColumns(headers: readonly string[], plan: Plan | null): Analysis['columns'] {
  return headers.map((header, i) => {
    const c = plan?.columns.find((p) => p.index === i);
    const w = plan?.wide?.find((x) => x.index === i);
    if (w) return { header, field: `cost:${w.category}`, decimal: w.decimal };
    if (!c) return { header, field: null };
    const entry: Analysis['columns'][number] = { header, field: c.name };
    if (c.role === 'number' || c.role === 'score' || c.role === 'count') entry.decimal = c.decimal;
    if (c.role === 'time' || c.role === 'month' || c.role === 'aux-time' || c.role === 'period')
      entry.dateOrder = c.report;
    return entry;
  });
}

/** The currency codes of the well-formed rows, less the rows counted in `rejected`. */
function currencyCodes(
  plan: Plan | null,
  stats: TableStats,
  rejected: ReadonlyMap<string, number>,
): string[] {
  const c = plan?.kind === 'subscriptions' ? plan.columns.find((p) => p.name === 'currency') : undefined;
  if (!c) return [];
  const rows = new Map<string, number>();
  for (const [v, n] of stats.countsOf(c.index) ?? []) {
    const code = v.toUpperCase();
    rows.set(code, (rows.get(code) ?? 0) + n);
  }
  const codes = [...rows].filter(([code, n]) => n > (rejected.get(code) ?? 0)).map(([code]) => code);
  return codes.sort();
}

export function analyse(bytes: Uint8Array, fileName: string, opts: IngestOptions): Analysis {
  return prepare(bytes, fileName, opts).analysis;
}

export function ingest(bytes: Uint8Array, fileName: string, opts: IngestOptions): IngestResult {
  const p = prepare(bytes, fileName, opts, true);
  const a = p.analysis;
  refuseUnreadable(a.unreadable, opts, fileName);
  const plan = storablePlan({ ...p, kindReason: a.kindReason }, a.headers, fileName);
  const done = p.early?.finish(plan) ?? normaliseAgain(p, plan, opts);
  const rejected = p.rejectedBefore.length
    ? [...p.rejectedBefore, ...done.totals.rejected].sort((x, y) => x.line - y.line)
    : done.totals.rejected;
  // The currencies are those of the stored rows (§8.9), and so is the warning about them.
  const { currencies } = done.totals;
  const warnings: ImportWarning[] = a.warnings.filter((w) => w.code !== 'several-currencies');
  if (currencies.length > 1) warnings.push({ code: 'several-currencies', currencies });
  return { ...a, kind: plan.kind, frames: done.frames, ...done.totals, rejected, warnings };
}

/** The rows through a Normaliser with the final plan: buffered ones, or a second parse. */
function normaliseAgain(p: Prepared, plan: Plan, opts: IngestOptions): Normalised {
  const frames: Frame[] = [];
  const normaliser = new Normaliser(plan, (f) => frames.push(f), opts.chunkRows ?? CHUNK_ROWS);
  if (p.buffered) {
    for (const r of p.buffered) normaliser.push(r.fields, r.line, r.problem);
  } else {
    parseRows(
      p.body,
      p.delimiter,
      (fields, line, problem) => {
        if (line > p.headerLine) normaliser.push(fields, line, problem);
      },
      p.firstLine,
    );
  }
  return { frames, totals: normaliser.finish() };
}

/** A file whose rest cannot be read is refused unless the person chose to keep the rows before. */
export function refuseUnreadable(
  rest: UnreadableRest | null,
  opts: Pick<IngestOptions, 'keepBeforeLine'>,
  fileName: string,
): void {
  if (rest && opts.keepBeforeLine !== rest.line) throw new IngestError('unreadable', fileName, rest);
}
