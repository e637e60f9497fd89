// Title rows above the header (datasets.md §8.5): finance sites export a sheet's caption
// ("Balance Sheet", a company name) on its own row before the real header. A row whose cells after
// the first are all empty, before the first row with two or more filled cells, is such a title.

import type { QuoteProblem, RowSink } from './parse.ts';

/** At most this many title rows: a file of one column is data, not a stack of titles. */
const MAX_TITLES = 10;

function isTitle(fields: readonly string[]): boolean {
  for (let i = 1; i < fields.length; i++) if (fields[i].trim() !== '') return false;
  return true;
}

export interface TitleSkipper {
  sink: RowSink;
  /** Call after the last record: a file of title-like rows only is passed on as it was. */
  end(): void;
  /** Physical lines of the rows left out as titles. */
  readonly lines: number[];
}

/** Wraps `sink` so that title rows above the header never reach it. */
export function skipTitleRows(sink: RowSink): TitleSkipper {
  let held: { fields: string[]; line: number; problem: QuoteProblem | null }[] | null = [];
  const lines: number[] = [];
  const replay = () => {
    const rows = held ?? [];
    held = null;
    for (const r of rows) sink(r.fields, r.line, r.problem);
  };
  return {
    lines,
    sink(fields, line, problem) {
      if (held === null) return sink(fields, line, problem);
      if (!problem && isTitle(fields)) {
        held.push({ fields, line, problem });
        if (held.length > MAX_TITLES) replay();
        return;
      }
      for (const r of held) lines.push(r.line);
      held = null;
      sink(fields, line, problem);
    },
    end() {
      if (held !== null && held.length > 0) {
        lines.length = 0;
        replay();
      }
      held = null;
    },
  };
}
