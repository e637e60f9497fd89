// The English words for every import problem code: the headless report's messages, the tests'
// expectations, and the text of IngestError. The page words the same codes in its own language.

import type {
  DetectionReason,
  FileProblem,
  ImportWarning,
  KindReason,
  NoKindReason,
  RowReason,
  StoredReason,
} from './reasons.ts';

function quoted(value: string): string {
  return `"${value}"`;
}

export function rowReasonEn(r: RowReason): string {
  switch (r.code) {
    case 'quote-unclosed':
      return 'a quote opened on this line is never closed, so the rest of the file could not be read as rows';
    case 'quote-trailing':
      return 'a quoted field has text after its closing quote';
    case 'field-count':
      return `expected ${r.expected} fields, found ${r.found}${r.found > r.expected ? ' (too many)' : ' (too few)'}`;
    case 'cell-empty':
      return `${r.column} is empty`;
    case 'not-number':
      return `${r.column}: ${quoted(r.value)} is not a number`;
    case 'not-date':
      return `${r.column}: ${quoted(r.value)} is not a valid date`;
    case 'not-month':
      return `${r.column}: ${quoted(r.value)} is not a valid month or date`;
    case 'not-interval':
      return `${r.column}: ${quoted(r.value)} is not a billing interval`;
    case 'not-bool':
      return `${r.column}: ${quoted(r.value)} is not true or false`;
    case 'not-score':
      return `${r.column}: ${quoted(r.value)} is not a whole number from 0 to 10`;
  }
}

/** A stored reason: text stored before reasons had codes is already English. */
export function storedReasonEn(r: StoredReason): string {
  return typeof r === 'string' ? r : rowReasonEn(r);
}

function noKindEn(r: NoKindReason): string {
  const list = r.headers.join(', ');
  if (r.code === 'kind-none') {
    const closest = r.closest.map((c) => `${c.kind} needs ${c.missing.join(', ')}`).join('; ');
    return `no dataset kind fits the headers (${list}): ${closest}`;
  }
  return (
    `no dataset kind fits the headers (${list}) better than the others: ` +
    `${r.kinds.join(' and ')} match equally (${r.required} required, ${r.optional} optional fields)`
  );
}

function detectionEn(r: DetectionReason): string {
  if (r.code !== 'kind-match') return noKindEn(r);
  const matched = `${r.kind} matches ${r.required} required and ${r.optional} optional fields`;
  return r.next ? `${matched} (next: ${r.next.kind}, ${r.next.required} and ${r.next.optional})` : matched;
}

export function kindReasonEn(r: KindReason): string {
  switch (r.code) {
    case 'kind-chosen':
      return `chosen by you (detected: ${r.detected ?? 'none'})`;
    case 'kind-transposed':
      return `${detectionEn(r.detection)}; the sheet was transposed (line items in rows, periods in columns)`;
    default:
      return detectionEn(r);
  }
}

export function fileProblemEn(p: FileProblem): string {
  switch (p.code) {
    case 'spreadsheet':
      return 'this is a spreadsheet workbook, not a CSV file: save the sheet as CSV (or Unicode Text) and import that';
    case 'not-text':
      return 'cannot read the file: the file is not text (it contains NUL bytes)';
    case 'bad-encoding':
      return `cannot read the file: the bytes are not valid ${p.encoding}`;
    case 'empty-file':
      return 'the file is empty';
    case 'no-header':
      return 'the file has no header row';
    case 'dated-too-large':
      return 'a sheet with dates as column headers this large cannot be read';
    case 'rest-unreadable':
      return `A quote opened on line ${p.line} is never closed, so ${p.lines === 1 ? 'that line' : `the ${p.lines} lines from there to the end of the file`} cannot be read as rows. Nothing from this file is imported unless you choose to keep the rows before it.`;
    case 'missing-column':
      return `${p.kind} needs a column for ${p.missing.join(', ')} (headers: ${p.headers.join(', ')})`;
    default:
      return kindReasonEn(p);
  }
}

export function warningEn(w: ImportWarning): string {
  switch (w.code) {
    case 'header-unnamed':
      return `column ${w.column} has no name: called ${w.name}`;
    case 'header-repeated':
      return `column ${w.column} repeats ${quoted(w.header)}: called ${w.name}`;
    case 'mapping-no-column':
      return `mapping for ${w.field}: there is no column ${quoted(w.header)}`;
    case 'replacement-chars':
      return 'the file already contains U+FFFD replacement characters: some text was damaged before export';
    case 'no-interval-count':
      return 'no Interval Count column: a count of 1 is assumed, so quarterly prices exported as "month" would be overstated';
    case 'several-currencies':
      return `several currencies (${w.currencies.join(', ')}): conversion rates are needed`;
    case 'decimal-guessed':
      return `every number in ${w.columns.join(', ')} reads either way (1,500 or 1.500): read with ${w.decimal === ',' ? 'comma' : 'dot'} decimals`;
    case 'date-order-guessed':
      return `every date in ${w.columns.join(', ')} has a day of 12 or less: read ${w.order === 'DMY' ? 'day' : 'month'} first`;
  }
}
