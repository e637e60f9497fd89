// ingest() normalises while it analyses, so the text is parsed once instead of twice. The plan
// depends on every row's statistics (conventions are decided per column from all its values),
// so the normaliser starts with the plan the first rows imply and the result is kept only when
// the plan decided from the whole file is exactly the same; otherwise ingest() reads the rows
// again with the final plan, as it always did. The outcome never depends on the guess.

import type { Delimiter } from '../csv/sniff.ts';
import type { QuoteProblem } from '../csv/parse.ts';
import type { Frame } from './frame.ts';
import type { IngestOptions } from './ingest.ts';
import type { Plan } from './plan.ts';
import type { NormaliseTotals } from './normalise.ts';
import { Normaliser } from './normalise.ts';
import type { Table } from './decide.ts';
import { decidePlan } from './decide.ts';

/** Rows held before the first guess; a file this short is normalised once, with the final plan. */
export const GUESS_ROWS = 65536;
/** Rows between re-checks of the guess: a guess already contradicted stops costing work. */
const CHECK_ROWS = 262144;

interface Held {
  fields: string[];
  line: number;
  problem: QuoteProblem | null;
}

export interface Normalised {
  frames: Frame[];
  totals: NormaliseTotals;
}

export class EarlyNormaliser {
  private held: Held[] | null = [];
  private normaliser: Normaliser | null = null;
  /** The guessed plan, serialised: plans are plain data, so equal text means equal plans. */
  private guess = '';
  private frames: Frame[] = [];
  private rows = 0;

  constructor(
    private readonly table: Table,
    private readonly headers: string[],
    private readonly delimiter: Delimiter,
    private readonly opts: IngestOptions,
    private readonly chunkRows: number,
  ) {}

  /** A data record, after the table's statistics have seen it. */
  row(fields: string[], line: number, problem: QuoteProblem | null): void {
    this.rows++;
    if (this.normaliser) {
      this.normaliser.push(fields, line, problem);
      if (this.rows % CHECK_ROWS === 0 && this.current() !== this.guess) this.abandon();
      return;
    }
    if (!this.held) return;
    this.held.push({ fields, line, problem });
    if (this.held.length >= GUESS_ROWS) this.start();
  }

  /** The plan the statistics gathered so far imply (on a copy of the mapping); null if refused. */
  private decide(): Plan | null {
    const t = this.table;
    const d = decidePlan(t, this.headers, new Map(t.mapping), t.stats.columns, this.delimiter, this.opts);
    return d && d.missing.length === 0 ? d.plan : null;
  }

  private current(): string {
    const plan = this.decide();
    return plan ? JSON.stringify(plan) : '';
  }

  private start(): void {
    const plan = this.decide();
    const held = this.held!;
    this.held = null;
    if (!plan) return;
    this.guess = JSON.stringify(plan);
    this.normaliser = new Normaliser(plan, (f) => this.frames.push(f), this.chunkRows);
    for (const r of held) this.normaliser.push(r.fields, r.line, r.problem);
  }

  private abandon(): void {
    this.normaliser = null;
    this.frames = [];
  }

  /** The rows normalised under the final `plan`, or null when they must be read again. */
  finish(plan: Plan): Normalised | null {
    if (this.held) {
      const n = new Normaliser(plan, (f) => this.frames.push(f), this.chunkRows);
      for (const r of this.held) n.push(r.fields, r.line, r.problem);
      this.held = null;
      return { frames: this.frames, totals: n.finish() };
    }
    if (!this.normaliser || JSON.stringify(plan) !== this.guess) return null;
    return { frames: this.frames, totals: this.normaliser.finish() };
  }
}
