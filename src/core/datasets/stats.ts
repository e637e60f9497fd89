// One pass over the rows gathers what the conventions need: decimal and date evidence per
// column, and distinct values where a column may be kept as a category.

import type { DecimalEvidence, DecimalTally } from '../locale/numbers.ts';
import { decimalEvidence, emptyTally } from '../locale/numbers.ts';
import type { DateEvidence, DateTally } from '../locale/dates.ts';
import { dateEvidence, emptyDateTally } from '../locale/dates.ts';

import { MAX_CATEGORIES } from './categories.ts';

export interface ColumnStats {
  decimal: DecimalTally | null;
  date: DateTally | null;
  distinct: Set<string> | null;
  /**
   * Rows per value, for the uncapped columns (currency codes) only: a code that only rows the
   * preview rejects carry is no code of the stored rows (datasets.md §8.9).
   */
  counts: Map<string, number> | null;
  nonEmpty: number;
}

export interface StatNeeds {
  decimal: Set<number>;
  date: Set<number>;
  distinct: Set<number>;
  /** Distinct sets that must be complete (currency codes), not capped. */
  uncapped: Set<number>;
}

export function emptyNeeds(): StatNeeds {
  return { decimal: new Set(), date: new Set(), distinct: new Set(), uncapped: new Set() };
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32 && s.charCodeAt(i) !== 0xa0) return false;
  return true;
}

export class TableStats {
  readonly columns: ColumnStats[];
  private readonly active: Int32Array;
  /** Per active column: its distinct set takes every value (decided once, not per row). */
  private readonly uncapped: boolean[] = [];
  /** Per active column: the last raw value added to its distinct set (a repeat changes nothing). */
  private readonly lastDistinct: (string | null)[] = [];
  /** Per active column: the last value tallied and its evidence (runs of one value are common). */
  private readonly lastRaw: (string | null)[] = [];
  private readonly lastDecimal: DecimalEvidence[] = [];
  private readonly lastDate: DateEvidence[] = [];
  /** Per active column with counts: the value of the run not yet counted, and its length. */
  private readonly runRaw: (string | null)[] = [];
  private readonly runLength: number[] = [];

  constructor(width: number, needs: StatNeeds) {
    this.columns = [];
    const active: number[] = [];
    for (let i = 0; i < width; i++) {
      const distinct = needs.distinct.has(i) || needs.uncapped.has(i);
      this.columns.push({
        decimal: needs.decimal.has(i) ? emptyTally() : null,
        date: needs.date.has(i) ? emptyDateTally() : null,
        distinct: distinct ? new Set() : null,
        counts: needs.uncapped.has(i) ? new Map() : null,
        nonEmpty: 0,
      });
      if (needs.decimal.has(i) || needs.date.has(i) || distinct) {
        active.push(i);
        this.uncapped.push(needs.uncapped.has(i));
        this.lastDistinct.push(null);
        this.lastRaw.push(null);
        this.lastDecimal.push('invalid');
        this.lastDate.push('invalid');
        this.runRaw.push(null);
        this.runLength.push(0);
      }
    }
    this.active = Int32Array.from(active);
  }

  /** Adds a well-formed record (ragged ones are rejected later and say nothing). */
  add(fields: readonly string[]): void {
    for (let a = 0; a < this.active.length; a++) {
      const i = this.active[a];
      const raw = fields[i];
      if (raw === undefined || isBlank(raw)) continue;
      const c = this.columns[i];
      c.nonEmpty++;
      if (raw !== this.lastRaw[a]) {
        this.lastRaw[a] = raw;
        if (c.decimal) this.lastDecimal[a] = decimalEvidence(raw);
        if (c.date) this.lastDate[a] = dateEvidence(raw);
      }
      if (c.decimal) c.decimal[this.lastDecimal[a]]++;
      if (c.date) c.date[this.lastDate[a]]++;
      // Runs of one code (a file in one currency) cost a compare per row; the run is added to the
      // counts when another value starts and when the counts are read (countsOf).
      if (c.counts) {
        if (raw === this.runRaw[a]) this.runLength[a]++;
        else {
          this.flushRun(a, i);
          this.runRaw[a] = raw;
          this.runLength[a] = 1;
        }
      }
      const d = c.distinct;
      if (d && raw !== this.lastDistinct[a] && (this.uncapped[a] || d.size <= MAX_CATEGORIES)) {
        d.add(raw.trim());
        this.lastDistinct[a] = raw;
      }
    }
  }

  /** Rows per value of column `i` (its counts, every run included); null when it keeps none. */
  countsOf(i: number): ReadonlyMap<string, number> | null {
    const a = this.active.indexOf(i);
    if (a >= 0) this.flushRun(a, i);
    return this.columns[i].counts;
  }

  private flushRun(a: number, i: number): void {
    const raw = this.runRaw[a];
    const counts = this.columns[i].counts;
    if (raw === null || !counts || this.runLength[a] === 0) return;
    const key = raw.trim();
    counts.set(key, (counts.get(key) ?? 0) + this.runLength[a]);
    this.runLength[a] = 0;
  }
}

/** Most values look like numbers: an unmapped monthly-sheet column becomes a custom KPI. */
export function looksNumeric(c: ColumnStats): boolean {
  const t = c.decimal;
  if (!t) return false;
  const ok = t.dot + t.comma + t.ambiguous + t.none;
  return ok > 0 && ok > t.invalid;
}

/** Few distinct values that repeat: worth keeping for segment filters. */
export function looksCategorical(c: ColumnStats): boolean {
  const d = c.distinct;
  return d !== null && d.size > 0 && d.size <= MAX_CATEGORIES && d.size * 2 <= c.nonEmpty;
}
