// Delimiter sniffing. papaparse's guesser fails on one-line files and trailing newlines, so we
// count candidates outside quotes over the first records and pass the winner explicitly.

export type Delimiter = ',' | ';' | '\t' | '|';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

const SAMPLE_RECORDS = 50;
const SAMPLE_CHARS = 256 * 1024;

/** Counts of each candidate per non-blank record, quotes respected. */
function countRecords(text: string): number[][] {
  const records: number[][] = [];
  let counts = [0, 0, 0, 0];
  let inQuotes = false;
  let content = false;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end && records.length < SAMPLE_RECORDS; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === 34) {
      inQuotes = true;
      content = true;
    } else if (c === 10 || c === 13) {
      if (content) records.push(counts);
      counts = [0, 0, 0, 0];
      content = false;
    } else if (c === 44) counts[0]++;
    else if (c === 59) counts[1]++;
    else if (c === 9) counts[2]++;
    else if (c === 124) counts[3]++;
    else if (c !== 32) content = true;
  }
  if (content && records.length < SAMPLE_RECORDS) records.push(counts);
  return records;
}

/**
 * The delimiter that splits the header and agrees with most records after it: first by the share of
 * records with the header's count, then by that count; `,` wins a draw, then `;`, tab, `|`.
 */
export function sniffDelimiter(text: string): Delimiter {
  // Title lines of one cell above the header (`Bilans`, a report's name and date range) have no
  // delimiter at all: the header is the first record that has one (datasets.md §8.5).
  const all = countRecords(text);
  const first = all.findIndex((counts) => counts.some((n) => n > 0));
  if (first < 0) return ',';
  const records = all.slice(first);
  const header = records[0];
  let best: Delimiter = ',';
  let bestShare = -1;
  let bestCount = 0;
  for (let d = 0; d < DELIMITERS.length; d++) {
    const n = header[d];
    if (n === 0) continue;
    let same = 0;
    for (let r = 1; r < records.length; r++) if (records[r][d] === n) same++;
    const share = records.length > 1 ? same / (records.length - 1) : 1;
    if (share > bestShare || (share === bestShare && n > bestCount)) {
      best = DELIMITERS[d];
      bestShare = share;
      bestCount = n;
    }
  }
  return best;
}
