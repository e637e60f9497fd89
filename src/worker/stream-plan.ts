// The import plan of a streamed file, decided from a bounded prefix of it: the encoding, the
// delimiter, the header row, the kind, the mapping and the per-column conventions. The rest of
// the file is then read with these decisions, so memory never grows with the file; statistics of
// every row check them, and a plan the whole file contradicts reads it again (import-file.ts).
//
// This mirrors what core `ingest()` decides over the whole text (it reads the same prefix when
// the file is smaller than the prefix, so both agree exactly there). The user's overrides from
// the preview (kind, mapping, decimal and date order per column) always win.

import { cleanHeaders } from '../core/csv/headers.ts';
import type { EncodingLabel } from '../core/csv/decode.ts';
import { parseRows } from '../core/csv/parse.ts';
import { skipTitleRows } from '../core/csv/title-rows.ts';
import { readSepLine } from '../core/csv/sep-line.ts';
import { sniffDelimiter } from '../core/csv/sniff.ts';
import { fileConventions } from '../core/datasets/conventions.ts';
import { IngestError } from '../core/datasets/errors.ts';
import type { IngestOptions } from '../core/datasets/ingest.ts';
import type { DatasetKind } from '../core/datasets/kinds.ts';
import { localeDateOrder, localeDecimal } from '../core/datasets/locale-defaults.ts';
import type { Plan } from '../core/datasets/plan.ts';
import { readText, type TextSource } from '../core/datasets/read.ts';
import { CANCELED_AT, KIND_FIELDS } from '../core/datasets/synonyms.ts';
import { hasDateHeader } from '../core/datasets/transpose.ts';
import { decidePlan, startTable, type Table } from '../core/datasets/decide.ts';
import type { KindReason } from '../core/datasets/reasons.ts';
import type { DateOrder } from '../core/locale/dates.ts';
import type { Decimal } from '../core/locale/numbers.ts';

/**
 * Bytes read to decide the plan; files up to this size are decided on their whole content. The
 * preview and the import each parse it once more, and ~15,000 rows rarely decide otherwise than
 * the whole file (which is checked anyway).
 */
export const PREFIX_BYTES = 1024 * 1024;

/**
 * Cuts a prefix after its last line break, so no record and no multi-byte character is split.
 * UTF-16 files break on the two-byte line feed at an even offset.
 */
export function cutAtLineBreak(bytes: Uint8Array): Uint8Array {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  for (let i = bytes.length - 1; i > 0; i--) {
    if (le && bytes[i] === 0x00 && bytes[i - 1] === 0x0a && (i - 1) % 2 === 0)
      return bytes.subarray(0, i + 1);
    if (be && bytes[i] === 0x0a && bytes[i - 1] === 0x00 && (i - 1) % 2 === 0)
      return bytes.subarray(0, i + 1);
    if (!le && !be && bytes[i] === 0x0a) return bytes.subarray(0, i + 1);
  }
  return bytes;
}

/** Reads the prefix of a file: whole when it fits, else cut after a line break. */
export async function readPrefix(
  file: Blob,
  limit = PREFIX_BYTES,
): Promise<{ bytes: Uint8Array; whole: boolean }> {
  const whole = file.size <= limit;
  const bytes = new Uint8Array(await file.slice(0, Math.min(file.size, limit)).arrayBuffer());
  return { bytes: whole ? bytes : cutAtLineBreak(bytes), whole };
}

/**
 * The text source of the prefix, as core readText() decides it; `forced` re-decodes with a
 * legacy code page when strict UTF-8 failed later in the file.
 */
export function prefixSource(
  bytes: Uint8Array,
  fileName: string,
  preferPolish: boolean,
  forced?: EncodingLabel,
): TextSource {
  const src = readText(bytes, fileName, preferPolish);
  if (!forced || forced === src.encoding) return src;
  const text = new TextDecoder(forced).decode(bytes);
  const sep = readSepLine(text);
  const body = sep.skip > 0 ? text.slice(sep.skip) : text;
  return {
    encoding: forced,
    delimiter: sep.delimiter ?? sniffDelimiter(body),
    body,
    firstLine: 1 + sep.lines,
    replacementChars: text.includes('\uFFFD'),
  };
}

export interface StreamPlan {
  source: TextSource;
  headers: string[];
  /** Physical line of the header row: title rows above it are left out. */
  headerLine: number;
  /** The header row is all dates: maybe a transposed balance sheet, which needs every row. */
  dated: boolean;
  plan: Plan | null;
  kind: DatasetKind | null;
  /** Null for a sheet with dates as headers: the core decides it from the whole file. */
  kindReason: KindReason | null;
  missing: string[];
  /** field → header, every field of the kind present (unmapped ones null), as core reports it. */
  mapping: Record<string, string | null>;
  decimal: Decimal;
  dateOrder: DateOrder;
}

/** Decides the plan from the prefix's records (the same steps as core ingest's analysis). */
export function planFromSource(src: TextSource, opts: IngestOptions): StreamPlan {
  let headers: string[] | null = null;
  let stats: Table['stats'] | null = null;
  let dated = false;
  let setup: Table | null = null;
  let headerLine = src.firstLine;
  const titles = skipTitleRows((fields, line, problem) => {
    if (headers === null) {
      headers = cleanHeaders(fields).names;
      headerLine = line;
      dated = hasDateHeader(headers);
      if (!dated) {
        setup = startTable(headers, opts);
        stats = setup.stats;
      }
      return;
    }
    if (stats && !problem && fields.length === headers.length) stats.add(fields);
  });
  parseRows(src.body, src.delimiter, titles.sink, src.firstLine);
  titles.end();
  if (headers === null) throw new IngestError('unreadable', '', { code: 'no-header' });
  const hs: string[] = headers;
  const base = {
    source: src,
    headers: hs,
    headerLine,
    dated,
    decimal: '.' as const,
    dateOrder: 'YMD' as const,
  };
  if (dated || !setup) {
    return { ...base, plan: null, kind: null, kindReason: null, missing: [], mapping: {} };
  }
  return { ...base, ...decideFromTable(setup, hs, src.delimiter, opts) };
}

export type TableDecision = Pick<
  StreamPlan,
  'plan' | 'kind' | 'kindReason' | 'missing' | 'mapping' | 'decimal' | 'dateOrder'
>;

/**
 * The plan a table's statistics imply. `t.mapping` gains the kept extra columns, so a table is
 * decided once: from the prefix's rows, or, after the stream, from every row of the file.
 */
export function decideFromTable(
  t: Table,
  hs: string[],
  delimiter: TextSource['delimiter'],
  opts: IngestOptions,
): TableDecision {
  const kindReason: KindReason = opts.kind
    ? { code: 'kind-chosen', detected: t.detection.kind }
    : t.detection.reason;
  const none = { plan: null, kind: null, kindReason, missing: [], mapping: {} };
  if (!t.kind) return { ...none, decimal: '.', dateOrder: 'YMD' };
  const columns = t.stats.columns;
  const { plan, missing } = decidePlan(t, hs, t.mapping, columns, delimiter, opts)!;
  const conv = fileConventions(
    plan,
    columns,
    delimiter,
    localeDecimal(opts.locale),
    localeDateOrder(opts.locale),
  );
  const mapping = Object.create(null) as Record<string, string | null>;
  for (const spec of KIND_FIELDS[t.kind]) if (spec.field !== CANCELED_AT) mapping[spec.field] = null;
  for (const [field, i] of t.mapping) mapping[field] = hs[i];
  return { plan, kind: t.kind, kindReason, missing, mapping, ...conv };
}
