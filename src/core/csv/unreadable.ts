// A quote opened and never closed takes every line after it into one record: those rows cannot be
// read at all. The import stops there unless the person chose to keep the rows before it.

/** Where the unreadable rest of a file starts and what it costs. */
export interface UnreadableRest {
  code: 'rest-unreadable';
  /** The physical line the unclosed quote is on. */
  line: number;
  /** Physical lines from that line to the last line with text, both included. */
  lines: number;
  /** Data rows (header excluded) before that line: what a partial import would store at most. */
  rowsBefore: number;
}

/** Physical lines a swallowed record spans, trailing line ends and blank lines left out. */
export function linesSpanned(fields: readonly string[]): number {
  let n = 1;
  for (let i = 0; i < fields.length; i++) {
    const f = i === fields.length - 1 ? trimEnd(fields[i]) : fields[i];
    for (let k = 0; k < f.length; k++) {
      const c = f.charCodeAt(k);
      if (c === 10) n++;
      else if (c === 13 && f.charCodeAt(k + 1) !== 10) n++;
    }
  }
  return n;
}

function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

export function unreadableRest(fields: readonly string[], line: number, rowsBefore: number): UnreadableRest {
  return { code: 'rest-unreadable', line, lines: linesSpanned(fields), rowsBefore };
}
