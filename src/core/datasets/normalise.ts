// Row strings → columnar Frames, one row at a time, so a worker can stream a file of any size:
// push() per record, a Frame out every `chunkRows` stored rows, finish() for the rest.

import { CHUNK_ROWS, type Frame, type Column } from './frame.ts';
import type { Plan, PlannedColumn } from './plan.ts';
import { parseNumber } from '../locale/numbers.ts';
import { isImpossibleDate, parseInstant } from '../locale/dates.ts';
import { parseMonthOnly, truncateToMonth } from '../locale/months.ts';
import { parsePeriodEnd } from '../locale/periods.ts';
import { costCategory } from './synonyms.ts';
import { NOT_STORED } from './kinds.ts';
import { INTERVAL_UNIT, Interval, parseBool, parseInterval } from './values.ts';
import type { Builder } from './builders.ts';
import { FloatBuilder, TextBuilder } from './builders.ts';
import type { SpareBuffer } from './buffer-pool.ts';
import type { QuoteProblem } from '../csv/parse.ts';
import type { CellReason, RowReason } from './reasons.ts';

export interface RejectedRow {
  line: number;
  reason: RowReason;
}

export interface NormaliseTotals {
  rowsStored: number;
  rejected: RejectedRow[];
  /** Optional cells that held something unreadable and were stored empty. */
  emptiedOptional: number;
  /** Currency codes of the stored rows (subscriptions), sorted: rejected rows ask for no rate. */
  currencies: string[];
}

/** Currencies without minor units: an amount in "cents" is already whole units (§8.6). */
const ZERO_DECIMAL = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'UGX', 'XAF', 'XOF']);

function isBlank(s: string | undefined): boolean {
  if (s === undefined || s.length === 0) return true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32 && s.charCodeAt(i) !== 0xa0) return false;
  return true;
}

/** trim() only when there is something to trim (most cells have nothing). */
function trimmed(s: string): string {
  return s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32 ? s.trim() : s;
}

/** The cell as a reason cites it: trimmed, and cut so a runaway cell cannot bloat the report. */
function excerpt(raw: string): string {
  const s = raw.trim();
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

const CANCELED = new Set(['canceled', 'cancelled']);

// Roles as small integers: the per-cell dispatch is a jump table, not a chain of string compares.
const TEXT = 0;
const LOWER = 1;
const UPPER = 2;
const CATEGORY = 3;
const INTERVAL = 4;
const BOOL = 5;
const TIME = 6;
const MONTH = 7;
const NUMBER = 8;
const PERIOD = 9;

function roleCode(c: PlannedColumn): number {
  switch (c.role) {
    case 'id':
    case 'text':
      return TEXT;
    case 'lower':
      return LOWER;
    case 'upper':
      return UPPER;
    case 'category':
      return CATEGORY;
    case 'interval':
      return INTERVAL;
    case 'bool':
      return BOOL;
    case 'time':
    case 'aux-time':
      return TIME;
    case 'month':
      return MONTH;
    case 'period':
      return PERIOD;
    default:
      return NUMBER;
  }
}

export class Normaliser {
  private readonly cols: PlannedColumn[];
  private readonly builders: Builder[] = [];
  private readonly stored: boolean[] = [];
  /** Per column: its builder is a TextBuilder (decided once, not by instanceof per cell). */
  private readonly textual: boolean[] = [];
  private readonly num: Float64Array;
  private readonly str: (string | null)[];
  private readonly at: Map<string, number> = new Map();
  private readonly wideNum: Float64Array;
  private readonly monthB: FloatBuilder | null = null;
  private readonly catB: TextBuilder | null = null;
  private readonly amountB: FloatBuilder | null = null;
  private readonly lastRaw: (string | null)[];
  private readonly lastOut: (string | null)[];
  private readonly width: number;
  private readonly roles: Int8Array;
  private readonly lastInterval: Int8Array;
  // Slots the cross-cell rules read, looked up once rather than per row (-1: absent).
  private readonly kScore: number;
  private readonly kUnit: number;
  private readonly kCount: number;
  private readonly kEnd: number;
  private readonly kCanceled: number;
  private readonly kStatus: number;
  private readonly kCurrency: number;
  /** Slots of money columns read as cents. */
  private readonly kCents: number[];
  /** Slot of the month (monthly sheet) or period_end (balance sheet): one row each (§8.4). */
  private readonly kPeriod: number;
  private readonly periods: Set<number> = new Set();
  private readonly currencies: Set<string> = new Set();
  /** Set by the subscription rules when Stripe's `Canceled At` supplies this row's end. */
  private endFromCanceled = NaN;
  private n = 0;
  private totals: NormaliseTotals = { rowsStored: 0, rejected: [], emptiedOptional: 0, currencies: [] };

  /**
   * `everything`: keep the fields no KPI reads too (the preview shows every mapped column).
   * `spare`: buffers of frames already stored, for the next chunks' columns (buffer-pool.ts).
   */
  constructor(
    private readonly plan: Plan,
    private readonly onFrame: (frame: Frame) => void,
    private readonly chunkRows = CHUNK_ROWS,
    everything = false,
    spare?: SpareBuffer,
  ) {
    this.cols = plan.columns;
    const unread = everything ? undefined : NOT_STORED[plan.kind];
    this.num = new Float64Array(this.cols.length);
    this.str = new Array<string | null>(this.cols.length).fill(null);
    this.lastRaw = new Array<string | null>(this.cols.length).fill(null);
    this.lastOut = new Array<string | null>(this.cols.length).fill(null);
    this.cols.forEach((c, k) => {
      this.at.set(c.name, k);
      const keep = c.role !== 'aux-time' && !(plan.wide && c.name !== 'month') && !unread?.has(c.name);
      this.stored.push(keep);
      const textual =
        c.role === 'id' ||
        c.role === 'text' ||
        c.role === 'lower' ||
        c.role === 'upper' ||
        c.role === 'interval' ||
        c.role === 'category';
      this.textual.push(textual);
      this.builders.push(
        textual
          ? new TextBuilder(chunkRows, spare)
          : new FloatBuilder(
              chunkRows,
              c.role === 'time' || c.role === 'month' || c.role === 'period' ? 'time' : 'number',
              spare,
            ),
      );
    });
    this.width = plan.headers.length;
    this.roles = Int8Array.from(this.cols, roleCode);
    this.lastInterval = new Int8Array(this.cols.length);
    const slot = (name: string) => this.at.get(name) ?? -1;
    this.kScore = slot('score');
    this.kUnit = slot('interval_unit');
    this.kCount = slot('interval_count');
    this.kEnd = slot('end');
    this.kCanceled = slot('canceled_at');
    this.kStatus = slot('status');
    this.kCurrency = plan.kind === 'subscriptions' ? slot('currency') : -1;
    this.kCents = plan.cents.map(slot).filter((k) => k >= 0);
    this.kPeriod =
      plan.kind === 'monthly_sheet' ? slot('month') : plan.kind === 'balance_sheet' ? slot('period_end') : -1;
    this.wideNum = new Float64Array(plan.wide ? plan.wide.length : 0);
    if (plan.wide) {
      this.monthB = new FloatBuilder(chunkRows, 'time', spare);
      this.catB = new TextBuilder(chunkRows, spare);
      this.amountB = new FloatBuilder(chunkRows, 'number', spare);
    }
  }

  private reject(line: number, reason: RowReason): void {
    this.totals.rejected.push({ line, reason });
  }

  /** Reads one record; `problem` (broken quoting) rejects it outright. */
  push(fields: string[], line: number, problem: QuoteProblem | null = null): void {
    this.endFromCanceled = NaN;
    if (problem) return this.reject(line, problem);
    const width = this.width;
    if (fields.length !== width) {
      return this.reject(line, { code: 'field-count', expected: width, found: fields.length });
    }
    let emptied = 0;
    for (let k = 0; k < this.cols.length; k++) {
      const c = this.cols[k];
      const raw = c.index >= 0 ? fields[c.index] : (c.fill ?? '');
      if (isBlank(raw)) {
        // A marketing channel file: every row is marketing unless it names sales (§8.3), a row
        // without a campaign or source too.
        if (this.plan.channel && this.roles[k] === CATEGORY) {
          this.str[k] = 'marketing';
          continue;
        }
        if (c.required) return this.reject(line, { code: 'cell-empty', column: c.name });
        this.num[k] = NaN;
        this.str[k] = null;
        continue;
      }
      const problem = this.read(k, c, raw);
      if (problem !== null) {
        // An impossible date rejects its row even in an optional column (datasets.md §3):
        // emptied, a mistyped end date would make a subscription that never ends.
        if (c.required || (problem.code === 'not-date' && isImpossibleDate(raw, c.order)))
          return this.reject(line, problem);
        emptied++;
      }
    }
    const ruleProblem = this.kindRules(fields);
    if (ruleProblem !== null) return this.reject(line, ruleProblem);
    if (this.plan.wide) return this.commitWide(fields, line, emptied);
    const repeat = this.repeated();
    if (repeat !== null) return this.reject(line, repeat);
    if (this.kCurrency >= 0 && this.str[this.kCurrency] !== null)
      this.currencies.add(this.str[this.kCurrency]!);
    this.commit(this.n);
    this.totals.emptiedOptional += emptied;
    this.advance();
  }

  /** Parses one non-blank cell into the scratch slot k; returns a reason when unreadable. */
  private read(k: number, c: PlannedColumn, raw: string): CellReason | null {
    const role = this.roles[k];
    switch (role) {
      case TEXT:
        this.str[k] = trimmed(raw);
        return null;
      case LOWER:
      case UPPER:
      case CATEGORY:
        // Few distinct values: remember the last conversion instead of redoing it per row.
        if (raw !== this.lastRaw[k]) {
          this.lastRaw[k] = raw;
          const t = raw.trim();
          this.lastOut[k] =
            role === LOWER
              ? t.toLowerCase()
              : role === UPPER
                ? t.toUpperCase()
                : this.plan.channel && costCategory(t) !== 'sales'
                  ? 'marketing'
                  : costCategory(t);
        }
        this.str[k] = this.lastOut[k];
        return null;
      case INTERVAL: {
        // Same memo as above: a column of `month`/`year` needs no hash lookup per row.
        if (raw !== this.lastRaw[k]) {
          this.lastRaw[k] = raw;
          this.lastInterval[k] = parseInterval(raw);
        }
        const code = this.lastInterval[k] as Interval;
        this.num[k] = code;
        this.str[k] = code === Interval.NONE ? null : INTERVAL_UNIT[code];
        return code === Interval.NONE ? { code: 'not-interval', column: c.name, value: excerpt(raw) } : null;
      }
      case BOOL:
        this.num[k] = parseBool(raw);
        return Number.isNaN(this.num[k]) ? { code: 'not-bool', column: c.name, value: excerpt(raw) } : null;
      case TIME:
        this.num[k] = parseInstant(raw, c.order);
        return Number.isNaN(this.num[k]) ? { code: 'not-date', column: c.name, value: excerpt(raw) } : null;
      case MONTH: {
        let t = parseMonthOnly(raw);
        if (Number.isNaN(t)) t = truncateToMonth(parseInstant(raw, c.order));
        this.num[k] = t;
        return Number.isNaN(t) ? { code: 'not-month', column: c.name, value: excerpt(raw) } : null;
      }
      case PERIOD:
        this.num[k] = parsePeriodEnd(raw, c.order);
        return Number.isNaN(this.num[k]) ? { code: 'not-date', column: c.name, value: excerpt(raw) } : null;
      default: {
        const v = parseNumber(raw, c.decimal);
        this.num[k] = v;
        return Number.isNaN(v) ? { code: 'not-number', column: c.name, value: excerpt(raw) } : null;
      }
    }
  }

  /** Rules that look across cells of a row (datasets.md §4); a reason rejects the row. */
  private kindRules(fields: readonly string[]): CellReason | null {
    const kind = this.plan.kind;
    if (kind === 'nps') {
      const k = this.kScore;
      const v = this.num[k];
      if (!Number.isInteger(v) || v < 0 || v > 10) {
        return { code: 'not-score', column: 'score', value: excerpt(fields[this.cols[k].index]) };
      }
    } else if (kind === 'subscriptions') {
      if (this.kCents.length > 0) {
        const code = this.kCurrency >= 0 ? this.str[this.kCurrency] : null;
        const divisor = code !== null && ZERO_DECIMAL.has(code) ? 1 : 100;
        for (const k of this.kCents) this.num[k] /= divisor;
      }
      const unit = this.kUnit;
      const count = this.kCount;
      if (count >= 0) {
        const n = Number.isNaN(this.num[count]) ? 1 : this.num[count];
        this.num[count] = unit >= 0 && this.num[unit] === Interval.QUARTER ? n * 3 : n;
      }
      // Stripe: a canceled row without `Ended At` ended when it was canceled; a pending
      // cancel-at-period-end row (still active) keeps running.
      const end = this.kEnd;
      const canceled = this.kCanceled;
      const status = this.kStatus;
      if (canceled >= 0 && status >= 0 && !Number.isNaN(this.num[canceled])) {
        const endBlank = end < 0 || isBlank(fields[this.cols[end].index]);
        if (endBlank && CANCELED.has(this.str[status] ?? '')) this.endFromCanceled = this.num[canceled];
      }
    }
    return null;
  }

  /** A second row for a month or period already stored (§8.4); null for the first. */
  private repeated(): RowReason | null {
    const k = this.kPeriod;
    if (k < 0) return null;
    const t = this.num[k];
    if (!this.periods.has(t)) {
      this.periods.add(t);
      return null;
    }
    const iso = new Date(t).toISOString();
    return {
      code: 'second-row',
      period: this.plan.kind === 'monthly_sheet' ? iso.slice(0, 7) : iso.slice(0, 10),
    };
  }

  private commit(row: number): void {
    for (let k = 0; k < this.cols.length; k++) {
      if (!this.stored[k]) continue;
      const b = this.builders[k];
      if (this.textual[k]) (b as TextBuilder).set(row, this.str[k]);
      else (b as FloatBuilder).values[row] = this.num[k];
    }
    if (!Number.isNaN(this.endFromCanceled)) {
      (this.builders[this.kEnd] as FloatBuilder).values[row] = this.endFromCanceled;
      this.endFromCanceled = NaN;
    }
  }

  private commitWide(fields: readonly string[], line: number, emptied: number): void {
    const wide = this.plan.wide!;
    const k = this.at.get('month')!;
    for (let w = 0; w < wide.length; w++) {
      const raw = fields[wide[w].index];
      if (isBlank(raw)) {
        this.wideNum[w] = NaN;
        continue;
      }
      const v = parseNumber(raw, wide[w].decimal);
      if (Number.isNaN(v))
        return this.reject(line, { code: 'not-number', column: wide[w].header, value: excerpt(raw) });
      this.wideNum[w] = v;
    }
    for (let w = 0; w < wide.length; w++) {
      if (Number.isNaN(this.wideNum[w])) continue;
      this.monthB!.values[this.n] = this.num[k];
      this.catB!.set(this.n, wide[w].category);
      this.amountB!.values[this.n] = this.wideNum[w];
      this.advance();
    }
    this.totals.emptiedOptional += emptied;
  }

  private advance(): void {
    this.n++;
    this.totals.rowsStored++;
    if (this.n === this.chunkRows) this.flush(true);
  }

  private flush(full: boolean): void {
    const rows = this.n;
    if (rows === 0) return;
    const columns = new Map<string, Column>();
    if (this.plan.wide) {
      columns.set('month', this.monthB!.build(rows, full));
      columns.set('category', this.catB!.build(rows, full));
      columns.set('amount', this.amountB!.build(rows, full));
      this.monthB!.reset();
      this.catB!.reset();
      this.amountB!.reset();
    } else {
      for (let k = 0; k < this.cols.length; k++) {
        if (!this.stored[k]) continue;
        columns.set(this.cols[k].name, this.builders[k].build(rows, full));
        this.builders[k].reset();
      }
    }
    this.n = 0;
    this.onFrame({ rows, columns });
  }

  /** Emits the last partial Frame and returns the totals. */
  finish(): NormaliseTotals {
    this.flush(false);
    this.totals.currencies = [...this.currencies].sort();
    return this.totals;
  }
}
